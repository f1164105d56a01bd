import type { Lens, LensScore, Shortfall } from "../model/level.js";
import { LENSES } from "../model/level.js";
import type { TargetLevel } from "../model/target-levels.js";
import { isCoordinationHeavy, type RoleEvidence } from "./role-evidence.js";
import { hasKind, type WeighedClaim, weightOf } from "./weighed-claim.js";

const HANDS_ON_TARGETS: readonly TargetLevel[] = ["senior", "staff", "tech-lead"];

const AREA_RISKS: Partial<Record<Shortfall["area"], string>> = {
  scope: "the work reads team-local while the target expects reach across teams",
  authority: "the claims show execution more than judgement: few decisions are yours",
  complexity: "the claims do not say what made the work hard, so it may read as routine",
  consequence: "the claims rarely say what changed or what was at stake",
  "production-responsibility": "the work shows building but little operating after launch",
  "technical-depth": "recent claims carry little hands-on technical detail",
  "people-leadership": "nothing shows you leading people: hiring, staffing, performance or growth",
  "team-leadership": "nothing shows you leading the team's technical work on top of your own",
};

/**
 * The most credible reason a company would level this resume below the target, and the evidence
 * that would answer it: the chapter's down-level drill, done for the writer.
 */
export function downLevelRisk(
  target: TargetLevel,
  shortfalls: readonly Shortfall[],
  roles: readonly RoleEvidence[],
  claims: readonly WeighedClaim[],
  lenses: Record<Lens, LensScore>,
): string {
  const recentRole = roles.find((role) => role.claims.length > 0);
  if (HANDS_ON_TARGETS.includes(target) && recentRole && isCoordinationHeavy(recentRole)) {
    const title = recentRole.role.title ?? "your most recent role";
    return `The likeliest down-level reason: your recent work (${title}) reads as coordination. Answer it with the technical decisions, code and reviews behind that work.`;
  }
  const weak = weightOf(claims, hasKind("weak-ownership"));
  const total = weightOf(claims, () => true);
  if (total > 0 && weak / total >= 0.3)
    return "The likeliest down-level reason: many examples say you helped or took part, so your own part is unclear. Answer it by saying what you did yourself, and what came of it.";
  const first = shortfalls[0];
  if (first) {
    const risk = AREA_RISKS[first.area] ?? "the evidence falls short of the target";
    return `The likeliest down-level reason at ${target}: ${risk}. Answer it: ${first.remedy}.`;
  }
  const weakest = [...LENSES].sort((a, b) => lenses[a].score - lenses[b].score)[0] as Lens;
  return `No strong down-level reason shows at ${target}; the thinnest lens is ${weakest} (${lenses[weakest].score} of 4), so keep its best story ready for the deep dive.`;
}
