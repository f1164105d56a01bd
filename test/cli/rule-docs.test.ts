/**
 * Rule docs from the terminal: `reslint --explain <rule-id>` (rendered for a terminal, the Markdown
 * itself when piped) and `reslint --list-rules`, plus what --help says about the new options.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { rules } from "@reslint/rules";
import { describe, expect, it } from "vitest";
import { type CliIo, run } from "../../packages/cli/src/cli.js";

const bin = fileURLToPath(new URL("../../packages/cli/dist/bin.js", import.meta.url));
const doc = (id: string) => readFileSync(fileURLToPath(new URL(`../../rules/docs/${id}.md`, import.meta.url)), "utf8");
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

async function reslint(argv: string[], overrides: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await run(argv, {
    stdout: { write: (chunk: string) => out.push(chunk) },
    stderr: { write: (chunk: string) => err.push(chunk) },
    cwd: process.cwd(),
    isTTY: false,
    env: {},
    ...overrides,
  });
  return { status, stdout: out.join(""), stderr: err.join("") };
}

describe("--explain", () => {
  it("prints the rule's page as Markdown when stdout is not a terminal", async () => {
    expect(await reslint(["--explain", "weak-ownership-verb"])).toEqual({
      status: 0,
      stdout: doc("weak-ownership-verb"),
      stderr: "",
    });
    const piped = spawnSync(process.execPath, [bin, "--explain", "inflated-scope"], { encoding: "utf8" });
    expect([piped.status, piped.stdout, piped.stderr]).toEqual([0, doc("inflated-scope"), ""]);
  });

  it("renders it for a terminal: headings bold, code dimmed, wrapped to the width", async () => {
    const { status, stdout } = await reslint(["--explain", "weak-ownership-verb"], { isTTY: true, columns: 60 });
    expect(status).toBe(0);
    expect(stdout).toContain("\u001b[1mWEAK-OWNERSHIP-VERB\u001b[22m\n");
    expect(stdout).toContain("\u001b[1mWhy it matters for level calibration\u001b[22m");
    expect(stdout).toContain("\u001b[2m    - Helped migrate the billing service from MySQL to Postgres\u001b[22m");
    expect(stdout).toContain("\u001b[2mwarning\u001b[22m");
    const plain = stdout.replace(ANSI, "");
    expect(plain).not.toMatch(/^#/m);
    expect(plain).not.toContain("```");
    for (const line of plain.split("\n").filter((text) => !text.startsWith("    - ")))
      expect(line.length, line).toBeLessThanOrEqual(60);
    expect(plain).toContain("  • Start with a verb that names your own action:");
  });

  it("keeps the layout without colour when NO_COLOR is set", async () => {
    const { stdout } = await reslint(["--explain", "tenure-as-evidence"], { isTTY: true, env: { NO_COLOR: "1" } });
    expect(stdout).not.toMatch(ANSI);
    expect(stdout.startsWith("TENURE-AS-EVIDENCE\n")).toBe(true);
  });

  it("suggests the nearest rule for an unknown id, exit 2", async () => {
    const { status, stdout, stderr } = await reslint(["--explain", "weak-ownership-verbs"]);
    expect([status, stdout]).toEqual([2, ""]);
    expect(
      stderr.startsWith(
        'reslint: "weak-ownership-verbs" is not a rule; did you mean "weak-ownership-verb"? Run "reslint --list-rules" to see the rules.\n',
      ),
    ).toBe(true);
    expect((await reslint(["--explain", "zzz"])).stderr).toMatch(
      /^reslint: "zzz" is not a rule; run "reslint --list-rules" to see the rules\.\n/,
    );
    expect((await reslint(["--explain"])).stderr).toMatch(/^reslint: Option "--explain" needs a value/);
  });
});

describe("--list-rules", () => {
  it("lists every rule with its default severity, the levels it runs for and its pack", async () => {
    const { status, stdout } = await reslint(["--list-rules"]);
    expect(status).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(/^rule +default +levels +pack$/);
    for (const { meta } of rules) {
      const severity = meta.severity === "error" ? "error" : "warn";
      const levels = meta.levels.length === 5 ? "every level" : meta.levels.join(", ");
      expect(stdout).toMatch(new RegExp(`^${meta.id} +${severity} +${levels} +built-in$`, "m"));
    }
    expect(lines.filter((line) => line.endsWith("built-in"))).toHaveLength(rules.length);
  });

  it("prints JSON with --format json", async () => {
    const listed = JSON.parse((await reslint(["--list-rules", "--format", "json"])).stdout);
    expect(listed).toHaveLength(rules.length);
    expect(listed[0]).toEqual({
      id: rules[0]?.meta.id,
      severity: "warn",
      levels: rules[0]?.meta.levels,
      pack: "built-in",
      description: rules[0]?.meta.description,
    });
  });

  it("is one mode at a time", async () => {
    const { status, stderr } = await reslint(["--list-rules", "--explain", "x"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^reslint: --explain and --list-rules cannot be used together; run them one at a time\./);
  });
});

describe("--help", () => {
  it("documents the config and rule options", async () => {
    const { stdout } = await reslint(["--help"]);
    for (const option of [
      "--config <file>",
      "--no-config",
      "--print-config <file>",
      "--init [yaml|json]",
      "--list-rules",
      "--explain <rule-id>",
    ])
      expect(stdout).toContain(`  ${option}`);
    expect(stdout).toContain('.reslintrc.json, .reslintrc.yaml or .yml, reslint.config.mjs, or a "reslint" key in');
  });
});
