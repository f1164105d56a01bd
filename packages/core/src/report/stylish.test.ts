import { describe, expect, it } from "vitest";
import { fatalResult, lintText } from "../check/engine.js";
import { readPosting } from "../level/posting.js";
import { WORKSHEET_DIMENSIONS } from "../model/level.js";
import type { LintMessage, LintResult } from "../model/results.js";
import { vocabulary } from "../test-vocabulary.js";
import { formatStylish } from "./stylish.js";

const SENIOR_RESUME = [
  "## Experience",
  "",
  "### Software Engineer — Example Co (2019–2024)",
  "",
  "- Owned the payments service and its on-call rotation, cutting pages from 30 to 4 a week",
  "- Chose Postgres over DynamoDB for the ledger because refunds need multi-row transactions",
  "- Set the rollout gates for the card-vault migration and moved 40 merchants without downtime",
  "- Wrote the runbook for the nightly settlement job after a failed run delayed payouts by a day",
  "- Cut p95 checkout latency from 900 ms to 180 ms by moving fraud checks off the request path",
  "",
].join("\n");

const STAFF_POSTING = [
  "# Platform Engineer",
  "",
  "- Define service standards that every product team adopts, and lead the migration of all 30 teams to the shared deploy platform.",
  "- Set the technical direction for the platform across the organisation.",
  "- Influence engineers and managers who do not report to you.",
  "- Own reliability and on-call for the platform services, and write code where it matters.",
  "",
].join("\n");

function message(overrides: Partial<LintMessage>): LintMessage {
  return {
    ruleId: "unquantified-impact",
    severity: 1,
    message: "Say by how much.",
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    excerpt: "",
    ...overrides,
  };
}

function result(filePath: string, messages: LintMessage[], estimated: LintResult["level"]["estimated"]): LintResult {
  return {
    filePath,
    format: "markdown",
    messages,
    errorCount: messages.filter((entry) => entry.severity === 2).length,
    warningCount: messages.filter((entry) => entry.severity === 1).length,
    level: { target: "senior", estimated, assessment: null },
  };
}

const TOO_FEW = "  level     target senior; too few claims to estimate a level";

const plain = { color: false };

describe("formatStylish without colour", () => {
  it("prints the file, each message as line:col severity message rule, and a summary", () => {
    const output = formatStylish(
      [
        result(
          "resume.md",
          [
            message({
              ruleId: "inflated-scope",
              severity: 2,
              message: '"engineering strategy" claims organisation-wide reach.',
              line: 13,
              column: 3,
            }),
            message({
              ruleId: "weak-ownership-verb",
              message: '"Helped with" hides what you did.',
              line: 9,
              column: 12,
            }),
          ],
          "mid",
        ),
      ],
      plain,
    );
    expect(output).toBe(
      [
        "resume.md",
        '  13:3  error    "engineering strategy" claims organisation-wide reach.  inflated-scope',
        '  9:12  warning  "Helped with" hides what you did.  weak-ownership-verb',
        TOO_FEW,
        "",
        "✖ 2 problems (1 error, 1 warning) in 1 file",
        "",
      ].join("\n"),
    );
  });

  it("pads places to the widest in the file", () => {
    const output = formatStylish(
      [result("a.md", [message({ line: 7, column: 3 }), message({ line: 120, column: 14 })], "senior")],
      plain,
    );
    expect(output.split("\n").slice(1, 3)).toEqual([
      "  7:3     warning  Say by how much.  unquantified-impact",
      "  120:14  warning  Say by how much.  unquantified-impact",
    ]);
  });

  it("says 'no problems' for a clean file, with a tick and plural counts in the summary", () => {
    expect(formatStylish([result("clean.md", [], "staff")], plain)).toBe(
      ["clean.md", "  no problems", TOO_FEW, "", "✓ 0 problems (0 errors, 0 warnings) in 1 file", ""].join("\n"),
    );
  });

  it("says when there were too few claims to estimate a level", () => {
    expect(formatStylish([result("short.md", [], null)], plain).split("\n")[2]).toBe(TOO_FEW);
  });

  it("ends each file with the level summary: estimate, verdict, lens bars against the target, down-level risk", () => {
    const linted = lintText(SENIOR_RESUME, { level: "staff", rules: [], vocabulary });
    const lines = formatStylish([linted], plain).split("\n");
    expect(lines.slice(2, 7)).toEqual([
      "  level     target staff · evidence reads as senior (medium confidence) · short of staff",
      "            scope       ███░ 3/4  (staff expects 4)",
      "            complexity  ███░ 3/4",
      "            authority   ███░ 3/4  (staff expects 4)",
      "            consequence ███░ 3/4  (staff expects 4)",
    ]);
    expect(lines[7]).toMatch(/^ {12}The likeliest down-level reason at staff: the work reads team-local/);
  });

  it("says a target below the evidence is supported, and what the evidence reads as", () => {
    const linted = lintText(SENIOR_RESUME, { level: "mid", rules: [], vocabulary });
    expect(formatStylish([linted], plain).split("\n")[2]).toBe(
      "  level     target mid · evidence reads as senior (medium confidence) · supports mid; reads as senior",
    );
  });

  it("prints the posting worksheet, a row per dimension with its risk and the resume's evidence", () => {
    const posting = readPosting(STAFF_POSTING, vocabulary);
    const linted = lintText(SENIOR_RESUME, { level: "staff", rules: [], posting, vocabulary });
    const output = formatStylish([linted], plain);
    expect(output).toMatch(/\n {2}posting {3}asks for staff work \((low|medium|high) confidence\)/);
    for (const dimension of WORKSHEET_DIMENSIONS)
      expect(output).toMatch(new RegExp(`\n {12}${dimension} +(low|medium|high) +asks +`));
    expect(output).toContain("yours 5:3 “Owned the payments service");
  });

  it("a fatal result shows no level, and its message row ends without a rule id", () => {
    const output = formatStylish(
      [fatalResult("missing.md", "markdown", "missing.md does not exist; check the path and try again.", "senior")],
      plain,
    );
    expect(output).toBe(
      [
        "missing.md",
        "  1:1  error    missing.md does not exist; check the path and try again.",
        "",
        "✖ 1 problem (1 error, 0 warnings) in 1 file",
        "",
      ].join("\n"),
    );
  });

  it("totals over every file, with singular and plural words", () => {
    const output = formatStylish(
      [
        result("a.md", [message({ severity: 2 }), message({ severity: 2 }), message({})], "mid"),
        result("b.md", [], "mid"),
      ],
      plain,
    );
    expect(output.endsWith("\n✖ 3 problems (2 errors, 1 warning) in 2 files\n")).toBe(true);
    expect(formatStylish([result("a.md", [message({})], "mid")], plain)).toContain(
      "✖ 1 problem (0 errors, 1 warning) in 1 file",
    );
    expect(formatStylish([], plain)).toBe("✓ 0 problems (0 errors, 0 warnings) in 0 files\n");
  });

  it("has no escape codes without colour, and has them with colour", () => {
    const results = [result("a.md", [message({ severity: 2 }), message({})], "mid")];
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes is the point
    const ansi = /\u001b\[/;
    expect(formatStylish(results, plain)).not.toMatch(ansi);
    const coloured = formatStylish(results, { color: true });
    expect(coloured).toMatch(ansi);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI escapes
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, "")).toBe(formatStylish(results, plain));
  });
});
