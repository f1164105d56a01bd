import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { VFile } from "vfile";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LintResult } from "../model/results.js";
import type { TargetLevel } from "../model/target-levels.js";
import { MAX_TEXT_BYTES, readResumeText } from "../read/index.js";
import { vocabulary } from "../test-vocabulary.js";
import { fatalResult, lintDocument, lintFile, lintText } from "./engine.js";
import { defineRule, type Rule } from "./rule.js";

const resume = [
  "# Dana Okafor",
  "",
  "## Summary",
  "",
  "Backend engineer focused on payments and ledgers.",
  "",
  "## Experience",
  "",
  "### Senior Engineer — Fernleaf Payments (2021–2024)",
  "",
  "- Helped the mobile team ship offline sync.",
  "- Owned the settlement service and its on-call rotation.",
  "- Cut p95 settlement latency from 900 ms to 150 ms.",
  "",
  "## Education",
  "",
  "- Helped run the university coding club.",
  "",
].join("\n");

/** Flags every claim whose main verb is a weak-ownership phrase. */
const weakVerb = defineRule({
  meta: {
    id: "test-weak-verb",
    description: "Flags weak main verbs.",
    severity: "warning",
    levels: ["senior", "staff"],
    url: "https://example.com/rules/test-weak-verb",
  },
  check(context) {
    for (const claim of context.claims) {
      const weak = claim.signals.weakOwnership;
      if (weak) context.report({ claim, message: `"${weak.text}" hides what you did.` });
    }
  },
});

/** Flags every role, as an error. */
const everyRole = defineRule({
  meta: {
    id: "test-every-role",
    description: "Flags every role.",
    severity: "error",
    levels: ["senior"],
    url: "https://example.com/rules/test-every-role",
  },
  check(context) {
    for (const role of context.document.roles) context.report({ role, message: "Check this role." });
  },
});

function counting(levels: readonly TargetLevel[]): { rule: Rule; runs: () => number } {
  let runs = 0;
  return {
    runs: () => runs,
    rule: defineRule({
      meta: {
        id: "test-counting",
        description: "Counts runs.",
        severity: "warning",
        levels,
        url: "https://example.com",
      },
      check() {
        runs++;
      },
    }),
  };
}

describe("lintText", () => {
  it("turns findings into messages with place, severity, rule id, url and excerpt, sorted by place", () => {
    const result = lintText(resume, { level: "senior", rules: [weakVerb, everyRole], filePath: "dana.md", vocabulary });
    expect(result).toEqual({
      filePath: "dana.md",
      format: "markdown",
      messages: [
        {
          ruleId: "test-every-role",
          severity: 2,
          message: "Check this role.",
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 52,
          excerpt: "Senior Engineer — Fernleaf Payments",
          url: "https://example.com/rules/test-every-role",
        },
        {
          ruleId: "test-weak-verb",
          severity: 1,
          message: '"Helped" hides what you did.',
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 44,
          excerpt: "Helped the mobile team ship offline sync.",
          url: "https://example.com/rules/test-weak-verb",
        },
      ],
      errorCount: 1,
      warningCount: 1,
      level: expect.objectContaining({ target: "senior", estimated: "mid" }),
    });
    // One owned, operated service and one result are a single senior story; a reviewer wants two.
    expect(result.level.assessment).toMatchObject({ estimated: "mid", confidence: "low" });
  });

  it("rules do not see education or skills claims", () => {
    const result = lintText(resume, { level: "staff", rules: [weakVerb], vocabulary });
    expect(result.messages.map((message) => message.excerpt)).toEqual(["Helped the mobile team ship offline sync."]);
  });

  it("rules outside their levels do not run", () => {
    const staffOnly = counting(["staff", "manager"]);
    const result = lintText(resume, { level: "mid", rules: [weakVerb, everyRole, staffOnly.rule], vocabulary });
    expect(result.messages).toEqual([]);
    expect(staffOnly.runs()).toBe(0);
    expect(result.errorCount).toBe(0);
    expect(result.warningCount).toBe(0);
    // …and a rule inside its levels runs once per document.
    lintText(resume, { level: "manager", rules: [staffOnly.rule], vocabulary });
    expect(staffOnly.runs()).toBe(1);
  });

  it("defaults the path to <text> and the format to markdown, and reports the format it is given", () => {
    expect(lintText(resume, { level: "senior", rules: [], vocabulary })).toMatchObject({
      filePath: "<text>",
      format: "markdown",
    });
    expect(lintText(resume, { level: "senior", rules: [], format: "text", vocabulary }).format).toBe("text");
  });

  it("a report with a range and an excerpt is placed where it says, excerpt whitespace collapsed", () => {
    const rangeRule = defineRule({
      meta: { id: "test-range", description: "Range.", severity: "warning", levels: ["senior"], url: "https://x.test" },
      check(context) {
        context.report({
          range: {
            start: { line: 3, column: 4, offset: 18 },
            end: { line: 5, column: 10, offset: 36 },
          },
          excerpt: "  Summary \n\n Backend  ",
          message: "Somewhere.",
        });
      },
    });
    const [message] = lintText(resume, { level: "senior", rules: [rangeRule], vocabulary }).messages;
    expect(message).toEqual({
      ruleId: "test-range",
      severity: 1,
      message: "Somewhere.",
      line: 3,
      column: 4,
      endLine: 5,
      endColumn: 10,
      excerpt: "Summary Backend",
      url: "https://x.test",
    });
  });
});

