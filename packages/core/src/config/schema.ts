import * as z from "zod";
import type { RuleMeta, RuleOptions } from "../check/rule.js";
import { TARGET_LEVELS, type TargetLevel } from "../model/target-levels.js";
import { LIMIT_KEYS, LIMIT_MAXIMUMS, LIMIT_UNITS, type LimitKey } from "./limits.js";
import { CONFIG_SEVERITIES, type ConfigSeverity } from "./severity.js";

/** A rule as the config schema knows it: its id, what it flags, and the schema of its options if it takes any. */
export type KnownRule = Pick<RuleMeta, "id" | "options"> & Partial<Pick<RuleMeta, "description">>;

/** One rule's setting: a severity, or a severity with the rule's options. */
export type RuleEntry = ConfigSeverity | readonly [ConfigSeverity, RuleOptions];

/** Settings for the files an override's globs match; they win over the file's top level. */
export interface ConfigOverride {
  files: string[];
  level?: TargetLevel;
  posting?: string;
  rules?: Record<string, RuleEntry>;
}

/** A config file's content, once validated. Paths and globs are relative to the file's folder. */
export interface ConfigFile {
  $schema?: string;
  level?: TargetLevel;
  posting?: string;
  rules?: Record<string, RuleEntry>;
  ignorePatterns?: string[];
  overrides?: ConfigOverride[];
  limits?: Partial<Record<LimitKey, number>>;
}

/** The top-level settings, in the order the docs list them. */
export const CONFIG_KEYS = ["level", "posting", "rules", "ignorePatterns", "overrides", "limits"] as const;
export const OVERRIDE_KEYS = ["files", "level", "posting", "rules"] as const;

const severity = z.enum(CONFIG_SEVERITIES).meta({ id: "severity", description: '"off", "warn" or "error"' });

/** The setting of a rule that declares no options: any object is taken as its options. */
const anyOptionsEntry = z
  .union([severity, z.tuple([severity, z.record(z.string(), z.unknown())])])
  .meta({ id: "ruleEntry", description: '"off", "warn" or "error", or [severity, { options }]' });

function ruleEntry(rule: KnownRule) {
  const entry = rule.options ? z.union([severity, z.tuple([severity, rule.options])]) : anyOptionsEntry;
  return entry.describe(rule.description ?? rule.id);
}

function rulesSchema(rules: readonly KnownRule[]) {
  return z
    .strictObject(Object.fromEntries(rules.map((rule) => [rule.id, ruleEntry(rule).optional()])))
    .describe('Severity by rule id: "off", "warn" or "error", or [severity, options]');
}

const level = z.enum(TARGET_LEVELS).describe(`Target level: ${TARGET_LEVELS.join(", ")}`);
const posting = z
  .string()
  .min(1)
  .describe("A job posting (text or Markdown), relative to this file; its level is the target when no level is set");
const globs = z.array(z.string().min(1));

function limitSchema(key: LimitKey) {
  return z
    .int()
    .min(1)
    .max(LIMIT_MAXIMUMS[key])
    .describe(`At most ${LIMIT_MAXIMUMS[key]} ${LIMIT_UNITS[key]}, the built-in limit`);
}

const built = new WeakMap<readonly KnownRule[], z.ZodType<ConfigFile>>();

/** The schema of a config file for these rules: unknown keys and unknown rule ids are errors. */
export function configSchema(rules: readonly KnownRule[]): z.ZodType<ConfigFile> {
  let schema = built.get(rules);
  if (schema) return schema;
  const ruleSettings = rulesSchema(rules);
  const override = z.strictObject({
    files: globs.min(1).describe("Globs of the files these settings apply to, relative to this file"),
    level: level.optional(),
    posting: posting.optional(),
    rules: ruleSettings.optional(),
  });
  schema = z
    .strictObject({
      $schema: z.string().optional().describe("The JSON Schema of this file, for editors"),
      level: level.optional(),
      posting: posting.optional(),
      rules: ruleSettings.optional(),
      ignorePatterns: globs.optional().describe("Globs of files reslint skips, relative to this file"),
      overrides: z
        .array(override)
        .optional()
        .describe("Settings for some files only, by glob; later entries win over earlier ones"),
      limits: z
        .strictObject(Object.fromEntries(LIMIT_KEYS.map((key) => [key, limitSchema(key).optional()])))
        .optional()
        .describe("Reader limits; each can only be lower than the built-in one"),
    })
    .describe("reslint configuration") as unknown as z.ZodType<ConfigFile>;
  built.set(rules, schema);
  return schema;
}
