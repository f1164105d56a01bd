import { isAbsolute, resolve } from "node:path";
import type { Rule, RuleOptions } from "../check/rule.js";
import type { PostingRequirements } from "../level/posting.js";
import { DEFAULT_TARGET_LEVEL, type TargetLevel } from "../model/target-levels.js";
import type { LoadedPack } from "../packs/types.js";
import { vocabularyWithPacks } from "../packs/vocabulary.js";
import type { Vocabulary } from "../vocabulary/compile.js";
import type { AcceptEntry } from "./config-file.js";
import { configurableRules } from "./known-rules.js";
import type { ConfigLayer } from "./layers.js";
import { DEFAULT_LIMITS, LIMIT_KEYS, type LimitKey, type ReaderLimits } from "./limits.js";
import { matchesGlobs } from "./match.js";
import { type ConfigSeverity, configSeverityOf } from "./severity.js";
import type { ConfigSource, Sourced } from "./sources.js";

/** One rule as configured for a file. */
export interface ResolvedRule {
  id: string;
  /** The rule; null for the reading warning, which is not a rule but is set like one. */
  rule: Rule | null;
  severity: ConfigSeverity;
  options: RuleOptions;
  source: ConfigSource;
}

/** A job posting in force: its path, and what it asks for. */
export interface ResolvedPosting extends Sourced<string> {
  requirements: PostingRequirements;
}

/**
 * Everything that decides how one file is linted, each value with where it came from: the
 * defaults, a config file and its matching overrides, then the command line or the editor.
 */
export interface ResolvedConfig {
  /** The file this was resolved for, absolute. */
  filePath: string;
  /** The config file in force, absolute; null when none was found or `--no-config` was given. */
  configFile: string | null;
  level: Sourced<TargetLevel>;
  posting: ResolvedPosting | null;
  /** Every rule reslint knows, in the order given, and the reading warning last. */
  rules: ReadonlyMap<string, ResolvedRule>;
  ignorePatterns: Sourced<readonly string[]>;
  /** Whether `ignorePatterns` take in this file, so it is not linted. */
  ignored: boolean;
  /** Accepted findings of every layer that applies to this file, each with where it came from. */
  accept: readonly (AcceptEntry & { source: ConfigSource })[];
  limits: { readonly [K in LimitKey]: Sourced<ReaderLimits[K]> };
  /** The rule packs in force, each with where it was named: their rules are in `rules`, their words in `vocabulary`. */
  packs: readonly (LoadedPack & { source: ConfigSource })[];
  /** The words resumes are read and analysed with: the built-in vocabulary, extended by the packs' words. */
  vocabulary: Vocabulary;
}

/**
 * Reads a job posting for the resolver: its requirements, or null to go on without it (an editor
 * that has warned about it already). A loader may throw instead, to stop.
 */
/** Reads the posting at `path` with the config's vocabulary (packs included); null when it cannot be read. */
export type PostingLoader = (
  path: string,
  source: ConfigSource,
  vocabulary: Vocabulary,
) => Promise<PostingRequirements | null>;

export interface ResolveInput {
  /** The file being linted; absolute, or relative to the current folder. */
  filePath: string;
  /** The layers over the defaults, lowest first. */
  layers: readonly ConfigLayer[];
  /** Every built-in rule; the packs' rules are added to them. */
  rules: readonly Rule[];
  /** The vocabulary to read with: `vocabulary` from `@reslint/rules`; the packs' words are added to it. */
  vocabulary: Vocabulary;
  configFile?: string | null;
  loadPosting?: PostingLoader;
}

const DEFAULT: ConfigSource = { layer: "default" };
const NO_OPTIONS: RuleOptions = Object.freeze({});

function defaultRules(rules: readonly Rule[]): Map<string, ResolvedRule> {
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const resolved = new Map<string, ResolvedRule>();
  for (const { id } of configurableRules(rules.map((rule) => rule.meta))) {
    const rule = byId.get(id) ?? null;
    const severity = rule ? configSeverityOf(rule.meta.severity) : "warn";
    resolved.set(id, { id, rule, severity, options: NO_OPTIONS, source: DEFAULT });
  }
  return resolved;
}

