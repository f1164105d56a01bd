/**
 * The JSON Schema shipped in @reslint/core is generated from the zod schema that validates config
 * files (`pnpm build` writes it); this checks the checked-in file is what the source generates now.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { rules } from "@reslint/rules";
import { describe, expect, it } from "vitest";
import {
  CONFIG_SCHEMA_FILE,
  configJsonSchema,
  configJsonSchemaText,
} from "../../packages/core/src/config/json-schema.js";
import { loadYaml } from "../../packages/core/src/config/loaders.js";
import { starterConfig } from "../../packages/core/src/config/starter.js";
import { validateConfig } from "../../packages/core/src/config/validate.js";

const metas = rules.map((rule) => rule.meta);
const schemaPath = fileURLToPath(new URL(`../../packages/core/${CONFIG_SCHEMA_FILE}`, import.meta.url));

describe("the config JSON Schema", () => {
  it("is up to date with the zod schema (run pnpm build to regenerate it)", () => {
    expect(readFileSync(schemaPath, "utf8")).toBe(configJsonSchemaText(metas));
  });

  it("lists every rule, and the reading warning, with what it flags", () => {
    const schema = configJsonSchema(metas) as {
      properties: { rules: { properties: Record<string, { description?: string }> } };
      additionalProperties: boolean;
    };
    const ruleIds = Object.keys(schema.properties.rules.properties);
    expect(ruleIds).toEqual([...metas.map((meta) => meta.id), "reading-confidence"]);
    for (const meta of metas) expect(schema.properties.rules.properties[meta.id]?.description).toBe(meta.description);
    expect(schema.additionalProperties).toBe(false);
  });
});

/** Every `$ref` in a JSON value, in document order. */
function refsIn(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refsIn);
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === "$ref" && typeof value === "string" ? [value] : refsIn(value),
  );
}

describe("the config JSON Schema's references", () => {
  it("all resolve, pack rule ids included", () => {
    const schema = configJsonSchema(metas) as { definitions: Record<string, unknown> };
    const refs = refsIn(schema);
    expect(refs).toContain("#/definitions/ruleWithoutOptions");
    for (const ref of refs) expect(Object.keys(schema.definitions)).toContain(ref.replace("#/definitions/", ""));
  });
});

describe("the starter config", () => {
  it("is valid in both formats, with the level and posting given", async () => {
    for (const format of ["yaml", "json"] as const) {
      const text = starterConfig(format, { level: "staff", posting: "job.md", schema: "schema.json" });
      const content = format === "yaml" ? await loadYaml("s.yaml", text) : JSON.parse(text);
      expect(validateConfig(content, `.reslintrc.${format}`, metas)).toMatchObject({
        level: "staff",
        posting: "job.md",
      });
    }
    const yaml = starterConfig("yaml", { level: "staff", schema: "../schema.json" });
    expect(yaml.startsWith("# yaml-language-server: $schema=../schema.json\n")).toBe(true);
    // Every commented example is valid once uncommented.
    const uncommented = yaml
      .split("\n")
      .filter((line) => !line.startsWith("# yaml-language-server"))
      .map((line) => line.replace(/^# (?=[a-z ]*[a-zA-Z-]+:|\s+-|\s+[a-z-]+:)/, ""))
      .join("\n");
    expect(validateConfig(await loadYaml("s.yaml", uncommented), ".reslintrc.yaml", metas)).toMatchObject({
      level: "staff",
      posting: "job-posting.md",
      rules: { "weak-ownership-verb": "error", "coordination-heavy": "off" },
      ignorePatterns: ["drafts/**"],
      overrides: [{ files: ["manager/**"], level: "manager" }],
    });
  });
});
