import type { VocabularyExtension } from "../vocabulary/types.js";
import type { DeclarativeRule } from "./declarative.js";

/** A rule pack, read and checked: the words it adds to the vocabulary and the rules it declares. */
export interface LoadedPack {
  /** The prefix of its rule ids ("acme"): `name` in its pack.yaml, else its folder's name. */
  name: string;
  description?: string;
  /** Its folder, absolute. */
  folder: string;
  /** As the config file names it: a path relative to the config file, or a package name. */
  spec: string;
  /** Every file it was read from (its YAML files and rule pages), absolute. */
  files: readonly string[];
  /** Its `extends:` files, in name order. */
  extensions: readonly VocabularyExtension[];
  /** Its declarative rules, in file and then entry order. */
  rules: readonly DeclarativeRule[];
  /** A number that changes each time the pack is read again from disk. */
  readonly version: number;
}
