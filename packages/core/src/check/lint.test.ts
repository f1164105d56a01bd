import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RuleEntry } from "../config/config-file.js";
import { type ConfigLayer, editorLayer } from "../config/layers.js";
import { resolveConfig } from "../config/resolve.js";
import { testRules } from "../config/test-rules.js";
import type { LintMessage } from "../model/results.js";
import { readResumeText } from "../read/index.js";
import { vocabulary } from "../test-vocabulary.js";
import { applyConfig } from "./apply-config.js";
import { lint, lintResumeFile, lintResumeText } from "./lint.js";
import { defineRule, type Rule } from "./rule.js";

const RESUME = [
  "# Dana Okafor",
  "",
  "## Experience",
  "",
  "### Senior Engineer — Fernleaf Payments (2021–2024)",
  "",
  "- Helped the mobile team ship offline sync.",
  "- Owned the settlement service and its on-call rotation.",
  "- Cut p95 settlement latency from 900 ms to 150 ms.",
  "",
].join("\n");

const configWith = (
  rules: Record<string, RuleEntry>,
  extra: Partial<ConfigLayer> = {},
  ruleSet: readonly Rule[] = testRules,
) =>
  resolveConfig({
    filePath: "/work/cv/resume.md",
    layers: [{ ...editorLayer({ rules }, "/work"), ...extra }],
    rules: ruleSet,
    vocabulary,
  });

const ids = (messages: readonly LintMessage[]) => messages.map((message) => `${message.ruleId}:${message.severity}`);

let scratch = "";
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "reslint-lint-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("lint(document, config)", () => {
  it("runs the rules with their default severities when the config sets none", async () => {
    const { result } = lint(readResumeText(RESUME, { vocabulary }), await configWith({}));
    expect(ids(result.messages)).toEqual(["every-role:1", "weak-ownership-verb:1"]);
    expect([result.errorCount, result.warningCount]).toEqual([0, 2]);
    expect(result.level.target).toBe("senior");
  });

  it("applies severities after the rules, recounting, and passes options through the context", async () => {
    const config = await configWith({ "weak-ownership-verb": "error", "every-role": ["warn", { word: "job" }] });
    const { result } = lint(readResumeText(RESUME, { vocabulary }), config);
    expect(ids(result.messages)).toEqual(["every-role:1", "weak-ownership-verb:2"]);
    expect([result.errorCount, result.warningCount]).toEqual([1, 1]);
    expect(result.messages[0]?.message).toBe("Check this job.");
  });

  it("does not run a rule that is off", async () => {
    let runs = 0;
    const counted = defineRule({
      meta: { ...(testRules[0] as Rule).meta, id: "counted" },
      check() {
        runs++;
      },
    });
    lint(readResumeText(RESUME, { vocabulary }), await configWith({ counted: "off" }, {}, [counted]));
    expect(runs).toBe(0);
    lint(readResumeText(RESUME, { vocabulary }), await configWith({}, {}, [counted]));
    expect(runs).toBe(1);
  });

  it("lints text in memory and files on disk through the same steps", async () => {
    const config = await configWith({ "weak-ownership-verb": "off" });
    expect(ids(lintResumeText(RESUME, config).result.messages)).toEqual(["every-role:1"]);
    const path = join(scratch, "resume.md");
    await writeFile(path, RESUME);
    const { result, document } = await lintResumeFile(path, config);
    expect(document).not.toBeNull();
    expect(ids(result.messages)).toEqual(["every-role:1"]);
  });

  it("refuses a file over the config's maxFileBytes in one fatal sentence", async () => {
    const path = join(scratch, "big.md");
    await writeFile(path, RESUME);
    const config = await configWith({}, { limits: { maxFileBytes: 100 } });
    const { result, document } = await lintResumeFile(path, config);
    expect(document).toBeNull();
    expect(result.messages).toEqual([
      expect.objectContaining({
        fatal: true,
        message: `${path} is 1 KB, more than the 100 bytes limits.maxFileBytes allows; raise the limit, or check that this is the right file.`,
      }),
    ]);
  });
});

describe("applyConfig", () => {
  it("drops what is off, sets what is configured, and keeps messages that belong to no rule", async () => {
    const config = await configWith({ "weak-ownership-verb": "off", "inflated-scope": "warn" });
    const message = (ruleId: string | null, severity: 1 | 2): LintMessage => ({
      ruleId,
      severity,
      message: "m",
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      excerpt: "",
    });
    const applied = applyConfig(
      [message("weak-ownership-verb", 1), message("inflated-scope", 2), message(null, 2), message("unknown-rule", 1)],
      config,
    );
    expect(ids(applied)).toEqual(["inflated-scope:1", "null:2", "unknown-rule:1"]);
  });
});
