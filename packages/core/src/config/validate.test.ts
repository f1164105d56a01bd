import { describe, expect, it } from "vitest";
import { ConfigError } from "./config-error.js";
import { testRuleMetas } from "./test-rules.js";
import { validateConfig } from "./validate.js";

const FILE = "/work/cv/.reslintrc.json";

/** The sentences a config's content gives, with the file shown relative to its folder. */
function problems(content: unknown, file = FILE, prefix: PropertyKey[] = []): string[] {
  try {
    validateConfig(content, file, testRuleMetas, prefix);
  } catch (error) {
    if (error instanceof ConfigError) return error.lines("/work/cv");
    throw error;
  }
  return [];
}

describe("validateConfig", () => {
  it("accepts every setting in both rule forms", () => {
    const content = {
      $schema: "./node_modules/@reslint/core/schema/reslintrc.schema.json",
      level: "staff",
      posting: "job.md",
      rules: { "weak-ownership-verb": "error", "inflated-scope": "off", "every-role": ["warn", { word: "job" }] },
      ignorePatterns: ["drafts/**"],
      overrides: [{ files: ["manager/*.md"], level: "manager", rules: { "reading-confidence": "off" } }],
      limits: { maxFileBytes: 100_000, maxPdfPages: 4, timePerFileMs: 2000 },
    };
    expect(validateConfig(content, FILE, testRuleMetas)).toEqual(content);
  });

  it("reads an empty file, or one of comments only, as no settings", () => {
    expect(validateConfig(null, FILE, testRuleMetas)).toEqual({});
    expect(validateConfig(undefined, FILE, testRuleMetas)).toEqual({});
  });

  it("names an unknown rule id and suggests the nearest one", () => {
    expect(problems({ rules: { "weak-ownership-verbs": "warn" } })).toEqual([
      '.reslintrc.json: rules["weak-ownership-verbs"] is not a rule; did you mean "weak-ownership-verb"?',
    ]);
    expect(problems({ rules: { "no-such-thing-at-all": "warn" } })).toEqual([
      '.reslintrc.json: rules["no-such-thing-at-all"] is not a rule; run "reslint --list-rules" to see the rules.',
    ]);
  });

  it("names an unknown key, suggesting the setting meant, or listing them", () => {
    expect(problems({ levels: "staff" })).toEqual([
      '.reslintrc.json: "levels" is not a setting; did you mean "level"?',
    ]);
    expect(problems({ colour: true })).toEqual([
      '.reslintrc.json: "colour" is not a setting; reslint reads level, posting, rules, packs, ignorePatterns, accept, overrides and limits.',
    ]);
    expect(problems({ overrides: [{ files: ["a.md"], rule: {} }] })).toEqual([
      '.reslintrc.json: overrides[0].rule is not a setting of an override; did you mean "rules"?',
    ]);
    expect(problems({ limits: { maxPdfPage: 3 } })).toEqual([
      '.reslintrc.json: limits.maxPdfPage is not a limit; did you mean "maxPdfPages"?',
    ]);
    expect(problems({ limits: { pages: 3 } })).toEqual([
      ".reslintrc.json: limits.pages is not a limit; reslint reads maxFileBytes, maxPdfPages and timePerFileMs.",
    ]);
  });

  it("says what a severity must be, and what was probably meant", () => {
    expect(problems({ rules: { "weak-ownership-verb": "warning" } })).toEqual([
      '.reslintrc.json: rules["weak-ownership-verb"] must be "off", "warn" or "error", or [severity, { options }]; "warning" is not one; did you mean "warn"?',
    ]);
    expect(problems({ rules: { "weak-ownership-verb": 2 } })[0]).toMatch(/2 is not one; did you mean "error"\?$/);
    expect(problems({ rules: { "weak-ownership-verb": false } })[0]).toMatch(/false is not one; did you mean "off"\?$/);
    expect(problems({ rules: { "weak-ownership-verb": ["loud", {}] } })).toEqual([
      '.reslintrc.json: rules["weak-ownership-verb"][0] must be "off", "warn" or "error"; "loud" is not one.',
    ]);
  });

  it("says what a wrong type must be, with the key path", () => {
    expect(problems({ level: "lead" })).toEqual([
      '.reslintrc.json: level must be one of mid, senior, staff, tech-lead, manager; "lead" is not one.',
    ]);
    expect(problems({ ignorePatterns: "drafts" })).toEqual([
      '.reslintrc.json: ignorePatterns must be a list of globs, relative to this file, such as ["drafts/**"]; "drafts" is not one.',
    ]);
    expect(problems({ overrides: [{ level: "staff" }] })).toEqual([
      '.reslintrc.json: overrides[0].files must be a list of one or more globs, relative to this file, such as ["staff/*.md"].',
    ]);
    expect(problems({ limits: { maxPdfPages: 40 } })).toEqual([
      ".reslintrc.json: limits.maxPdfPages must be a whole number of pages from 1 to 30 (the built-in limit); 40 is not one.",
    ]);
    expect(problems(["level", "staff"])).toEqual([
      ".reslintrc.json: the file must be an object of settings, such as { level: staff }; a list is not one.",
    ]);
  });

  it("checks a rule's options against the schema it declares, and takes none for a rule without one", () => {
    expect(problems({ rules: { "every-role": ["warn", { word: 3 }] } })[0]).toMatch(
      /^\.reslintrc\.json: rules\["every-role"\]\[1\]\.word: /,
    );
    expect(problems({ rules: { "every-role": ["warn", { words: "x" }] } })[0]).toMatch(
      /^\.reslintrc\.json: rules\["every-role"\]\[1\]/,
    );
    expect(problems({ rules: { "weak-ownership-verb": ["warn", {}] } })).toEqual([]);
    expect(problems({ rules: { "weak-ownership-verb": ["warn", { anything: [1, 2] }] } })).toEqual([
      '.reslintrc.json: rules["weak-ownership-verb"][1].anything is not an option of weak-ownership-verb, which takes no options; write its severity alone.',
    ]);
    expect(
      problems({ overrides: [{ files: ["a.md"], rules: { "inflated-scope": ["error", { strict: true }] } }] }),
    ).toEqual([
      '.reslintrc.json: overrides[0].rules["inflated-scope"][1].strict is not an option of inflated-scope, which takes no options; write its severity alone.',
    ]);
    expect(problems({ rules: { "weak-ownership-verb": ["warn", 3] } })).toEqual([
      '.reslintrc.json: rules["weak-ownership-verb"][1] must be an object of the rule\'s options; 3 is not one.',
    ]);
  });

  it("wants words in an accepted finding's claim", () => {
    expect(problems({ accept: [{ rule: "inflated-scope", claim: "!!" }] })).toEqual([
      '.reslintrc.json: accept[0].claim must be words of the claim, such as "the whole company"; "!!" is not one.',
    ]);
  });

  it("puts the package.json key in front of the path, and counts every problem", () => {
    expect(problems({ level: "x" }, "/work/cv/package.json", ["reslint"])).toEqual([
      'package.json: reslint.level must be one of mid, senior, staff, tech-lead, manager; "x" is not one.',
    ]);
    try {
      validateConfig({ level: "x", posting: 3, bogus: 1 }, FILE, testRuleMetas);
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(3);
      expect((error as ConfigError).summary("/work/cv")).toMatch(
        /^\.reslintrc\.json: level must be .*"x" is not one \(2 more problems in this config; run reslint --print-config on the resume to see them all\)\.$/,
      );
    }
  });
});
