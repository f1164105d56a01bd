import type { VocabularyFile, VocabularySource } from "./load.js";
import type { VocabularyData, VocabularyExtension } from "./types.js";

/*
 * Reading vocabulary files loads yaml and zod, which linting never needs: these load the loader on
 * first use, so importing @reslint/core stays cheap.
 */

export type { VocabularyFile, VocabularySource };

/** Parses and checks one vocabulary file (see `load.ts`); throws a `VocabularyError` naming the file, line, entry and fix. */
export async function parseVocabularyFile(source: VocabularySource): Promise<VocabularyFile> {
  return (await import("./load.js")).parseVocabularyFile(source);
}

/** A whole vocabulary from its files' texts: every part defined once, plus the files that extend one. */
export async function readVocabularyFiles(
  sources: readonly VocabularySource[],
): Promise<{ data: VocabularyData; extensions: VocabularyExtension[] }> {
  return (await import("./load.js")).vocabularyFromFiles(sources);
}

/** A whole vocabulary from a folder of `.yaml` files, such as `rules/vocabulary/`. */
export async function readVocabularyFolder(
  folder: string,
  shownAs?: (path: string) => string,
): Promise<{ data: VocabularyData; extensions: VocabularyExtension[] }> {
  return (await import("./load.js")).readVocabularyFolder(folder, shownAs);
}
