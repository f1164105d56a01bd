import { describe, expect, it } from "vitest";
import { fatalResult } from "../check/engine.js";
import type { LintResult } from "../model/results.js";
import { formatJson } from "./json.js";

const result: LintResult = {
  filePath: "resumes/dana.md",
  format: "markdown",
  messages: [
    {
      excerpt: "Defined the engineering strategy for the whole company",
      url: "https://example.com/rules/inflated-scope",
      endColumn: 57,
      endLine: 13,
      column: 3,
      line: 13,
      message: '"engineering strategy" claims organisation-wide reach with no evidence beyond one team.',
      severity: 2,
      ruleId: "inflated-scope",
    },
    {
      ruleId: "weak-ownership-verb",
      severity: 1,
      message: '"Helped" hides what you did.',
      line: 14,
      column: 3,
      endLine: 15,
      endColumn: 12,
      excerpt: "Helped with the checkout redesign",
    },
  ],
  errorCount: 1,
  warningCount: 1,
  level: { estimated: "mid", target: "senior" },
};

describe("formatJson", () => {
  it("prints one object per file with keys in the documented order, two-space indented, newline-terminated", () => {
    const output = formatJson([result]);
    expect(output.endsWith("}\n]\n")).toBe(true);
    expect(output.startsWith('[\n  {\n    "filePath": "resumes/dana.md",\n')).toBe(true);
    const [file] = JSON.parse(output);
    expect(Object.keys(file)).toEqual(["filePath", "format", "messages", "errorCount", "warningCount", "level"]);
    expect(Object.keys(file.level)).toEqual(["target", "estimated"]);
    expect(file.messages.map((message: object) => Object.keys(message))).toEqual([
      ["ruleId", "severity", "message", "line", "column", "endLine", "endColumn", "excerpt"],
      ["ruleId", "severity", "message", "line", "column", "endLine", "endColumn", "excerpt"],
    ]);
  });

  it("keeps every value, and leaves out fields the shape does not document (url)", () => {
    expect(JSON.parse(formatJson([result]))).toEqual([
      {
        filePath: "resumes/dana.md",
        format: "markdown",
        messages: [
          {
            ruleId: "inflated-scope",
            severity: 2,
            message: '"engineering strategy" claims organisation-wide reach with no evidence beyond one team.',
            line: 13,
            column: 3,
            endLine: 13,
            endColumn: 57,
            excerpt: "Defined the engineering strategy for the whole company",
          },
          {
            ruleId: "weak-ownership-verb",
            severity: 1,
            message: '"Helped" hides what you did.',
            line: 14,
            column: 3,
            endLine: 15,
            endColumn: 12,
            excerpt: "Helped with the checkout redesign",
          },
        ],
        errorCount: 1,
        warningCount: 1,
        level: { target: "senior", estimated: "mid" },
      },
    ]);
  });

  it("puts fatal: true first on the message of a file that could not be read", () => {
    const fatal = fatalResult(
      "cv.txt",
      "text",
      "cv.txt is not valid UTF-8 text; save it with UTF-8 encoding and run reslint again.",
      "staff",
    );
    const output = formatJson([fatal]);
    const [file] = JSON.parse(output);
    expect(Object.keys(file.messages[0])).toEqual([
      "fatal",
      "ruleId",
      "severity",
      "message",
      "line",
      "column",
      "endLine",
      "endColumn",
      "excerpt",
    ]);
    expect(file).toEqual({
      filePath: "cv.txt",
      format: "text",
      messages: [
        {
          fatal: true,
          ruleId: null,
          severity: 2,
          message: "cv.txt is not valid UTF-8 text; save it with UTF-8 encoding and run reslint again.",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          excerpt: "",
        },
      ],
      errorCount: 1,
      warningCount: 0,
      level: { target: "staff", estimated: null },
    });
    expect(output).toContain('      {\n        "fatal": true,\n        "ruleId": null,\n');
  });

  it("prints files in the order given, and an empty array for none", () => {
    const clean: LintResult = { ...result, filePath: "b.md", messages: [], errorCount: 0, warningCount: 0 };
    expect(JSON.parse(formatJson([clean, result])).map((file: LintResult) => file.filePath)).toEqual([
      "b.md",
      "resumes/dana.md",
    ]);
    expect(formatJson([])).toBe("[]\n");
  });
});
