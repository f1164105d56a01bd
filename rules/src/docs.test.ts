import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "./index.js";
import { lintSource } from "./test-helpers.js";

const docsDir = new URL("../docs/", import.meta.url);
const docUrl = (id: string) => new URL(`../docs/${id}.md`, import.meta.url);

const SECTIONS = [
  "## Why it matters for level calibration",
  "## Failing example",
  "## Passing example",
  "## How to fix",
  "## Options",
];

/** The body of a `## ` section: the lines after its heading up to the next `## ` heading outside a fence. */
function section(doc: string, heading: string): string {
  const lines = doc.split("\n");
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`missing section "${heading}"`);
  const body: string[] = [];
  let inFence = false;
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith("```")) inFence = !inFence;
    if (!inFence && line.startsWith("## ")) break;
    body.push(line);
  }
  return body.join("\n");
}

/** The content of the single ```markdown fence in a section. */
function fence(doc: string, heading: string): string {
  const lines = section(doc, heading).split("\n");
  const open = lines.findIndex((line) => line.trim() === "```markdown");
  if (open < 0) throw new Error(`no \`\`\`markdown fence under "${heading}"`);
  const close = lines.findIndex((line, index) => index > open && line.trim() === "```");
  if (close < 0) throw new Error(`unclosed fence under "${heading}"`);
  return `${lines.slice(open + 1, close).join("\n")}\n`;
}

const ids = rules.map((rule) => rule.meta.id);

describe("rule documentation", () => {
  it("every rule has a doc", () => {
    const missing = ids.filter((id) => !existsSync(docUrl(id)));
    expect(missing).toEqual([]);
  });

  it("every doc belongs to a rule", () => {
    const docs = readdirSync(docsDir)
      .filter((name) => name.endsWith(".md"))
      .map((name) => name.slice(0, -".md".length));
    expect(docs.filter((id) => !ids.includes(id))).toEqual([]);
    expect([...docs].sort()).toEqual([...ids].sort());
  });

  describe.each(rules.map((rule) => [rule.meta.id, rule] as const))("%s", (id, rule) => {
    const read = () => readFileSync(docUrl(id), "utf8");

    it("has the title and sections in the expected order", () => {
      const doc = read();
      expect(doc.split("\n")[0]).toBe(`# ${id}`);
      const positions = SECTIONS.map((heading) => doc.split("\n").indexOf(heading));
      expect(positions.every((position) => position > 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });

    it("states the default severity and every level the rule runs for under Options", () => {
      const options = section(read(), "## Options");
      expect(options).toContain(`\`${rule.meta.severity}\``);
      for (const level of rule.meta.levels) expect(options).toContain(`\`${level}\``);
    });

    it("shows how to set it in a config file, and says it takes no options when it has none", () => {
      const options = section(read(), "## Options");
      expect(options).toContain(`\`${id}: off\``);
      if (!rule.meta.options) expect(options).toContain("It takes no options.");
    });

    it("failing example is flagged by this rule at level senior", async () => {
      const example = fence(read(), "## Failing example");
      expect(example.startsWith("## Experience\n")).toBe(true);
      const messages = await lintSource(example, { level: "senior" });
      expect(messages.map((message) => message.ruleId)).toContain(id);
    });

    it("passing example is clean under every rule at level senior", async () => {
      const example = fence(read(), "## Passing example");
      expect(example.startsWith("## Experience\n")).toBe(true);
      const messages = await lintSource(example, { level: "senior" });
      expect(messages.map(({ ruleId, line, excerpt, message }) => ({ ruleId, line, excerpt, message }))).toEqual([]);
    });
  });
});
