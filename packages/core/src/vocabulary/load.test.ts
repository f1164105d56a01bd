import { describe, expect, it } from "vitest";
import { analyseClaim } from "../analyse/claim.js";
import { vocabulary, vocabularyData } from "../test-vocabulary.js";
import { compileVocabulary, extendVocabularyData } from "./compile.js";
import { parseVocabularyFile, vocabularyFromFiles } from "./load.js";
import { VOCABULARY_PARTS, VocabularyError } from "./parts.js";

const file = (path: string, ...lines: string[]) => ({ path, text: `${lines.join("\n")}\n` });

/** The problems a file has, one message each. */
function problemsOf(source: { path: string; text: string }): readonly string[] {
  try {
    parseVocabularyFile(source);
  } catch (error) {
    if (error instanceof VocabularyError) return error.problems;
    throw error;
  }
  return [];
}

const leadership = (...phrases: string[]) =>
  file(
    "rules/vocabulary/leadership.yaml",
    "defines: leadership",
    "description: Leadership words.",
    "phrases:",
    ...phrases.map((phrase) => `  - ${phrase}`),
    "purposeOnly: []",
    "clauseOnly: []",
    "notBefore: []",
    "consequences: []",
    "passiveMarkers: []",
    "passiveExceptions: []",
    "titles: []",
  );

describe("parseVocabularyFile", () => {
  it("reads a file that defines a part", () => {
    const parsed = parseVocabularyFile(leadership("led|lead", "mentored <any>? engineers"));
    expect(parsed).toMatchObject({
      defines: "leadership",
      data: { phrases: ["led|lead", "mentored <any>? engineers"] },
    });
  });

  it("names the file, the line, the entry and the fix of a broken phrase", () => {
    expect(problemsOf(leadership("led|lead", "led|lead <"))).toEqual([
      `rules/vocabulary/leadership.yaml:5: phrases[1] "led|lead <" has an unclosed '<' in "<"; close it as <any> or <num>, or remove it.`,
    ]);
  });

  it("reports every problem of a file, not only the first", () => {
    expect(problemsOf(leadership("Led the team", "led||drove", "mentor <num>"))).toEqual([
      expect.stringMatching(/:4: phrases\[0\] "Led the team" has "Led", which has capital letters.*write "led"\.$/),
      expect.stringMatching(/:5: phrases\[1\] "led\|\|drove" has an empty choice/),
    ]);
  });

  it("says what a list that is not one should be, and how to quote a number", () => {
    const problems = problemsOf(
      file(
        "v/results.yaml",
        "defines: results",
        "description: Results.",
        "phrases: cut latency",
        "units:",
        "  - ms",
        "  - 10",
      ),
    );
    expect(problems).toEqual([
      "v/results.yaml:3: phrases must be a phrase list; it is a text.",
      'v/results.yaml:6: units[1] must be a word (text); it is a number; put it in quotes ("10").',
    ]);
  });

  it("suggests the list meant for a misspelt one, and names a missing one", () => {
    const problems = problemsOf(
      file("v/adoption.yaml", "defines: adoption", "description: Adoption.", "phrase:", "  - adopted by <num> teams"),
    );
    expect(problems).toEqual([
      "v/adoption.yaml:1: phrases is missing; add it (a phrase list), even if empty: phrases: [].",
      'v/adoption.yaml:1: phrase is not a list this part has; did you mean "phrases"? the lists are description, phrases.',
    ]);
  });

  it("suggests the part meant for a misspelt name", () => {
    expect(problemsOf(file("v/x.yaml", "defines: leadrship", "description: x"))).toEqual([
      expect.stringContaining(
        `v/x.yaml:1: "defines: leadrship" names no part of the vocabulary; did you mean "leadership"?`,
      ),
    ]);
  });

  it("gives the line of a YAML mistake", () => {
    const [problem] = problemsOf(
      file("v/adoption.yaml", "defines: adoption", "description: x", "phrases:", "  - [a, b"),
    );
    expect(problem).toMatch(/^v\/adoption\.yaml:5: Flow sequence .*; check the indentation/);
  });

  it("needs exactly one of defines and extends", () => {
    expect(problemsOf(file("v/x.yaml", "description: x", "phrases: []"))).toEqual([
      expect.stringContaining('must say which part it holds, with one "defines: <part>"'),
    ]);
  });

  it("reads a file that extends a part: any of its lists, none required", () => {
    const parsed = parseVocabularyFile(
      file("pack/ladder.yaml", "extends: leadership", "phrases:", "  - stewarded|stewards <any>? guild|guilds"),
    );
    expect(parsed).toEqual({
      path: "pack/ladder.yaml",
      extends: "leadership",
      data: { extends: "leadership", phrases: ["stewarded|stewards <any>? guild|guilds"] },
    });
  });
});

