import type { VocabularyPart } from "./types.js";

/** Every part a vocabulary must define, in the order the files are documented. */
export const VOCABULARY_PARTS = [
  "syntax",
  "word-forms",
  "irregular-verbs",
  "numbers",
  "ownership",
  "weak-ownership",
  "leadership",
  "mechanisms",
  "artifacts",
  "adoption",
  "results",
  "outcomes",
  "production-ownership",
  "system-ownership",
  "decisions",
  "team-lead",
  "coordination",
  "people-management",
  "scope",
  "strategy",
  "complexity",
  "tenure",
  "title-levels",
  "posting-clues",
  "sections",
  "roles",
  "places",
  "reading",
] as const satisfies readonly VocabularyPart[];

// Every part is listed: a part missing from VOCABULARY_PARTS fails to type-check here.
type Unlisted = Exclude<VocabularyPart, (typeof VOCABULARY_PARTS)[number]>;
const allListed: [Unlisted] extends [never] ? true : Unlisted = true;
void allListed;

/** Thrown when vocabulary data does not have the shape of one; the message names the part, the list and the fix. */
export class VocabularyError extends Error {
  constructor(
    message: string,
    /** Each problem on its own, when a file had several. */
    readonly problems: readonly string[] = [message],
  ) {
    super(message);
    this.name = "VocabularyError";
  }
}