/**
 * Merges the layers for one file, later layers winning key by key (and rule by rule: a bare
 * severity keeps the options set beneath it). The target is the highest layer's `level`, unless a
 * higher layer names a posting: then it is the level the posting asks for.
 */
export async function resolveConfig(input: ResolveInput): Promise<ResolvedConfig> {
  const filePath = resolve(input.filePath);
  const packs: (LoadedPack & { source: ConfigSource })[] = [];
  for (const layer of input.layers)
    for (const pack of layer.packs ?? [])
      if (!packs.some((known) => known.folder === pack.folder)) packs.push({ ...pack, source: layer.source("packs") });
  let level: Sourced<TargetLevel> & { layer: number } = { value: DEFAULT_TARGET_LEVEL, source: DEFAULT, layer: -1 };
  let posting: (Sourced<string> & { layer: number }) | null = null;
  const rules = defaultRules(
    packs.length === 0 ? input.rules : [...input.rules, ...packs.flatMap((pack) => pack.rules)],
  );
  let ignorePatterns: Sourced<readonly string[]> & { base: string } = { value: [], source: DEFAULT, base: "" };
  const accept: (AcceptEntry & { source: ConfigSource })[] = [];
  const limits: { -readonly [K in LimitKey]: Sourced<ReaderLimits[K]> } = {
    maxFileBytes: { value: DEFAULT_LIMITS.maxFileBytes, source: DEFAULT },
    maxPdfPages: { value: DEFAULT_LIMITS.maxPdfPages, source: DEFAULT },
    timePerFileMs: { value: DEFAULT_LIMITS.timePerFileMs, source: DEFAULT },
  };

  for (const [index, layer] of input.layers.entries()) {
    if (layer.level !== undefined) level = { value: layer.level, source: layer.source("level"), layer: index };
    if (layer.posting !== undefined) {
      const path = isAbsolute(layer.posting) ? layer.posting : resolve(layer.base, layer.posting);
      posting = { value: path, source: layer.source("posting"), layer: index };
    }
    for (const [id, entry] of Object.entries(layer.rules ?? {})) {
      const known = rules.get(id);
      if (!known) continue;
      const [severity, options] = typeof entry === "string" ? [entry, known.options] : entry;
      rules.set(id, { ...known, severity, options, source: layer.source("rules") });
    }
    for (const entry of layer.accept ?? []) accept.push({ ...entry, source: layer.source("accept") });
    if (layer.ignorePatterns !== undefined)
      ignorePatterns = { value: layer.ignorePatterns, source: layer.source("ignorePatterns"), base: layer.base };
    for (const key of LIMIT_KEYS) {
      const value = layer.limits?.[key];
      if (value !== undefined) limits[key] = { value, source: layer.source("limits") };
    }
  }

  const vocabulary = vocabularyWithPacks(input.vocabulary, packs);
  const chosen = posting;
  let resolvedPosting: ResolvedPosting | null = null;
  if (chosen && input.loadPosting) {
    const requirements = await input.loadPosting(chosen.value, chosen.source, vocabulary);
    if (requirements) {
      resolvedPosting = { value: chosen.value, source: chosen.source, requirements };
      if (chosen.layer > level.layer)
        level = { value: requirements.inferred, source: { layer: "posting", file: chosen.value }, layer: chosen.layer };
    }
  }
  const { layer: _levelLayer, ...target } = level;
  const { base, ...patterns } = ignorePatterns;
  return {
    filePath,
    configFile: input.configFile ?? null,
    level: target,
    posting: resolvedPosting,
    rules,
    ignorePatterns: patterns,
    ignored: base !== "" && matchesGlobs(patterns.value, base, filePath),
    accept,
    limits,
    packs,
    vocabulary,
  };
}
