import { describe, expect, it } from "vitest";
import { fatalResult } from "../check/engine.js";
import type { LintMessage, LintResult } from "../model/results.js";
import { formatCompact } from "./compact.js";
import { formatGithub } from "./github.js";
import { formatSarif } from "./sarif.js";

const markdown: LintResult = {
  filePath: "cv/dana.md",
  format: "markdown",
  messages: [
    {
      ruleId: "inflated-scope",
      severity: 2,
      message: '"engineering strategy" claims reach, 100% of it: unbacked, so far.',
      line: 13,
      column: 3,
      endLine: 13,
      endColumn: 57,
      excerpt: "Defined the engineering strategy for the whole company",
    },
  ],
  suppressedMessages: [
    {
      ruleId: "weak-ownership-verb",
      severity: 1,
      message: '"Helped" hides what you did.',
      line: 14,
      column: 3,
      endLine: 14,
      endColumn: 36,
      excerpt: "Helped with the checkout redesign",
      suppressions: [{ kind: "directive", justification: "a shared project" }],
    },
  ],
  errorCount: 1,
  warningCount: 0,
  level: { estimated: "mid", target: "senior", assessment: null },
};

const pdf: LintResult = {
  filePath: "/work/repo/cv/dana.pdf",
  format: "pdf",
  messages: [
    {
      ruleId: "weak-ownership-verb",
      severity: 1,
      message: '"Helped" hides what you did.',
      line: 20,
      column: 1,
      endLine: 21,
      endColumn: 10,
      excerpt: "Helped with the checkout redesign",
      page: 2,
      box: { x: 72, y: 400, width: 300, height: 24 },
    },
  ],
  errorCount: 0,
  warningCount: 1,
  level: { estimated: "mid", target: "senior", assessment: null },
};

const RULES = [
  {
    id: "inflated-scope",
    description: "Org-wide claims on team evidence.",
    severity: "error" as const,
    levels: ["senior"],
    url: "file:///docs/inflated-scope.md",
    help: "# inflated-scope\n\nFlags reach\nclaimed without evidence.\n\n## Why",
  },
  {
    id: "weak-ownership-verb",
    description: "Verbs that hide your part.",
    severity: "warning" as const,
    levels: ["mid", "senior"],
    url: "file:///docs/weak-ownership-verb.md",
  },
];

const sarifOf = (results: LintResult[]) =>
  JSON.parse(formatSarif(results, { rules: RULES, toolVersion: "1.2.3", cwd: "/work/repo" }));

describe("formatSarif", () => {
  it("describes every rule once, with its page's first paragraph as the full description", () => {
    const { runs } = sarifOf([]);
    expect(runs[0].tool.driver).toMatchObject({ name: "reslint", version: "1.2.3" });
    expect(runs[0].tool.driver.rules[0]).toEqual({
      id: "inflated-scope",
      shortDescription: { text: "Org-wide claims on team evidence." },
      fullDescription: { text: "Flags reach claimed without evidence." },
      helpUri: "file:///docs/inflated-scope.md",
      help: { text: "Org-wide claims on team evidence.", markdown: RULES[0]?.help },
      defaultConfiguration: { level: "error" },
      properties: { levels: ["senior"], tags: ["resume"] },
    });
    expect(runs[0].tool.driver.rules[1].fullDescription.text).toBe("Verbs that hide your part.");
  });

  it("gives each finding its rule, level, region and a fingerprint of its claim, a PDF its page", () => {
    const { runs } = sarifOf([markdown, pdf]);
    const [scope, suppressed, fromPdf] = runs[0].results;
    expect(scope).toMatchObject({
      ruleId: "inflated-scope",
      ruleIndex: 0,
      level: "error",
      message: { text: markdown.messages[0]?.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "cv/dana.md", uriBaseId: "%SRCROOT%" },
            region: {
              startLine: 13,
              startColumn: 3,
              endLine: 13,
              endColumn: 57,
              snippet: { text: markdown.messages[0]?.excerpt },
            },
          },
        },
      ],
    });
    expect(scope.partialFingerprints["reslint/claim/v1"]).toMatch(/^[0-9a-f]{16}:1$/);
    expect(suppressed.suppressions).toEqual([
      { kind: "inSource", justification: "a shared project", properties: { reslintKind: "directive" } },
    ]);
    expect(fromPdf.locations[0].physicalLocation.artifactLocation).toEqual({
      uri: "cv/dana.pdf",
      uriBaseId: "%SRCROOT%",
    });
    expect(fromPdf.properties).toEqual({ page: 2, box: { x: 72, y: 400, width: 300, height: 24 } });
    // The same claim and rule in two files, or moved within one, keeps its fingerprint.
    expect(fromPdf.partialFingerprints).toEqual(suppressed.partialFingerprints);
    expect(runs[0].columnKind).toBe("utf16CodeUnits");
  });

  it("counts repeats of one claim, and puts a file it could not read among the notifications", () => {
    const [first] = markdown.messages as [LintMessage];
    const twice: LintResult = { ...markdown, messages: [first, { ...first, line: 30, endLine: 30 }] };
    const { runs } = sarifOf([twice, fatalResult("cv/broken.pdf", "pdf", "This PDF is damaged.", "senior")]);
    expect(
      runs[0].results.map((result: { partialFingerprints: Record<string, string> }) =>
        result.partialFingerprints["reslint/claim/v1"].slice(-2),
      ),
    ).toEqual([":1", ":2", ":1"]);
    expect(runs[0].invocations[0]).toMatchObject({
      executionSuccessful: false,
      toolExecutionNotifications: [{ level: "error", message: { text: "This PDF is damaged." } }],
    });
  });
});

describe("formatGithub", () => {
  it("writes one workflow command per finding, escaping what the runner would misread", () => {
    expect(formatGithub([markdown, pdf]).split("\n")).toEqual([
      '::error file=cv/dana.md,line=13,endLine=13,col=3,endColumn=57,title=inflated-scope::"engineering strategy" claims reach, 100%25 of it: unbacked, so far.',
      '::warning file=/work/repo/cv/dana.pdf,line=20,endLine=21,col=1,endColumn=10,title=weak-ownership-verb::"Helped" hides what you did. (page 2)',
      "",
    ]);
    expect(formatGithub([{ ...markdown, filePath: "a,b:c.md" }])).toMatch(/^::error file=a%2Cb%3Ac\.md,/);
    expect(formatGithub([])).toBe("");
  });
});

describe("formatCompact", () => {
  it("writes file:line:col: severity rule-id message, one finding per line", () => {
    expect(formatCompact([markdown, pdf, fatalResult("cv/x.pdf", "pdf", "This PDF is damaged.", "senior")])).toBe(
      [
        'cv/dana.md:13:3: error inflated-scope "engineering strategy" claims reach, 100% of it: unbacked, so far.',
        '/work/repo/cv/dana.pdf:20:1: warning weak-ownership-verb "Helped" hides what you did. (page 2)',
        "cv/x.pdf:1:1: error This PDF is damaged.",
        "",
      ].join("\n"),
    );
  });
});