describe("vocabularyFromFiles", () => {
  it("needs every part, once", () => {
    const adoption = file("v/adoption.yaml", "defines: adoption", "description: x", "phrases: []");
    expect(() => vocabularyFromFiles([adoption, { ...adoption, path: "v/again.yaml" }])).toThrow(
      "v/again.yaml: defines adoption, which v/adoption.yaml defines already; keep one of them.",
    );
    try {
      vocabularyFromFiles([adoption]);
      expect.unreachable();
    } catch (error) {
      expect((error as VocabularyError).problems).toHaveLength(VOCABULARY_PARTS.length - 1);
      expect((error as VocabularyError).problems).toContain(
        'the vocabulary has no file that defines leadership; add leadership.yaml with "defines: leadership".',
      );
    }
  });
});

describe("compileVocabulary", () => {
  it("adds an extension's words to the part it extends, leaving the base as it was", () => {
    const claim = "Stewarded the platform guild through two migrations.";
    expect(analyseClaim(claim, vocabulary).leadership).toEqual([]);
    const extended = compileVocabulary(vocabularyData, {
      extends: "leadership",
      phrases: ["stewarded|stewards"],
    });
    expect(analyseClaim(claim, extended).leadership.map((match) => match.text)).toEqual(["Stewarded"]);
    expect(extended.data.leadership.phrases).toHaveLength(vocabularyData.leadership.phrases.length + 1);
    expect(vocabularyData.leadership.phrases).not.toContain("stewarded|stewards");
    expect(analyseClaim(claim, vocabulary).leadership).toEqual([]);
  });

  it("merges groups and maps key by key", () => {
    const data = extendVocabularyData(vocabularyData, [
      { extends: "scope", levels: { company: ["group-wide|estate-wide"] } },
      { extends: "irregular-verbs", verbs: { forsook: "forsake" } },
    ]);
    expect(data.scope.levels.company.at(-1)).toBe("group-wide|estate-wide");
    expect(data.scope.levels.team).toEqual(vocabularyData.scope.levels.team);
    expect(data["irregular-verbs"].verbs.forsook).toBe("forsake");
    expect(data["irregular-verbs"].verbs.led).toBe("lead");
  });

  it("refuses an extension of a list the part does not have, or of no part", () => {
    expect(() =>
      compileVocabulary(vocabularyData, { extends: "leadership", phrase: ["x"] } as unknown as Parameters<
        typeof compileVocabulary
      >[1]),
    ).toThrow(/an extension of leadership adds to "phrase", which leadership does not have; it has phrases, /);
    expect(() =>
      compileVocabulary(vocabularyData, { extends: "leader" } as unknown as Parameters<typeof compileVocabulary>[1]),
    ).toThrow(/"extends: leader" names no part of the vocabulary/);
  });

  it("checks the shape of data that did not come through the loader", () => {
    const broken = { ...vocabularyData, leadership: { ...vocabularyData.leadership, phrases: "led" } };
    expect(() => compileVocabulary(broken as unknown as typeof vocabularyData)).toThrow(
      "vocabulary: leadership.phrases must be a list of texts; check the vocabulary data (rules/vocabulary/).",
    );
    const { tenure: _, ...missing } = vocabularyData;
    expect(() => compileVocabulary(missing as unknown as typeof vocabularyData)).toThrow(
      'vocabulary: the part "tenure" is missing',
    );
  });
});
