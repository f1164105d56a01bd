import { ConfigError } from "./config-error.js";
import type { ConfigFile, KnownRule } from "./config-file.js";
import { configurableRules } from "./known-rules.js";
import { issueSentences } from "./problems.js";
import { configSchema } from "./schema.js";

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
