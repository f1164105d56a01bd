// Writes the JSON Schema of reslint's config files, generated from the zod schema that validates
// them, into packages/core/schema/ (shipped with @reslint/core). `pnpm build` runs it after tsc;
// test/config/json-schema.test.ts checks that the checked-in file is up to date.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { CONFIG_SCHEMA_FILE, configJsonSchemaText } = await import("../packages/core/dist/config-schema.js");
const { rules } = await import("../rules/dist/index.js");

const target = join(root, "packages/core", CONFIG_SCHEMA_FILE);
const text = configJsonSchemaText(rules.map((rule) => rule.meta));
let current = "";
try {
  current = readFileSync(target, "utf8");
} catch {}
if (current !== text) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${CONFIG_SCHEMA_FILE}`);
}
