import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script shared with `pnpm eval`, without type declarations.
import { evaluateLevelCorpus } from "./level-corpus-eval.mjs";

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const precision = ({ tp, fp }: Counts) => ratio(tp, tp + fp);
const recall = ({ tp, fn }: Counts) => ratio(tp, tp + fn);

// The level model's targets on the project's own level corpus; a change that drops below them fails here.
describe("level corpus", async () => {
  const report = (await evaluateLevelCorpus({ log: () => {} })) as {
    estimate: Record<"dev" | "holdout", [number, number]>;
    roleCounts: Record<"dev" | "holdout", Record<string, Counts>>;
    combined: Record<string, Counts>;
    postingRows: Record<"dev" | "holdout", [number, number]>;
  };

  it("estimates the labelled level of at least 90% of the whole resumes", () => {
    const right = report.estimate.dev[0] + report.estimate.holdout[0];
    const total = report.estimate.dev[1] + report.estimate.holdout[1];
    expect(total).toBeGreaterThanOrEqual(24);
    expect(right / total).toBeGreaterThanOrEqual(0.9);
  });

  it.each(["level-mismatch", "title-evidence-mismatch", "coordination-heavy"])(
    "%s meets precision ≥ 0.9 and recall ≥ 0.85 over every labelled case",
    (ruleId) => {
      const counts = report.combined[ruleId] as Counts;
      expect(counts.tp).toBeGreaterThan(0);
      expect(precision(counts)).toBeGreaterThanOrEqual(0.9);
      expect(recall(counts)).toBeGreaterThanOrEqual(0.85);
    },
  );

  it("infers the labelled shape of the development postings", () => {
    const [right, total] = report.postingRows.dev;
    expect(total).toBeGreaterThan(0);
    expect(right / total).toBeGreaterThanOrEqual(0.9);
  });
});
