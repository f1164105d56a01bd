import { compileVocabulary, type Vocabulary } from "../vocabulary/compile.js";
import type { LoadedPack } from "./types.js";

const compiled = new WeakMap<Vocabulary, Map<string, { versions: string; vocabulary: Vocabulary }>>();

/**
 * The vocabulary extended by the packs' words, compiled once for each set of packs and again only
 * when one of them is read anew; the same object otherwise, so caches kept per vocabulary hold.
 * `base` itself when no pack adds words.
 */
export function vocabularyWithPacks(base: Vocabulary, packs: readonly LoadedPack[]): Vocabulary {
  const extending = packs.filter((pack) => pack.extensions.length > 0);
  if (extending.length === 0) return base;
  const folders = extending.map((pack) => pack.folder).join("\n");
  const versions = extending.map((pack) => pack.version).join(",");
  let byFolders = compiled.get(base);
  if (!byFolders) {
    byFolders = new Map();
    compiled.set(base, byFolders);
  }
  const known = byFolders.get(folders);
  if (known?.versions === versions) return known.vocabulary;
  const vocabulary = compileVocabulary(base.data, ...extending.flatMap((pack) => pack.extensions));
  byFolders.set(folders, { versions, vocabulary });
  return vocabulary;
}
