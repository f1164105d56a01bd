import { describe, expect, it } from "vitest";
import { NO_NUMBER_WORDS, numberValue, Phrase, PhraseList, phraseProblem, tokenize, wordProblem } from "./phrases.js";

/** Number words as a vocabulary gives them; the phrase language itself knows none. */
const numberWords = new Map([
  ["three", 3],
  ["fourteen", 14],
  ["dozen", 12],
  ["hundreds", 200],
]);

const words = (text: string) => tokenize(text).map((token) => token.raw);

/** The matched words of every non-overlapping match, as the text wrote them. */
function found(list: PhraseList, text: string): string[] {
  const tokens = tokenize(text);
  return list.findAll(tokens).map((match) => {
    const first = tokens[match.first];
    const last = tokens[match.last - 1];
    return first && last ? text.slice(first.start, last.end) : "";
  });
}

/** Tokens a single phrase matches at the start of `text`, or -1. */
const lengthAt = (source: string, text: string, at = 0) => new Phrase(source, numberWords).matchAt(tokenize(text), at);

describe("tokenize", () => {
  it("keeps hyphenated words, measures, money and language names whole", () => {
    expect(words("Joined the on-call rotation; p95 under 99.9% SLO, saved $2M in C++ and C#.")).toEqual([
      "Joined",
      "the",
      "on-call",
      "rotation",
      "p95",
      "under",
      "99.9%",
      "SLO",
      "saved",
      "$2M",
      "in",
      "C++",
      "and",
      "C#",
    ]);
  });

  it("keeps numbers with separators and suffixes, and slash compounds, as one token", () => {
    expect(words("Cut latency 2.5k→1,500 req/s (3x) for CI/CD, 24/7, at 10+ teams")).toEqual([
      "Cut",
      "latency",
      "2.5k",
      "1,500",
      "req/s",
      "3x",
      "for",
      "CI/CD",
      "24/7",
      "at",
      "10+",
      "teams",
    ]);
  });

  it("drops sentence punctuation but keeps inner dots, ampersands and apostrophes", () => {
    expect(words("Led R&D, e.g. node.js work; the team’s don't-stop rollout.")).toEqual([
      "Led",
      "R&D",
      "e.g",
      "node.js",
      "work",
      "the",
      "team’s",
      "don't-stop",
      "rollout",
    ]);
  });

  it("lower-cases and normalises curly apostrophes, keeping source offsets of the raw word", () => {
    const text = "Owned the Team’s API.";
    expect(tokenize(text)).toEqual([
      { raw: "Owned", norm: "owned", start: 0, end: 5 },
      { raw: "the", norm: "the", start: 6, end: 9 },
      { raw: "Team’s", norm: "team's", start: 10, end: 16 },
      { raw: "API", norm: "api", start: 17, end: 20 },
    ]);
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.raw);
  });

  it("gives nothing for text without words", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize(" — · () ... ")).toEqual([]);
  });
});

describe("numberValue", () => {
  it.each([
    ["14", 14],
    ["1,500", 1500],
    ["2.5", 2.5],
    ["2.5k", 2500],
    ["3m", 3_000_000],
    ["1b", 1_000_000_000],
    ["10+", 10],
    ["fourteen", 14],
    ["three", 3],
    ["dozen", 12],
    ["hundreds", 200],
  ])("%s is %d", (norm, value) => {
    expect(numberValue(norm, numberWords)).toBe(value);
  });

  it.each(["a", "teams", "12%", "$5", "3x", "1.2.3", "p95", "", "k"])("%j is not a number", (norm) => {
    expect(numberValue(norm, numberWords)).toBeNull();
  });

  it("knows no number words of its own: they come from the vocabulary", () => {
    expect(numberValue("fourteen")).toBeNull();
    expect(numberValue("fourteen", NO_NUMBER_WORDS)).toBeNull();
    expect(numberValue("14")).toBe(14);
    expect(new Phrase("<num> teams").matchAt(tokenize("three teams"), 0)).toBe(-1);
  });
});

