/**
 * `@reslint/core/config-schema`: the zod schema of config files, validation on its own, and the
 * JSON Schema generated from it. A separate entry because zod takes a tenth of a second to load:
 * the main entry loads it only when a config file is found and checked.
 */
export { CONFIG_SCHEMA_FILE, configJsonSchema, configJsonSchemaText } from "./config/json-schema.js";
export { configSchema } from "./config/schema.js";
export { validateConfig } from "./config/validate.js";