describe("lintDocument", () => {
  it("records findings on the vfile as unified-style messages", () => {
    const file = new VFile({ path: "dana.md", value: resume });
    const { claims } = lintDocument(
      readResumeText(resume, { vocabulary }),
      { level: "senior", rules: [weakVerb], vocabulary },
      file,
    );
    // Five claims are read; the education bullet is not evidence, so rules see four.
    expect(claims).toHaveLength(4);
    expect(file.messages).toHaveLength(1);
    const [message] = file.messages;
    expect(message).toMatchObject({
      reason: '"Helped" hides what you did.',
      ruleId: "test-weak-verb",
      source: "reslint",
      url: "https://example.com/rules/test-weak-verb",
      actual: "Helped the mobile team ship offline sync.",
      fatal: false,
      line: 11,
      column: 3,
      file: "dana.md",
      place: {
        start: { line: 11, column: 3, offset: resume.indexOf("Helped the mobile") },
        end: {
          line: 11,
          column: 44,
          offset: resume.indexOf("Helped the mobile") + "Helped the mobile team ship offline sync.".length,
        },
      },
    });
  });

  it("an error rule's message is fatal on the vfile", () => {
    const file = new VFile();
    lintDocument(readResumeText(resume, { vocabulary }), { level: "senior", rules: [everyRole], vocabulary }, file);
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([["test-every-role", true]]);
  });
});

describe("fatalResult", () => {
  it("is one fatal error with no place and no estimate", () => {
    expect(fatalResult("cv.pdf", "pdf", "cv.pdf cannot be read.", "tech-lead")).toEqual({
      filePath: "cv.pdf",
      format: "pdf",
      messages: [
        {
          ruleId: null,
          severity: 2,
          message: "cv.pdf cannot be read.",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          excerpt: "",
          fatal: true,
        },
      ],
      errorCount: 1,
      warningCount: 0,
      level: { target: "tech-lead", estimated: null, assessment: null },
    });
  });
});

