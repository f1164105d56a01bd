import type { Lens, LensScore } from "../model/level.js";
import { LENSES } from "../model/level.js";
import { citationOf, strongest, type WeighedClaim, weightOf } from "./weighed-claim.js";

/**
 * Weight of claims a lens score needs: one claim shows a mid-level reading, but senior and staff
 * readings need two stories (or one recent and one older), as a reviewer would.
 */
const NEEDED_WEIGHT = [0, 0.6, 1, 1.5, 1.5] as const;

const REASONS: Record<Lens, readonly string[]> = {
  scope: [
    "No claim says what you owned.",
    "The claims read as tasks inside someone else's project.",
    "The claims name features and components, not a service or problem area you owned.",
    "Recent claims own services or problem areas, but none reaches several teams with proof.",
    "Recent claims reach several teams or the organisation, with the teams, adoption or artifacts named.",
  ],
  complexity: [
    "No claim names what made the work hard.",
    "Complexity is asserted with labels (scalable, large-scale) rather than shown by constraints.",
    "The claims carry scale figures, but not the constraints that shaped the design.",
    "Claims name real constraints: volume, consistency, compatibility, regulation or failure modes.",
    "Several claims explain constraints that span systems or teams.",
  ],
  authority: [
    "No claim shows a decision or a call you made.",
    "The claims show execution of work someone else decided.",
    "You led or owned work, but the claims do not say what you decided.",
    "Claims show decisions: choices over alternatives, rollout gates, boundaries or standards.",
    "Your decisions set the rules other teams follow.",
  ],
  consequence: [
    "No claim says what changed because of the work or what was at stake.",
    "Outcomes are named without a figure or an operational stake.",
    "Some claims name an outcome, but few show what was at stake.",
    "Claims carry measured results or the production stakes of running the system.",
    "Results and stakes reach beyond your team: several teams, the business or its customers.",
  ],
};

function scoreLens(claims: readonly WeighedClaim[], lens: Lens): LensScore {
  let score = 0;
  for (let level = 4; level >= 1; level--) {
    if (weightOf(claims, (claim) => claim.evidence.strength[lens] >= level) >= (NEEDED_WEIGHT[level] ?? 1.5)) {
      score = level;
      break;
    }
  }
  const cited = strongest(claims, (claim) =>
    claim.evidence.strength[lens] >= Math.max(score, 1) ? claim.evidence.strength[lens] * claim.weight : 0,
  );
  return { score, reason: REASONS[lens][score] as string, evidence: cited.map(citationOf) };
}

export function scoreLenses(claims: readonly WeighedClaim[]): Record<Lens, LensScore> {
  return Object.fromEntries(LENSES.map((lens) => [lens, scoreLens(claims, lens)])) as Record<Lens, LensScore>;
}
