import type { AnalysedClaim } from "../analyse/signals.js";
import type { TargetLevel } from "../model/target-levels.js";

/** How many claims of each kind of evidence a resume shows. */
export interface LevelEvidence {
  /** Claims that own a slice of work and show what came of it. */
  seniorOwnership: number;
  /** Claims about operating systems in production. */
  operating: number;
  /** Claims with multi-team scope backed by team counts, adoption or artifacts. */
  multiTeam: number;
  /** Leadership claims with a mechanism and an artifact, adoption or result behind them. */
  technicalLeadership: number;
  /** Claims of hands-on implementation. */
  handsOn: number;
  /** Claims about hiring, staffing, performance and growing people. */
  peopleManagement: number;
}

export function collectLevelEvidence(claims: readonly AnalysedClaim[]): LevelEvidence {
  const evidence: LevelEvidence = {
    seniorOwnership: 0,
    operating: 0,
    multiTeam: 0,
    technicalLeadership: 0,
    handsOn: 0,
    peopleManagement: 0,
  };
  for (const { signals } of claims) {
    const backed = signals.results.length > 0 || signals.adoption.length > 0 || signals.productionOwnership.length > 0;
    if ((signals.ownershipStrength === "owner" || signals.ownershipStrength === "builder") && backed) {
      evidence.seniorOwnership++;
    }
    if (signals.productionOwnership.length > 0) evidence.operating++;
    const multiTeamScope = (signals.teamCount ?? 0) >= 2 || signals.scope === "multi-team";
    if (
      multiTeamScope &&
      (signals.adoption.length > 0 || signals.artifacts.length > 0 || (signals.teamCount ?? 0) >= 2)
    ) {
      evidence.multiTeam++;
    }
    const attributed = signals.artifacts.length + signals.adoption.length + signals.results.length > 0;
    if (signals.leadership.length > 0 && signals.mechanisms.length > 0 && attributed) {
      evidence.technicalLeadership++;
    }
    if (signals.handsOn.length > 0) evidence.handsOn++;
    if (signals.peopleManagement.length > 0) evidence.peopleManagement++;
  }
  return evidence;
}

/** Roles read in reverse-chronological order, as resumes list them: the two most recent count. */
const RECENT_ROLES = 2;

/** Claims from the most recent roles, plus those outside any role (summary, projects). */
function recentClaims(claims: readonly AnalysedClaim[]): readonly AnalysedClaim[] {
  const recent = claims.filter((claim) => claim.claim.roleIndex === null || claim.claim.roleIndex < RECENT_ROLES);
  return recent.length >= 3 ? recent : claims;
}

/**
 * The level the evidence supports. Deliberately conservative: each level needs at least two
 * claims of its own kind of evidence, as a reviewer would want more than one story.
 */
export function estimateLevel(claims: readonly AnalysedClaim[]): TargetLevel | null {
  if (claims.length < 3) return null;
  const evidence = collectLevelEvidence(recentClaims(claims));
  const senior = evidence.seniorOwnership >= 2 && evidence.operating >= 1;
  // A manager's recent work is mostly about people; hiring alongside hands-on work is not that.
  if (evidence.peopleManagement >= 2 && evidence.peopleManagement >= evidence.handsOn) return "manager";
  if (senior && evidence.multiTeam >= 2) return "staff";
  if (senior && evidence.technicalLeadership >= 2 && evidence.handsOn >= 2) return "tech-lead";
  if (senior) return "senior";
  return "mid";
}
