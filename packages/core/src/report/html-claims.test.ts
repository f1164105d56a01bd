import { describe, expect, it } from "vitest";
import type { LintMessage, TriggerRange } from "../model/results.js";
import { readResumeText } from "../read/index.js";
import { vocabulary } from "../test-vocabulary.js";
import { highlightedClaim, lineStarts, placeFindings } from "./html-claims.js";

const source = [
  "Platform engineer. I set the **technical strategy** for billing.",
  "",
  "## Experience",
  "",
  "### Engineer — Acme (2020–2024)",
  "",
  "- Improved the build, then improved the tests.",
  "- Helped with the migration.",
  "",
].join("\n");

const document = readResumeText(source, { vocabulary, format: "markdown" });
const starts = lineStarts(document.text);

function claim(index: number) {
  const found = document.claims[index];
  if (!found) throw new Error(`no claim ${index}`);
  return found;
}

/** A finding on a claim, as the engine reports it: the claim's span and text, and optionally trigger words. */
function onClaim(index: number, ruleId: string, trigger?: TriggerRange): LintMessage {
  const { range, text } = claim(index);
  return {
    ruleId,
    severity: 1,
    message: `${ruleId} says <fix> "this"`,
    line: range.start.line,
    column: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
    excerpt: text,
    ...(trigger ? { trigger } : {}),
  };
}

function trigger(text: string, line: number, column: number): TriggerRange {
  return { text, line, column, endLine: line, endColumn: column + text.length };
}

describe("placeFindings", () => {
  it("tells apart two claims on one line by column", () => {
    const message = onClaim(1, "inflated-scope", trigger("technical strategy", 1, 32));
    const placed = placeFindings(document, [message]);
    expect([...placed.byClaim.keys()]).toEqual([1]);
    expect(placed.resumeWide).toEqual([]);
  });

  it("keeps heading, role-line, line-1 resume-level and fatal messages off the claims", () => {
    const heading: LintMessage = {
      ruleId: "missing-production-ownership",
      severity: 1,
      message: "Nothing shows you operating it.",
      line: 3,
      column: 4,
      endLine: 3,
      endColumn: 14,
      excerpt: "Experience",
    };
    const resumeLevel: LintMessage = {
      ...heading,
      ruleId: "level-mismatch",
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
      excerpt: "",
    };
    const fatal: LintMessage = { ...resumeLevel, ruleId: null, fatal: true, excerpt: claim(0).text };
    const placed = placeFindings(document, [heading, resumeLevel, fatal]);
    expect(placed.byClaim.size).toBe(0);
    expect(placed.resumeWide).toEqual([heading, resumeLevel, fatal]);
  });
});

describe("highlightedClaim", () => {
  it("marks trigger words in the claim's text even where the source has markup around them", () => {
    const message = onClaim(1, "inflated-scope", trigger("technical strategy", 1, 32));
    expect(highlightedClaim(claim(1), [message], starts)).toBe(
      'I set the <mark class="warning" title="inflated-scope says &lt;fix&gt; &quot;this&quot; (inflated-scope)">technical strategy</mark> for billing.',
    );
  });

  it("takes the occurrence nearest the trigger's place when the words repeat", () => {
    const message = onClaim(2, "unquantified-impact", trigger("the", 7, 33));
    const html = highlightedClaim(claim(2), [message], starts);
    expect(html).toMatch(/^Improved the build, then improved <mark [^>]*>the<\/mark> tests\.$/);
  });

  it("merges overlapping triggers into one mark carrying both findings", () => {
    const first = onClaim(3, "weak-ownership-verb", trigger("Helped with", 8, 3));
    const second = { ...onClaim(3, "vague-thing", trigger("with the", 8, 10)), severity: 2 as const };
    const html = highlightedClaim(claim(3), [first, second], starts);
    expect(html.match(/<mark /g)).toHaveLength(1);
    expect(html).toMatch(
      /^<mark class="error" title="[^"]*\(weak-ownership-verb\)\n[^"]*\(vague-thing\)">Helped with the<\/mark> migration\.$/,
    );
  });

  it("marks the whole claim for a finding without trigger words, or whose words are not in the text", () => {
    const whole = onClaim(3, "whole-claim");
    const missing = onClaim(3, "missing-words", trigger("nowhere", 8, 3));
    const html = highlightedClaim(claim(3), [whole, missing], starts);
    expect(html).toMatch(
      /^<mark class="warning whole" title="[^"]*\(whole-claim\)\n[^"]*\(missing-words\)">Helped with the migration\.<\/mark>$/,
    );
    expect(placeFindings(document, [whole]).byClaim.get(3)).toEqual([whole]);
  });

  it("escapes the claim's own text", () => {
    const hostile = readResumeText('- Wrote `<img src=x onerror=alert(1)>` & "docs".\n', {
      vocabulary,
      format: "markdown",
    });
    const only = hostile.claims[0];
    if (!only) throw new Error("expected a claim");
    expect(highlightedClaim(only, [], lineStarts(hostile.text))).toBe(
      "Wrote &lt;img src=x onerror=alert(1)&gt; &amp; &quot;docs&quot;.",
    );
  });
});
