import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

interface Figures {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
}

interface EvalReport {
  development: { rules: Record<string, Figures>; overall: Figures };
  heldOut: { rules: Record<string, Figures>; overall: Figures };
}

function runEval(): EvalReport {
  const script = fileURLToPath(new URL("./eval.mjs", import.meta.url));
  const result = spawnSync(process.execPath, [script, "--json"], { encoding: "utf8" });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as EvalReport;
}

// The targets the project holds itself to; a rule change that drops below them fails here.
describe("labelled corpus", () => {
  const report = runEval();

  it.each(Object.entries(report.development.rules))("%s meets precision ≥ 0.9 and recall ≥ 0.85", (_, figures) => {
    expect(figures.tp + figures.fn).toBeGreaterThan(0);
    expect(figures.precision ?? 1).toBeGreaterThanOrEqual(0.9);
    expect(figures.recall ?? 1).toBeGreaterThanOrEqual(0.85);
  });

  it("keeps overall precision ≥ 0.9 on the held-out set", () => {
    expect(report.heldOut.overall.tp).toBeGreaterThan(50);
    expect(report.heldOut.overall.precision ?? 0).toBeGreaterThanOrEqual(0.9);
  });
});