describe("Phrase", () => {
  it("matches plain words case-insensitively and returns the number of tokens matched", () => {
    expect(lengthAt("design doc", "Design Doc for the queue")).toBe(2);
    expect(lengthAt("design doc", "Design review")).toBe(-1);
    expect(lengthAt("design doc", "Wrote the design doc", 2)).toBe(2);
  });

  it("a|b is a choice at one position", () => {
    expect(lengthAt("led|drove|spearheaded the migration", "Drove the migration to Aurora")).toBe(3);
    expect(lengthAt("led|drove|spearheaded the migration", "Spearheaded the migration")).toBe(3);
    expect(lengthAt("led|drove|spearheaded the migration", "Planned the migration")).toBe(-1);
  });

  it("word* matches any word that starts with the prefix", () => {
    expect(lengthAt("migrat* <any>", "Migrated billing")).toBe(2);
    expect(lengthAt("migrat* <any>", "migration plan")).toBe(2);
    expect(lengthAt("migrat* <any>", "Migrant workers")).toBe(-1);
  });

  it("<num> matches digits, separators, suffixes and number words, but not 'a'", () => {
    const phrase = "adopted by <num> teams";
    expect(lengthAt(phrase, "adopted by 14 teams")).toBe(4);
    expect(lengthAt(phrase, "adopted by 1,500 teams")).toBe(4);
    expect(lengthAt(phrase, "adopted by 2.5k teams")).toBe(4);
    expect(lengthAt(phrase, "adopted by fourteen teams")).toBe(4);
    expect(lengthAt(phrase, "adopted by a teams")).toBe(-1);
    expect(lengthAt(phrase, "adopted by many teams")).toBe(-1);
  });

  it("<any> matches exactly one word of any kind", () => {
    expect(lengthAt("<num> <any> teams", "3 product teams")).toBe(3);
    expect(lengthAt("<num> <any> teams", "3 teams")).toBe(-1);
  });

  it("a trailing ? makes a token optional, tried greedily", () => {
    const phrase = "took the? lead";
    expect(lengthAt(phrase, "Took the lead on billing")).toBe(3);
    expect(lengthAt(phrase, "Took lead on billing")).toBe(2);
    expect(lengthAt(phrase, "Took a lead on billing")).toBe(-1);
    // Two optional words, each present or not.
    expect(lengthAt("<num> <any>? <any>? teams", "4 teams")).toBe(2);
    expect(lengthAt("<num> <any>? <any>? teams", "4 product teams")).toBe(3);
    expect(lengthAt("<num> <any>? <any>? teams", "4 core product teams")).toBe(4);
    expect(lengthAt("<num> <any>? <any>? teams", "4 of our core product teams")).toBe(-1);
  });

  it("an optional token that cannot be matched greedily falls back to skipping it", () => {
    // <any>? first swallows "teams", then "teams" has nothing left to match; skipping <any> succeeds.
    expect(lengthAt("<num> <any>? teams", "4 teams")).toBe(2);
  });

  it("/regex/ tests the lower-cased word, and a ? inside it is part of the regex", () => {
    expect(lengthAt("/^p\\d{2,3}$/ latency", "P95 latency")).toBe(2);
    expect(lengthAt("/^p\\d{2,3}$/ latency", "P9 latency")).toBe(-1);
    expect(lengthAt("/^\\d+(?:\\.\\d+)?%$/", "99.9% uptime")).toBe(1);
    expect(lengthAt("/^\\d+(?:\\.\\d+)?%$/", "99.9 uptime")).toBe(-1);
    expect(lengthAt("/^colou?r$/", "Color")).toBe(1);
  });
});

