import { z } from "zod";
import { phraseProblem, wordProblem } from "../analyse/phrases.js";
import { WORKSHEET_DIMENSIONS } from "../model/level.js";
import { TARGET_LEVELS } from "../model/target-levels.js";

/**
 * The schema of each vocabulary file, one per part (a signal's word lists, or a reader's). A file
 * holds `defines: <part>` (or `extends: <part>` to add to one), a `description`, and the part's
 * lists. Only the loader (`load.ts`) imports this module, so linting never loads zod.
 */

/** Attaches a problem found by `check` to the entry, in the words the loader shows. */
const checked = (kind: string, check: (value: string) => string | null) =>
  z.string({ error: `must be ${kind}` }).superRefine((value, context) => {
    const problem = check(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

/** A phrase of the phrase language (`analyse/phrases.ts`). */
const phrase = checked("a phrase (text)", phraseProblem);
/** One word as reslint reads text, in lower case: compared with a claim's words or their dictionary forms. */
const word = checked("a word (text)", wordProblem);
/** Text the readers match in any case, in a header line or a heading ("vice president", "inc."). */
const text = checked("a text", (value) =>
  value.trim() === ""
    ? "is empty; write the text or remove the entry."
    : value !== value.trim()
      ? "has spaces at an end; remove them."
      : null,
);
/** An ending of a word, in lower-case letters ("ed", "ly"). */
const ending = checked("an ending (text)", (value) =>
  /^\p{Ll}+$/u.test(value) ? null : "must be lower-case letters only, as in 'ed'.",
);
const pattern = checked("a regular expression (text)", (value) => {
  try {
    new RegExp(value, "u");
    return null;
  } catch (error) {
    return `does not compile as a regular expression (${(error as Error).message}); fix it.`;
  }
});

const list = <T extends z.ZodType>(entry: T, kind: string) => z.array(entry, { error: `must be ${kind}` });
const phrases = list(phrase, "a phrase list");
const words = list(word, "a word list");
const texts = list(text, "a list of texts");
const endings = list(ending, "a list of endings");

const part = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({ description: z.string({ error: "must be a text that says what the file is for" }), ...shape });

const phrasesOnly = part({ phrases });

export const partSchemas = {
  syntax: part({
    leadingFiller: words,
    articles: words,
    linkingVerbs: words,
    objectMarkers: words,
    titleFollowers: words,
    infinitiveMarkers: words,
    verbJoiners: words,
    copulas: words,
  }),
  "word-forms": part({
    adverbEndings: endings,
    pastTenseEndings: endings,
    verbFormEndings: endings,
    replacedEndings: list(z.strictObject({ ending, by: ending }), "a list of 'ending' and 'by' pairs"),
    strippedEndings: endings,
    silentE: z.strictObject({ letter: ending, after: pattern }),
  }),
  "irregular-verbs": part({
    verbs: z.record(word, word, { error: "must be a list of 'past: dictionary form' lines" }),
  }),
  numbers: part({
    words: z.record(word, z.number({ error: "must be a number" }).positive(), {
      error: "must be a list of 'word: number' lines",
    }),
  }),
  ownership: part({
    owner: words,
    builder: words,
    contributor: words,
    handsOn: words,
    handsOnNotBefore: words,
    nounPhraseOpeners: words,
  }),
  "weak-ownership": part({
    phrases,
    notBefore: phrases,
    collaboration: phrases,
    clauseSubjects: words,
    leadIns: phrases,
    lightVerbs: words,
    placeOpeners: words,
  }),
  leadership: part({
    phrases,
    purposeOnly: words,
    clauseOnly: words,
    notBefore: phrases,
    consequences: phrases,
    passiveMarkers: words,
    passiveExceptions: phrases,
    titles: phrases,
  }),
  mechanisms: part({
    phrases,
    notAfter: words,
    notBefore: phrases,
    passiveAfter: words,
    writerObjects: words,
    determiners: words,
  }),
  artifacts: part({ phrases, notAfter: words }),
  adoption: phrasesOnly,
  coordination: phrasesOnly,
  decisions: phrasesOnly,
  "people-management": phrasesOnly,
  "production-ownership": phrasesOnly,
  "system-ownership": phrasesOnly,
  "team-lead": part({ phrases, leadsTeam: phrases }),
  results: part({ phrases, units: words }),
  outcomes: part({
    phrases,
    clauseOpeners: words,
    intentOnly: words,
    helpVerbs: words,
    notAfterWithoutVerb: words,
    adjectiveBefore: words,
    subjects: phrases,
    namedResults: phrases,
    buildSense: z.strictObject({
      verbs: words,
      artefacts: words,
      qualities: words,
      objectEnds: words,
      additionMarkers: words,
      pairedWith: words,
      pairJoiners: words,
    }),
  }),
  scope: part({
    levels: z.strictObject({
      team: phrases,
      "multi-team": phrases,
      organisation: phrases,
      company: phrases,
      industry: phrases,
    }),
    reach: z.strictObject({ organisation: phrases, company: phrases, industry: phrases }),
    reachNotAfter: words,
    teamCount: phrases,
    serviceCount: phrases,
    engineerCount: phrases,
    notScope: phrases,
  }),
  strategy: part({
    broad: phrases,
    scoped: phrases,
    planningMismatch: list(
      z.strictObject({ claims: phrases, planning: phrases }),
      "a list of 'claims' and 'planning' pairs",
    ),
    contextBefore: phrases,
    contextBreaks: words,
  }),
  complexity: part({
    buzzwords: phrases,
    descriptive: phrases,
    objectBreaks: words,
    notLabels: phrases,
    topicBefore: phrases,
    constraints: phrases,
  }),
  tenure: part({
    phrases,
    notAfter: words,
    durations: phrases,
    durationsNotAfter: words,
    selfLabels: phrases,
    careerStories: phrases,
    careerSpanOpeners: phrases,
    careerSubjects: words,
    careerVerbsAfterName: words,
    careerNarrativeVerbs: words,
    removableAfter: words,
  }),
  "title-levels": part({
    notLevels: phrases,
    levels: z.strictObject({ manager: phrases, staff: phrases, "tech-lead": phrases, senior: phrases }),
  }),
  "posting-clues": part({
    negations: words,
    participation: words,
    groups: list(
      z.strictObject({
        shape: z.enum(TARGET_LEVELS, { error: `must be one of ${TARGET_LEVELS.join(", ")}, or null` }).nullable(),
        afterParticipation: z.boolean({ error: "must be true or false" }).optional(),
        dimensions: z.partialRecord(
          z.enum(WORKSHEET_DIMENSIONS, { error: `must be one of ${WORKSHEET_DIMENSIONS.join(", ")}` }),
          z.number({ error: "must be a number from 0 to 4" }).int().min(0).max(4),
        ),
        phrases,
      }),
      "a list of clue groups",
    ),
  }),
  sections: part({
    ampersand: text,
    kinds: z.strictObject(
      Object.fromEntries(
        (["summary", "experience", "education", "skills", "projects"] as const).map((kind) => [
          kind,
          z.strictObject({ names: texts, keywords: texts }),
        ]),
      ) as Record<
        "summary" | "experience" | "education" | "skills" | "projects",
        z.ZodObject<{ names: typeof texts; keywords: typeof texts }, z.core.$strict>
      >,
    ),
  }),
  roles: part({
    titleWords: texts,
    employmentTypes: texts,
    selfEmployed: texts,
    atWords: texts,
    months: texts,
    seasons: texts,
    presentWords: texts,
    rangeWords: texts,
    listWords: texts,
    sinceWords: texts,
    beforeDates: texts,
    nameJoiners: texts,
    placeJoiners: texts,
  }),
  places: part({
    workModes: texts,
    regionCodes: texts,
    regions: texts,
    countries: texts,
    cities: texts,
    organisationSuffixes: texts,
  }),
  reading: part({
    sentenceLocale: checked("a language tag (text)", (value) => {
      try {
        return Intl.Segmenter.supportedLocalesOf([value]).length > 0
          ? null
          : "is a language this Node cannot split sentences for; use a tag such as 'en'.";
      } catch {
        return "is no language tag; use one such as 'en' or 'de'.";
      }
    }),
    abbreviations: texts,
    compoundTails: words,
    pageWords: texts,
    pageOfWords: texts,
    plainTextFences: texts,
  }),
};

/** The whole vocabulary, one part per file, as `rules/dist/vocabulary.json` holds it. */
export const vocabularyDataSchema = z.strictObject(partSchemas);
