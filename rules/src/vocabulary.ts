import { compileVocabulary, type Vocabulary, type VocabularyData } from "@reslint/core";
// Generated from rules/vocabulary/*.yaml by scripts/build-vocabulary.mjs (pnpm build), already checked there.
import data from "./vocabulary.json" with { type: "json" };

/** The built-in vocabulary, compiled: what every lint, read and analysis with the built-in rules takes. */
export const vocabulary: Vocabulary = compileVocabulary(data as unknown as VocabularyData);

/** The built-in vocabulary as data, for packs that extend it (`compileVocabulary(vocabularyData, ...extensions)`). */
export const vocabularyData: VocabularyData = data as unknown as VocabularyData;