describe("lintFile on files that cannot be read", () => {
  let dir = "";
  const options = { level: "senior" as const, rules: [weakVerb, everyRole], vocabulary };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "reslint-core-lint-"));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** The one fatal message of a result, after checking the result is exactly one fatal message. */
  function onlyFatal(result: LintResult, filePath: string): string {
    expect(result.filePath).toBe(filePath);
    expect(result.errorCount).toBe(1);
    expect(result.warningCount).toBe(0);
    expect(result.level).toEqual({ target: "senior", estimated: null, assessment: null });
    expect(result.messages).toHaveLength(1);
    const [message] = result.messages;
    expect(message).toEqual({
      ruleId: null,
      severity: 2,
      message: expect.any(String),
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      excerpt: "",
      fatal: true,
    });
    const text = message?.message ?? "";
    // One human sentence: names the file, ends with a full stop, no stack, no second sentence.
    expect(text.startsWith(filePath)).toBe(true);
    expect(text).toMatch(/\.$/);
    expect(text).not.toMatch(/\n|\bat .+:\d+:\d+|Error:|ENOENT|EISDIR/);
    expect(text.slice(filePath.length)).not.toMatch(/[.!?]\s+\p{Lu}/u);
    return text;
  }

  it("a missing path", async () => {
    const path = join(dir, "no-such-resume.md");
    const result = await lintFile(path, options);
    expect(onlyFatal(result, path)).toBe(`${path} does not exist; check the path and try again.`);
    expect(result.format).toBe("markdown");
  });

  it("a directory", async () => {
    const path = join(dir, "resumes");
    await mkdir(path);
    const result = await lintFile(path, options);
    expect(onlyFatal(result, path)).toBe(
      `${path} is a directory; pass the resume files inside it, or a glob such as "${path}/*.md".`,
    );
  });

  it("an empty file and a whitespace-only file", async () => {
    for (const [name, content] of [
      ["empty.md", ""],
      ["blank.txt", "  \n\n\t\n"],
    ] as const) {
      const path = join(dir, name);
      await writeFile(path, content);
      const result = await lintFile(path, options);
      expect(onlyFatal(result, path)).toBe(
        `${path} is empty, so there is nothing to lint; check that you passed the right file, or save the resume again.`,
      );
    }
  });

  it("a file that is not UTF-8", async () => {
    const path = join(dir, "latin1.txt");
    // "café" saved as Latin-1: the byte 0xE9 on its own is not valid UTF-8.
    await writeFile(path, Buffer.from("## Experience\n\n- Built the caf\xe9 ordering app.\n", "latin1"));
    const result = await lintFile(path, options);
    expect(onlyFatal(result, path)).toBe(
      `${path} is not valid UTF-8 text; save it with UTF-8 encoding and run reslint again.`,
    );
    expect(result.format).toBe("text");
  });

  it("a binary file", async () => {
    const path = join(dir, "photo.md");
    await writeFile(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const result = await lintFile(path, options);
    expect(onlyFatal(result, path)).toBe(
      `${path} looks like a binary file, not a text resume; pass a Markdown (.md) or plain-text (.txt) file.`,
    );
  });

  it("a file larger than reslint reads", async () => {
    const path = join(dir, "huge.md");
    await writeFile(path, Buffer.alloc(MAX_TEXT_BYTES + 1, "a"));
    const result = await lintFile(path, options);
    expect(onlyFatal(result, path)).toBe(
      `${path} is 5.0 MB, larger than the 5 MB reslint reads; a resume should be a few kilobytes, so check that this is the right file.`,
    );
  });

  it("a broken PDF or Word file: one sentence from the format's reader, after the path", async () => {
    for (const [name, format] of [
      ["cv.pdf", "pdf"],
      ["cv.docx", "docx"],
    ] as const) {
      const path = join(dir, name);
      await writeFile(path, "%PDF-1.7 not really");
      const result = await lintFile(path, options);
      const message = onlyFatal(result, path);
      expect(message.startsWith(`${path}: `)).toBe(true);
      expect(message).not.toMatch(/Error:|\n|at /);
      expect(result.format).toBe(format);
    }
  });

  it("a readable file is linted like the same text in memory", async () => {
    const path = join(dir, "dana.md");
    await writeFile(path, resume);
    const fromFile = await lintFile(path, options);
    expect(fromFile).toEqual(lintText(resume, { ...options, filePath: path }));
    expect(fromFile.messages.map((message) => message.ruleId)).toEqual(["test-every-role", "test-weak-verb"]);
  });

  it("a file at exactly the size limit is read", async () => {
    const path = join(dir, "limit.md");
    const bullet = "- Built the invoice renderer.\n";
    const filler = " ".repeat(MAX_TEXT_BYTES - bullet.length);
    await writeFile(path, `${bullet}${filler}`);
    const result = await lintFile(path, { level: "senior", rules: [], vocabulary });
    expect(result.messages).toEqual([]);
  });
});

describe("trigger ranges", () => {
  const weakWords = defineRule({
    meta: {
      id: "weak-words",
      description: "test",
      severity: "warning",
      levels: ["senior"],
      url: "https://example.com",
    },
    check(context) {
      for (const claim of context.claims) {
        const weak = claim.signals.weakOwnership;
        if (weak) context.report({ claim, trigger: weak, message: `"${weak.text}" is weak` });
      }
    },
  });
  const lint = (text: string) => lintText(text, { level: "senior", rules: [weakWords], vocabulary });

  it("points at the words inside the claim, past markup", () => {
    const [message] = lint("## Experience\n\n- Built the tax export. **Helped with** the dunning work.\n").messages;
    expect(message).toMatchObject({ line: 3, column: 3, endLine: 3, endColumn: 58 });
    expect(message?.trigger).toEqual({ text: "Helped with", line: 3, column: 27, endLine: 3, endColumn: 38 });
  });

  it("follows the words onto the next line of a wrapped claim", () => {
    const [message] = lint(
      "## Experience\n\n- Built the tax export for finance. Involved\n  in the dunning work.\n",
    ).messages;
    expect(message?.trigger).toEqual({ text: "Involved in", line: 3, column: 37, endLine: 4, endColumn: 5 });
  });

  it("carries no trigger when a rule reports the claim alone", () => {
    const whole = defineRule({
      meta: { id: "whole", description: "test", severity: "warning", levels: ["senior"], url: "https://example.com" },
      check(context) {
        for (const claim of context.claims) context.report({ claim, message: "about the whole claim" });
      },
    });
    const [message] = lintText("## Experience\n\n- Built the tax export.\n", {
      level: "senior",
      rules: [whole],
      vocabulary,
    }).messages;
    expect(message?.trigger).toBeUndefined();
  });
});
