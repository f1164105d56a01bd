import * as z from "zod";
import type { KnownRule } from "./config-file.js";
import { configurableRules } from "./known-rules.js";
import { configSchema, NO_OPTIONS_ENTRY_ID } from "./schema.js";

/** Where the JSON Schema of config files is published inside @reslint/core. */
export const CONFIG_SCHEMA_FILE = "schema/reslintrc.schema.json";

/** A pack's rule id, `pack/rule`: the schema cannot know a pack's rules, so it takes any id of that shape. */
export const PACK_RULE_ID_PATTERN = "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$";

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The JSON Schema accepts pack rule ids next to the built-in ones it lists: in `rules` (as
 * `patternProperties`) and as an accepted finding's `rule`. reslint itself checks them against
 * the packs the config names.
 */
function withPackRuleIds(node: unknown, ruleIds: readonly string[]): unknown {
  if (Array.isArray(node)) return node.map((item) => withPackRuleIds(item, ruleIds));
  if (!isNode(node)) return node;
  const result: Node = {};
  for (const [key, value] of Object.entries(node)) result[key] = withPackRuleIds(value, ruleIds);
  const properties = result.properties;
  if (result.type === "object" && isNode(properties) && ruleIds.every((id) => id in properties))
    result.patternProperties = {
      [PACK_RULE_ID_PATTERN]: {
        description: "A rule of a pack (pack/rule)",
        $ref: `#/definitions/${NO_OPTIONS_ENTRY_ID}`,
      },
    };
  const values = result.enum;
  if (result.type === "string" && Array.isArray(values) && ruleIds.every((id) => values.includes(id))) {
    const { type: _type, enum: _enum, ...rest } = result;
    return {
      ...rest,
      anyOf: [
        { type: "string", enum: values },
        { type: "string", pattern: PACK_RULE_ID_PATTERN },
      ],
    };
  }
  return result;
}

/**
 * The JSON Schema of config files for these rules, from the same zod schema that validates them,
 * so editors complete and check `.reslintrc.json` and (with a modeline) `.reslintrc.yaml`. Rule
 * ids of the form `pack/rule` are accepted too, for the rules of packs.
 */
export function configJsonSchema(rules: readonly KnownRule[]): Record<string, unknown> {
  const known = configurableRules(rules);
  const schema = z.toJSONSchema(configSchema(known), { target: "draft-7", unrepresentable: "any" });
  const ids = known.map((rule) => rule.id);
  return { ...(withPackRuleIds(schema, ids) as Node), title: "reslint configuration" };
}

/** The schema file's text: two-space JSON with a final newline, as it is checked in. */
export function configJsonSchemaText(rules: readonly KnownRule[]): string {
  return `${JSON.stringify(configJsonSchema(rules), null, 2)}\n`;
}
