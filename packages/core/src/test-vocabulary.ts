/**
 * The built-in vocabulary for core's own tests, read from rules/vocabulary/*.yaml by the same
 * loader and compiler the build of @reslint/rules uses, so the tests need no build and no copy of
 * the words. Core itself knows none: everything that reads words takes a vocabulary.
 */
import { fileURLToPath } from "node:url";
import { compileVocabulary, type Vocabulary } from "./vocabulary/compile.js";
import { readVocabularyFolder } from "./vocabulary/load.js";

const folder = fileURLToPath(new URL("../../../rules/vocabulary", import.meta.url));

/** The built-in vocabulary's data. */
export const { data: vocabularyData } = await readVocabularyFolder(folder);

/** The built-in vocabulary, compiled. */
export const vocabulary: Vocabulary = compileVocabulary(vocabularyData);