describe("PhraseList", () => {
  it("prefers the longest phrase at a position, whatever the list order", () => {
    const list = new PhraseList(["design", "design doc review", "design doc"]);
    const tokens = tokenize("Ran the design doc review for storage");
    const match = list.matchAt(tokens, 2);
    expect(match?.first).toBe(2);
    expect(match?.last).toBe(5);
    expect(match?.phrase.source).toBe("design doc review");
    expect(found(list, "Wrote a design doc and a design")).toEqual(["design doc", "design"]);
  });

  it("matchAt is null where no phrase starts, and past the end", () => {
    const list = new PhraseList(["on-call"]);
    const tokens = tokenize("Joined on-call");
    expect(list.matchAt(tokens, 0)).toBeNull();
    expect(list.matchAt(tokens, 1)).toEqual({ phrase: expect.any(Phrase), first: 1, last: 2 });
    expect(list.matchAt(tokens, 2)).toBeNull();
  });

  it("findAll returns non-overlapping matches left to right", () => {
    const list = new PhraseList(["a b", "b c", "c d"]);
    expect(found(list, "a b c d")).toEqual(["a b", "c d"]);
    expect(found(list, "b c d")).toEqual(["b c"]);
  });

  it("phrases starting with a pattern are found as well as those starting with a word", () => {
    const list = new PhraseList([
      "<num> <any>? teams",
      "/^\\d+(?:\\.\\d+)?%$/",
      "the? on-call rotation",
      "migrat*",
      "cross-team|cross-functional",
    ]);
    expect(found(list, "Migrated 3 product teams to the on-call rotation, cutting pages 40%, cross-team.")).toEqual([
      "Migrated",
      "3 product teams",
      "the on-call rotation",
      "40%",
      "cross-team",
    ]);
  });

  it("a phrase that can match nothing but optional tokens finds nothing", () => {
    const list = new PhraseList(["the?"]);
    expect(found(list, "Owned the service")).toEqual(["the"]);
    expect(found(list, "Owned a service")).toEqual([]);
  });

  it("an empty list and an empty text find nothing", () => {
    expect(found(new PhraseList([]), "Owned the service")).toEqual([]);
    expect(found(new PhraseList(["owned"]), "")).toEqual([]);
  });
});

describe("phraseProblem and wordProblem", () => {
  it("accept what the phrase language can match", () => {
    for (const phrase of [
      "led|lead <any>? team|teams",
      "<num> years|yrs",
      "migrat* the? <any>",
      "/^\\d+-(?:person|engineer)$/ team",
      "team's|squad's",
    ])
      expect(phraseProblem(phrase), phrase).toBeNull();
    for (const word of ["i'm", "on-call", "c++", "24/7"]) expect(wordProblem(word), word).toBeNull();
  });

  it.each([
    ["led|lead <", "has an unclosed '<' in \"<\"; close it as <any> or <num>, or remove it."],
    ["led <anything>", 'has "<anything>", which is no placeholder; use <any> for any one word or <num> for a number.'],
    ["led||drove", "has an empty choice in \"led||drove\" (two '|' together, or one at an end); remove the extra '|'."],
    [
      "/^foo team",
      "has an unclosed '/' in /^foo; end the regular expression with '/' (no '?' after it), or remove the '/'.",
    ],
    ["/(/", "has a regular expression that does not compile"],
    [
      "Led the team",
      'has "Led", which has capital letters, which never match (text is compared in lower case); write "led".',
    ],
    [
      "sr. engineer",
      'has "sr.", which is not one word as reslint reads text (it reads "sr"), so it never matches; write "sr".',
    ],
    ["the? a?", "has only optional tokens, so it never matches; make one of them required."],
    ["* team", "has a lone '*' in \"*\", which matches every word; write <any> for that."],
    ["", "is empty; write a phrase or remove the entry."],
  ])("%j: %s", (phrase, problem) => {
    expect(phraseProblem(phrase)).toContain(problem);
  });

  it("a word list entry is one lower-case word as reslint reads text", () => {
    expect(wordProblem("built up")).toContain("holds a space");
    expect(wordProblem("&")).toContain("no word as reslint reads text");
    expect(wordProblem("Team")).toContain('write "team"');
    expect(wordProblem("team’s")).toContain("curly apostrophe");
  });
});
