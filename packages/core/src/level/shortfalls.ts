import type { Lens, LensScore, RubricCategory, RubricEntry, Shortfall } from "../model/level.js";
import { LENSES } from "../model/level.js";
import type { TargetLevel } from "../model/target-levels.js";
import type { Estimate } from "./estimate.js";
import { rubricScore } from "./rubric.js";

/** The lens profile each target level expects, 0–4 per lens: 2 reads as mid, 3 as senior, 4 as staff. */
export const EXPECTED_PROFILE: Readonly<Record<TargetLevel, Record<Lens, number>>> = {
  mid: { scope: 2, complexity: 2, authority: 1, consequence: 2 },
  senior: { scope: 3, complexity: 3, authority: 3, consequence: 3 },
  "tech-lead": { scope: 3, complexity: 3, authority: 3, consequence: 3 },
  staff: { scope: 4, complexity: 3, authority: 4, consequence: 4 },
  manager: { scope: 3, complexity: 2, authority: 3, consequence: 3 },
};

const STAFF_SHAPED: readonly TargetLevel[] = ["staff"];

function lensRemedy(lens: Lens, target: TargetLevel): string {
  const wide = STAFF_SHAPED.includes(target);
  switch (lens) {
    case "scope":
      return wide
        ? "name the teams that adopted your design, standard or migration, and how many"
        : "say which service or problem area you owned end to end";
    case "complexity":
      return "name the constraint that made the work hard: volume, consistency, compatibility windows, regulation or failure modes";
    case "authority":
      return wide
        ? "show a decision other teams follow: a standard, contract or migration plan you set"
        : "say what you decided and over which alternative: a data model, a rollout gate, a boundary";
    case "consequence":
      return wide
        ? "show results beyond your team: several teams' delivery, the business or its customers"
        : "give the measured result, or what was at stake if the system failed";
  }
}

/** The rubric categories a hands-on target needs at 3 or more, each with what would raise it. */
const RUBRIC_NEEDS = 3;
const RUBRIC_GAPS: readonly [RubricCategory, string][] = [
  [
    "production-responsibility",
    "add what you ran after launch: on-call, incidents and what changed after them, SLOs, alerting or rollback",
  ],
  ["technical-depth", "add recent hands-on detail: the code, design, review or debugging you did yourself"],
];

/** What keeps the evidence from the target, largest gap first, each with what would close it. */
export function shortfallsFor(
  target: TargetLevel,
  lenses: Record<Lens, LensScore>,
  rubric: readonly RubricEntry[],
  estimate: Estimate,
): Shortfall[] {
  const expected = EXPECTED_PROFILE[target];
  const found: Shortfall[] = [];
  if (target === "manager" && !estimate.supports.manager)
    found.push({
      area: "people-leadership",
      score: Math.min(3, Math.floor(estimate.progress.manager * 3)),
      expected: 3,
      remedy: "show hiring, staffing, performance and growth, and what the team delivered through you",
    });
  if (target === "tech-lead" && estimate.progress["tech-lead"] < 1 && estimate.supports.senior)
    found.push({
      area: "team-leadership",
      score: Math.min(3, Math.floor(estimate.progress["tech-lead"] * 3)),
      expected: 3,
      remedy:
        "show how you led the team's technical work: sequencing, design and code review, mentoring that ended in ownership",
    });
  for (const lens of LENSES) {
    const score = lenses[lens].score;
    if (score < expected[lens])
      found.push({ area: lens, score, expected: expected[lens], remedy: lensRemedy(lens, target) });
  }
  if (target !== "mid" && target !== "manager")
    for (const [area, remedy] of RUBRIC_GAPS) {
      const score = rubricScore(rubric, area);
      if (score < RUBRIC_NEEDS) found.push({ area, score, expected: RUBRIC_NEEDS, remedy });
    }
  // Stable: the largest gap first, then the order above (level's own evidence, lenses, rubric).
  return found
    .map((item, order) => ({ item, order }))
    .sort((a, b) => b.item.expected - b.item.score - (a.item.expected - a.item.score) || a.order - b.order)
    .map(({ item }) => item);
}
