import { describe, expect, it } from "vitest";
import type { LintMessage } from "../model/results.js";
import { applyBaseline, parseBaseline, pruneBaseline, serialiseBaseline, suppressAll } from "./baseline.js";
import { claimFingerprint } from "./fingerprint.js";

const finding = (ruleId: string, excerpt: string, line = 1): LintMessage => ({
  ruleId,
  severity: 1,
  message: "m",
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
  excerpt,
});

describe("claimFingerprint", () => {
  it("survives re-flowing, re-casing, bullet glyphs and a line-end hyphen", () => {
    const one = claimFingerprint("Helped with the multi-team migration of billing.");
    expect(claimFingerprint("• helped with the multi-\nteam   migration of billing")).toBe(one);
    expect(claimFingerprint("Helped with the migration of billing.")).not.toBe(one);
    expect(one).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("baselines", () => {
  const first = [
    finding("weak-ownership-verb", "Helped with billing", 3),
    finding("weak-ownership-verb", "Helped with billing", 9),
    finding("tenure-as-evidence", "10 years of experience", 1),
  ];

  it("holds every finding, counting repeats, in a stable order", () => {
    const baseline = suppressAll(null, [{ file: "cv.md", messages: first }]);
    expect(baseline.suppressions.map(({ rule, count, claim }) => [rule, count, claim])).toEqual([
      ["tenure-as-evidence", 1, "10 years of experience"],
      ["weak-ownership-verb", 2, "Helped with billing"],
    ]);
    expect(parseBaseline(serialiseBaseline(baseline), "b.json")).toEqual(baseline);
  });

  it("reports only what is new, even after the claims moved and re-flowed", () => {
    const baseline = suppressAll(null, [{ file: "cv.md", messages: first }]);
    const later = [
      finding("weak-ownership-verb", "helped with\nbilling", 20),
      finding("weak-ownership-verb", "Helped with billing", 21),
      finding("weak-ownership-verb", "Helped with billing", 22),
      finding("weak-ownership-verb", "Worked on search", 23),
    ];
    const outcome = applyBaseline("cv.md", later, baseline);
    expect(outcome.messages.map((message) => message.line)).toEqual([22, 23]);
    expect(outcome.suppressed.map((message) => message.suppressions[0]?.kind)).toEqual(["baseline", "baseline"]);
    expect(applyBaseline("other.md", later, baseline).messages).toHaveLength(4);
  });

  it("prunes entries that no longer match, and keeps files not linted", () => {
    const baseline = suppressAll(null, [
      { file: "cv.md", messages: first },
      { file: "old.md", messages: [finding("weak-ownership-verb", "x")] },
    ]);
    const pruned = pruneBaseline(baseline, [
      { file: "cv.md", messages: [finding("weak-ownership-verb", "Helped with billing")] },
    ]);
    expect(pruned.suppressions.map(({ file, rule, count }) => [file, rule, count])).toEqual([
      ["cv.md", "weak-ownership-verb", 1],
      ["old.md", "weak-ownership-verb", 1],
    ]);
  });

  it("drops the entries of files that are gone when told which", () => {
    const baseline = suppressAll(null, [
      { file: "cv.md", messages: first },
      { file: "old.md", messages: [finding("weak-ownership-verb", "x")] },
    ]);
    const pruned = pruneBaseline(baseline, [], (file) => file === "old.md");
    expect(new Set(pruned.suppressions.map((entry) => entry.file))).toEqual(new Set(["cv.md"]));
  });

  it("replaces the linted files' entries on --suppress-all and keeps the others", () => {
    const earlier = suppressAll(null, [
      { file: "cv.md", messages: first },
      { file: "old.md", messages: [finding("weak-ownership-verb", "x")] },
    ]);
    const again = suppressAll(earlier, [{ file: "cv.md", messages: [finding("tenure-as-evidence", "12 years")] }]);
    expect(again.suppressions.map(({ file, rule, count }) => [file, rule, count])).toEqual([
      ["cv.md", "tenure-as-evidence", 1],
      ["old.md", "weak-ownership-verb", 1],
    ]);
    expect(suppressAll(again, [{ file: "cv.md", messages: [finding("tenure-as-evidence", "12 years")] }])).toEqual(
      again,
    );
  });

  it("says what is wrong with a broken baseline file and what to do", () => {
    expect(() => parseBaseline("{", "reslint-suppressions.json")).toThrow(
      "reslint-suppressions.json is not valid JSON; fix it, or delete it and run reslint --suppress-all to write a new one.",
    );
    expect(() => parseBaseline('{"version":1,"suppressions":[{"file":"a"}]}', "b.json")).toThrow(
      "b.json: suppressions[0] needs a file, a rule, a fingerprint and a count above 0",
    );
  });
});
