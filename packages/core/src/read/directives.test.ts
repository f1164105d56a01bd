import { describe, expect, it } from "vitest";
import { vocabulary } from "../test-vocabulary.js";
import { maskDirectives, readDirectives } from "./directives.js";
import { readMarkdown } from "./markdown.js";
import { readText } from "./text-file.js";

describe("readDirectives", () => {
  it("reads each kind with its rules, reason and place", () => {
    const text = [
      "# Sam",
      "",
      "<!-- reslint-disable-next-line weak-ownership-verb, tenure-as-evidence -- the summary is for a career change -->",
      "",
      "- Helped with the billing migration",
      "- Ran the rota <!-- reslint-disable-line -->",
      "<!-- reslint-disable unquantified-impact -->",
      "<!-- reslint-enable -->",
    ].join("\n");
    expect(readDirectives(text)).toEqual([
      {
        kind: "disable-next-line",
        name: "disable-next-line",
        rules: ["weak-ownership-verb", "tenure-as-evidence"],
        reason: "the summary is for a career change",
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 113,
        targetLine: 5,
      },
      {
        kind: "disable-line",
        name: "disable-line",
        rules: [],
        reason: null,
        line: 6,
        column: 16,
        endLine: 6,
        endColumn: 45,
        targetLine: 6,
      },
      expect.objectContaining({ kind: "disable", rules: ["unquantified-impact"], line: 7, targetLine: null }),
      expect.objectContaining({ kind: "enable", rules: [], line: 8, targetLine: null }),
    ]);
  });

  it("reads a comment over several lines, ignores other comments, and keeps a mistyped one as unknown", () => {
    const text =
      "<!--\n  reslint-disable-next-line\n  level-mismatch\n-->\n- A claim\n<!-- a note -->\n<!-- reslint-disabled x -->";
    const directives = readDirectives(text);
    expect(directives).toHaveLength(2);
    expect(directives[1]).toMatchObject({ kind: "unknown", name: "disabled", rules: ["x"], line: 7 });
    expect(directives[0]).toMatchObject({
      kind: "disable-next-line",
      rules: ["level-mismatch"],
      line: 1,
      endLine: 4,
      targetLine: 5,
    });
  });

  it("reads a typo in the comment's word as unknown, not as a shorter word with a rule", () => {
    const directives = readDirectives(
      "<!-- reslint-disable-nxt-line weak-ownership-verb -->\n<!-- reslint-disable-lines x -->\n<!-- reslint-disable-->",
    );
    expect(directives.map(({ kind, name, rules }) => ({ kind, name, rules }))).toEqual([
      { kind: "unknown", name: "disable-nxt-line", rules: ["weak-ownership-verb"] },
      { kind: "unknown", name: "disable-lines", rules: ["x"] },
      { kind: "disable", name: "disable", rules: [] },
    ]);
  });

  it("has no target line for a next-line comment at the end of the file", () => {
    expect(readDirectives("- a\n<!-- reslint-disable-next-line -->\n\n")[0]?.targetLine).toBeNull();
  });
});

describe("disable comments in the readers", () => {
  const text = [
    "EXPERIENCE",
    "",
    "Senior Engineer, Acme, 2019 - 2024",
    "<!-- reslint-disable-next-line weak-ownership-verb -- shared work -->",
    "- Helped with the billing migration",
    "- Ran the on-call rota <!-- reslint-disable-line -->",
  ].join("\n");

  it("keeps them out of a text resume's claims and hands them to the check stage", () => {
    const document = readText(text, { vocabulary });
    expect(document.claims.map((claim) => claim.text)).toEqual([
      "Helped with the billing migration",
      "Ran the on-call rota",
    ]);
    expect(document.directives?.map((directive) => [directive.kind, directive.targetLine])).toEqual([
      ["disable-next-line", 5],
      ["disable-line", 6],
    ]);
    expect(document.claims[1]?.range.start).toMatchObject({ line: 6, column: 3 });
  });

  it("reads them from Markdown too, and leaves a document without any as it was", () => {
    expect(readMarkdown(text, { vocabulary }).directives).toHaveLength(2);
    expect(readMarkdown("# A\n\n- Led the migration\n", { vocabulary })).not.toHaveProperty("directives");
  });

  it("reads no comment inside Markdown code: a fence, an indented block or a code span", () => {
    const markdown = [
      "# Sam",
      "",
      "## Experience",
      "",
      "```markdown",
      "<!-- reslint-disable weak-ownership-verb -->",
      "```",
      "",
      "    <!-- reslint-disable unquantified-impact -->",
      "",
      "- Helped with `<!-- reslint-disable-line -->` in the docs",
      "- Worked on billing <!-- reslint-disable-line weak-ownership-verb -->",
    ].join("\n");
    expect(readMarkdown(markdown, { vocabulary }).directives?.map(({ kind, line }) => [kind, line])).toEqual([
      ["disable-line", 12],
    ]);
  });

  it("masks a comment with spaces, keeping lines and columns", () => {
    const masked = maskDirectives("a <!-- reslint-disable-line x -->\nb");
    expect(masked).toBe(`a ${" ".repeat(31)}\nb`);
  });
});
