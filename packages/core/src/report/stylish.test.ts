import { describe, expect, it } from "vitest";
import { fatalResult } from "../check/engine.js";
import type { LintMessage, LintResult } from "../model/results.js";
import { formatStylish } from "./stylish.js";

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
    level: { target: "senior", estimated },
  };
}

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
        "resume.md  evidence reads as mid (target senior)",
        '  13:3  error    "engineering strategy" claims organisation-wide reach.  inflated-scope',
        '  9:12  warning  "Helped with" hides what you did.  weak-ownership-verb',
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
      [
        "clean.md  evidence reads as staff (target senior)",
        "  no problems",
        "",
        "✓ 0 problems (0 errors, 0 warnings) in 1 file",
        "",
      ].join("\n"),
    );
  });

  it("says when there were too few claims to estimate a level", () => {
    expect(formatStylish([result("short.md", [], null)], plain).split("\n")[0]).toBe(
      "short.md  target senior; not enough claims to estimate a level",
    );
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
