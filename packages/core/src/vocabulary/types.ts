import type { z } from "zod";
import type { vocabularyDataSchema } from "./schema.js";

/**
 * The vocabulary as data: one part per file of `rules/vocabulary/`, each with its description and
 * word lists. `rules/dist/vocabulary.json` holds the built-in one; `compileVocabulary` turns it into
 * the `Vocabulary` that readers, the claim analysis and the level model take.
 */
export type VocabularyData = z.output<typeof vocabularyDataSchema>;

/** The name of one part of the vocabulary: a signal's word lists ("leadership") or a reader's ("roles"). */
export type VocabularyPart = keyof VocabularyData;

type Additions<T> = T extends readonly (infer E)[]
  ? readonly E[]
  : T extends object
    ? { readonly [K in keyof T]?: Additions<T[K]> }
    : T;

/**
 * Words a pack adds to one part (`extends: leadership`): any of the part's lists, each added to
 * the built-in one; a map (irregular verbs, number words) adds or replaces entries.
 */
export type VocabularyExtension = {
  [P in VocabularyPart]: { readonly extends: P } & Additions<Omit<VocabularyData[P], "description">>;
}[VocabularyPart];
