import { describe, expect, it } from "vitest";
import { vocabulary, vocabularyData } from "../test-vocabulary.js";
import { compileVocabulary } from "../vocabulary/compile.js";
import { lintText } from "./engine.js";
import { LintCache } from "./lint-cache.js";
import { defineRule } from "./rule.js";

/** Reports every claim with leadership words, so the findings show which vocabulary read the claims. */
const leadershipRule = defineRule({
  meta: { id: "test-leadership", description: "test", severity: "warning", levels: ["senior"], url: "" },
  check(context) {
    for (const claim of context.claims)
      if (claim.signals.leadership.length > 0) context.report({ claim, message: "Leadership." });
  },
});

const resume =
  "## Experience\n\n### Engineer — Acme (2020–2024)\n\n- Stewarded the platform guild.\n- Led the migration.\n";

describe("LintCache", () => {
  it("holds signals for one vocabulary: a lint with another starts it afresh instead of mixing them", () => {
    const extended = compileVocabulary(vocabularyData, { extends: "leadership", phrases: ["stewarded"] });
    const cache = new LintCache();
    const lint = (words: typeof vocabulary) =>
      lintText(resume, { level: "senior", rules: [leadershipRule], vocabulary: words, cache }).messages.map(
        (message) => message.excerpt,
      );
    expect(lint(vocabulary)).toEqual(["Led the migration."]);
    expect(cache.vocabulary).toBe(vocabulary);
    expect(lint(extended)).toEqual(["Stewarded the platform guild.", "Led the migration."]);
    expect(cache.vocabulary).toBe(extended);
    expect(lint(vocabulary)).toEqual(["Led the migration."]);
  });

  it("reuses the signals of unchanged claims for the same vocabulary", () => {
    const cache = new LintCache();
    lintText(resume, { level: "senior", rules: [], vocabulary, cache });
    const signals = cache.for(vocabulary).signals;
    expect(signals.size).toBe(2);
    lintText(resume, { level: "senior", rules: [], vocabulary, cache });
    expect(cache.for(vocabulary).signals).toBe(signals);
  });
});
