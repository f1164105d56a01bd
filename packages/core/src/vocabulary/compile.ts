import { compileLexicon, type Lexicon } from "../analyse/lexicon.js";
import { compileReadingWords, type ReadingWords } from "../read/reading-words.js";
import { VOCABULARY_PARTS, VocabularyError } from "./parts.js";
import type { VocabularyData, VocabularyExtension } from "./types.js";

/**
 * A compiled vocabulary: what every reader, the claim analysis and the level model take. The core
 * knows no word of its own; each run is given one of these (the built-in one is `vocabulary` from
 * `@reslint/rules`). Compile it once and reuse it: caches are kept per vocabulary object.
 */
export interface Vocabulary {
  /** The data it was compiled from, extensions merged in. */
  readonly data: VocabularyData;
  /** The claim analysis', the level model's and the posting reader's word lists. */
  readonly lexicon: Lexicon;
  /** The readers' words: section headings, role header lines, sentences and lines. */
  readonly reading: ReadingWords;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `base` with `addition`'s lists added: lists appended, groups and maps merged key by key. */
function merged(base: unknown, addition: unknown, path: string): unknown {
  if (Array.isArray(base)) {
    if (!Array.isArray(addition))
      throw new VocabularyError(`vocabulary: ${path} adds to a list, so it must be a list.`);
    return [...base, ...addition.filter((entry) => !base.includes(entry))];
  }
  if (isObject(base)) {
    if (!isObject(addition))
      throw new VocabularyError(`vocabulary: ${path} adds to a group of lists, so it must be one too.`);
    const result: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(addition)) {
      result[key] = key in base ? merged(base[key], value, `${path}.${key}`) : value;
    }
    return result;
  }
  return addition;
}

/** `data` with each extension's words added to the part it extends. */
export function extendVocabularyData(data: VocabularyData, extensions: readonly VocabularyExtension[]): VocabularyData {
  let result = data as unknown as Record<string, unknown>;
  for (const extension of extensions) {
    const { extends: part, ...additions } = extension as { extends: string } & Record<string, unknown>;
    if (!(VOCABULARY_PARTS as readonly string[]).includes(part))
      throw new VocabularyError(
        `vocabulary: "extends: ${part}" names no part of the vocabulary; use one of ${VOCABULARY_PARTS.join(", ")}.`,
      );
    const current = result[part];
    for (const key of Object.keys(additions)) {
      if (!isObject(current) || !(key in current) || key === "description")
        throw new VocabularyError(
          `vocabulary: an extension of ${part} adds to "${key}", which ${part} does not have; it has ${Object.keys(
            isObject(current) ? current : {},
          )
            .filter((name) => name !== "description")
            .join(", ")}.`,
        );
    }
    result = { ...result, [part]: merged(current, additions, part) };
  }
  return result as unknown as VocabularyData;
}

/**
 * Compiles vocabulary data (the built-in `rules/dist/vocabulary.json`, say) into a `Vocabulary`,
 * after adding each extension's words to the part it extends. Checks the data's shape as it goes;
 * a missing part or list, or a list of the wrong kind, throws a `VocabularyError` naming it.
 */
export function compileVocabulary(data: VocabularyData, ...extensions: readonly VocabularyExtension[]): Vocabulary {
  if (!isObject(data)) throw new VocabularyError("vocabulary: the data must be an object with one entry per part.");
  const unknown = Object.keys(data).filter((key) => !(VOCABULARY_PARTS as readonly string[]).includes(key));
  if (unknown.length > 0)
    throw new VocabularyError(
      `vocabulary: ${unknown.map((key) => `"${key}"`).join(", ")} ${unknown.length === 1 ? "is no part" : "are no parts"} of a vocabulary; the parts are ${VOCABULARY_PARTS.join(", ")}.`,
    );
  const full = extensions.length > 0 ? extendVocabularyData(data, extensions) : data;
  return Object.freeze({ data: full, lexicon: compileLexicon(full), reading: compileReadingWords(full) });
}
