import * as z from "zod";
import { TARGET_LEVELS } from "../model/target-levels.js";
import type { ConfigFile, KnownRule } from "./config-file.js";
import { LIMIT_KEYS, LIMIT_MAXIMUMS, LIMIT_UNITS, type LimitKey } from "./limits.js";
import { CONFIG_SEVERITIES } from "./severity.js";

/**
 * The zod schema of config files. zod takes a tenth of a second to load, so only validation
 * (`validate.ts`) and the JSON Schema load this module, when there is a config file to check.
 */

const severity = z.enum(CONFIG_SEVERITIES).meta({ id: "severity", description: '"off", "warn" or "error"' });

/** The JSON Schema definition of a rule setting without options, which pack rules share too. */
export const NO_OPTIONS_ENTRY_ID = "ruleWithoutOptions";

/** The setting of a rule that declares no options: a severity, alone or with an empty object. */
const noOptionsEntry = z
  .union([severity, z.tuple([severity, z.strictObject({})])])
  .meta({ id: NO_OPTIONS_ENTRY_ID, description: '"off", "warn" or "error"; this rule takes no options' });

function ruleEntry(rule: KnownRule) {
  const entry = rule.options ? z.union([severity, z.tuple([severity, rule.options])]) : noOptionsEntry;
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

function acceptSchema(rules: readonly KnownRule[]) {
  const ids = rules.map((rule) => rule.id) as [string, ...string[]];
  return z
    .array(
      z.strictObject({
        rule: z.enum(ids).describe("The rule whose finding is accepted"),
        claim: z
          .string()
          .regex(/[\p{L}\p{N}]/u)
          .describe("Words of the claim, as it reads (case and punctuation do not matter)"),
        reason: z.string().optional().describe("Why, kept with the finding in JSON output"),
      }),
    )
    .describe("Findings accepted by rule and claim words, for any format (PDF and Word files cannot carry comments)");
}

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
  const accept = acceptSchema(rules);
  const override = z.strictObject({
    files: globs.min(1).describe("Globs of the files these settings apply to, relative to this file"),
    level: level.optional(),
    posting: posting.optional(),
    rules: ruleSettings.optional(),
    accept: accept.optional(),
  });
  schema = z
    .strictObject({
      $schema: z.string().optional().describe("The JSON Schema of this file, for editors"),
      level: level.optional(),
      posting: posting.optional(),
      rules: ruleSettings.optional(),
      packs: z
        .array(z.string().min(1))
        .optional()
        .describe(
          "Rule packs: folders relative to this file, or installed package names; their rules' ids are pack/rule",
        ),
      ignorePatterns: globs.optional().describe("Globs of files reslint skips, relative to this file"),
      accept: accept.optional(),
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
