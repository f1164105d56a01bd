import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError } from "@reslint/core";
import { rules, vocabulary } from "@reslint/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configProblem, DocumentConfigs } from "./document-config.js";
import { resolveSettings } from "./settings.js";

let root = "";
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "reslint-docconfig-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const noPosting = async () => null;

describe("DocumentConfigs", () => {
  it("puts the editor's settings on top of the config file, and warns about ids that are no rule", async () => {
    await mkdir(join(root, "cv"), { recursive: true });
    await writeFile(join(root, "cv/.reslintrc.yaml"), "level: staff\nrules:\n  weak-ownership-verb: error\n");
    const warnings: string[] = [];
    const { settings } = resolveSettings({ rules: { "inflated-scope": "warning", "weak-ownership-verbs": "off" } });
    const resolved = await new DocumentConfigs(rules, vocabulary).resolve(
      join(root, "cv/resume.md"),
      settings,
      root,
      noPosting,
      (problem) => warnings.push(problem),
    );
    if ("error" in resolved) throw resolved.error;
    expect(resolved.config.level).toEqual({
      value: "staff",
      source: { layer: "file", file: join(root, "cv/.reslintrc.yaml") },
    });
    expect(resolved.config.rules.get("weak-ownership-verb")?.severity).toBe("error");
    expect(resolved.config.rules.get("inflated-scope")).toMatchObject({
      severity: "warn",
      source: { layer: "editor", setting: "reslint.rules" },
    });
    expect(warnings).toEqual(['reslint.rules.weak-ownership-verbs is not a rule; did you mean "weak-ownership-verb"?']);
  });

  it("returns a broken config file as its error, in the sentence a diagnostic shows", async () => {
    await mkdir(join(root, "broken"), { recursive: true });
    await writeFile(join(root, "broken/.reslintrc.json"), '{ "level": "lead", "bogus": true }');
    const resolved = await new DocumentConfigs(rules, vocabulary).resolve(
      join(root, "broken/resume.md"),
      resolveSettings().settings,
      root,
      noPosting,
      () => {},
    );
    expect("error" in resolved && resolved.error).toBeInstanceOf(ConfigError);
    if (!("error" in resolved)) return;
    expect(configProblem(resolved.error, root)).toBe(
      'reslint did not lint this file: its config file broken/.reslintrc.json cannot be used: level must be one of mid, senior, staff, tech-lead, manager; "lead" is not one (and 1 more problem there).',
    );
  });
});
