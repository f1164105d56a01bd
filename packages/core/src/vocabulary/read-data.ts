import { VocabularyError } from "./parts.js";
import type { VocabularyData, VocabularyPart } from "./types.js";

/**
 * Reads vocabulary data while it is compiled, checking the shape of each value it takes: data
 * that did not come through the loader's schema (a JSON file, an object built in code) still fails
 * with a message that names the part and the list, rather than with a TypeError deep in a reader.
 */
export interface DataReader {
  /** A list of texts. */
  strings(key: string): string[];
  /** A list of anything, for lists of groups. */
  list(key: string): unknown[];
  /** Entry `index` of list `key`, read as a group. */
  item(key: string, index: number, entry: unknown): DataReader;
  /** A group of lists ("buildSense", "levels"). */
  group(key: string): DataReader;
  /** A map of words to values ("verbs", "dimensions"). */
  map(key: string): Readonly<Record<string, unknown>>;
  string(key: string): string;
  value(key: string): unknown;
  error(key: string, problem: string): VocabularyError;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function reader(value: Record<string, unknown>, path: string): DataReader {
  const error = (key: string, problem: string) =>
    new VocabularyError(`vocabulary: ${path}.${key} ${problem}; check the vocabulary data (rules/vocabulary/).`);
  const self: DataReader = {
    error,
    value: (key) => value[key],
    strings(key) {
      const list = value[key];
      if (!Array.isArray(list) || !list.every((entry) => typeof entry === "string"))
        throw error(key, list === undefined ? "is missing" : "must be a list of texts");
      return list;
    },
    list(key) {
      const list = value[key];
      if (!Array.isArray(list)) throw error(key, list === undefined ? "is missing" : "must be a list");
      return list;
    },
    item(key, index, entry) {
      if (!isObject(entry)) throw error(`${key}[${index}]`, "must be a group of lists");
      return reader(entry, `${path}.${key}[${index}]`);
    },
    group(key) {
      const group = value[key];
      if (!isObject(group)) throw error(key, group === undefined ? "is missing" : "must be a group of lists");
      return reader(group, `${path}.${key}`);
    },
    map(key) {
      const map = value[key];
      if (!isObject(map)) throw error(key, map === undefined ? "is missing" : "must be a map of words to values");
      return map;
    },
    string(key) {
      const text = value[key];
      if (typeof text !== "string") throw error(key, text === undefined ? "is missing" : "must be a text");
      return text;
    },
  };
  return self;
}

/** A reader for each part of `data`; a missing part is an error that names it. */
export function readData(data: VocabularyData): { part(name: VocabularyPart): DataReader } {
  return {
    part(name) {
      const part = (data as unknown as Record<string, unknown>)[name];
      if (!isObject(part))
        throw new VocabularyError(
          `vocabulary: the part "${name}" is ${part === undefined ? "missing" : "not a group of lists"}; every vocabulary needs rules/vocabulary/${name}.yaml or its equivalent.`,
        );
      return reader(part, name);
    },
  };
}
