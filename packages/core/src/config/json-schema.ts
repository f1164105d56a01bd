import * as z from "zod";
import type { KnownRule } from "./config-file.js";
import { configurableRules } from "./known-rules.js";
import { configSchema } from "./schema.js";

/** Where the JSON Schema of config files is published inside @reslint/core. */
export const CONFIG_SCHEMA_FILE = "schema/reslintrc.schema.json";

/**
 * The JSON Schema of config files for these rules, from the same zod schema that validates them,
 * so editors complete and check `.reslintrc.json` and (with a modeline) `.reslintrc.yaml`.
 */
export function configJsonSchema(rules: readonly KnownRule[]): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema(configurableRules(rules)), { target: "draft-7", unrepresentable: "any" });
  return { ...schema, title: "reslint configuration" };
}

/** The schema file's text: two-space JSON with a final newline, as it is checked in. */
export function configJsonSchemaText(rules: readonly KnownRule[]): string {
  return `${JSON.stringify(configJsonSchema(rules), null, 2)}\n`;
}
