import type { RuleMeta, RuleOptions } from "../check/rule.js";
import type { TargetLevel } from "../model/target-levels.js";
import type { LimitKey } from "./limits.js";
import type { ConfigSeverity } from "./severity.js";

/** A rule as the config schema knows it: its id, what it flags, and the schema of its options if it takes any. */
export type KnownRule = Pick<RuleMeta, "id" | "options"> & Partial<Pick<RuleMeta, "description">>;

/** One rule's setting: a severity, or a severity with the rule's options. */
export type RuleEntry = ConfigSeverity | readonly [ConfigSeverity, RuleOptions];

/** A finding the user accepts: of this rule, on the claim that holds these words. */
export interface AcceptEntry {
  rule: string;
  claim: string;
  reason?: string;
}

/** Settings for the files an override's globs match; they win over the file's top level. */
export interface ConfigOverride {
  files: string[];
  level?: TargetLevel;
  posting?: string;
  rules?: Record<string, RuleEntry>;
  accept?: AcceptEntry[];
}

/** A config file's content, once validated. Paths and globs are relative to the file's folder. */
export interface ConfigFile {
  $schema?: string;
  level?: TargetLevel;
  posting?: string;
  rules?: Record<string, RuleEntry>;
  /** Rule packs: folders relative to the file, or installed package names. Top level only. */
  packs?: string[];
  ignorePatterns?: string[];
  accept?: AcceptEntry[];
  overrides?: ConfigOverride[];
  limits?: Partial<Record<LimitKey, number>>;
}

/** The top-level settings, in the order the docs list them. */
export const CONFIG_KEYS = [
  "level",
  "posting",
  "rules",
  "packs",
  "ignorePatterns",
  "accept",
  "overrides",
  "limits",
] as const;
export const OVERRIDE_KEYS = ["files", "level", "posting", "rules", "accept"] as const;
