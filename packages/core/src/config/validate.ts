import { READING_CONFIDENCE_ID } from "../check/engine.js";
import { ConfigError } from "./config-error.js";
import { issueSentences } from "./problems.js";
import { type ConfigFile, configSchema, type KnownRule } from "./schema.js";

/** The reading warning is reported and filtered like a rule, so a config file can set it too. */
const readingConfidence: KnownRule = {
  id: READING_CONFIDENCE_ID,
  description: "Text that was read from the file but may not say what the page shows",
};

const withReading = new WeakMap<readonly KnownRule[], readonly KnownRule[]>();

/** The ids a config file may name: the rules', and the reading warning's. */
export function configurableRules(rules: readonly KnownRule[]): readonly KnownRule[] {
  let known = withReading.get(rules);
  if (!known) {
    known = rules.some((rule) => rule.id === READING_CONFIDENCE_ID) ? rules : [...rules, readingConfidence];
    withReading.set(rules, known);
  }
  return known;
}

/**
 * Checks a config file's content against the schema for these rules. Returns the settings, or
 * throws a `ConfigError` whose sentences name the key, what it must be and, for a typo, the
 * nearest valid word.
 */
export function validateConfig(
  content: unknown,
  file: string,
  rules: readonly KnownRule[],
  prefix: readonly PropertyKey[] = [],
): ConfigFile {
  const known = configurableRules(rules);
  // An empty YAML file, or one that is only comments, is no settings at all.
  const parsed = configSchema(known).safeParse(content ?? {}, { reportInput: true });
  if (parsed.success) return parsed.data;
  const ids = known.map((rule) => rule.id);
  throw new ConfigError(
    file,
    parsed.error.issues.flatMap((issue) => issueSentences(issue, ids, prefix)),
  );
}
