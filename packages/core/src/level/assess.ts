import type { AnalysedClaim } from "../analyse/signals.js";
import type { ResumeDocument } from "../model/document.js";
import type { LevelAssessment } from "../model/level.js";
import type { TargetLevel } from "../model/target-levels.js";
import { downLevelRisk } from "./down-level-risk.js";
import { estimateFrom } from "./estimate.js";
import { scoreLenses } from "./lenses.js";
import { type RoleEvidence, readRoles } from "./role-evidence.js";
import { gatesFor, scoreRubric } from "./rubric.js";
import { EXPECTED_PROFILE, shortfallsFor } from "./shortfalls.js";
import { type WeighedClaim, weighClaims } from "./weighed-claim.js";

/** Fewer claims than this are not enough to estimate a level from. */
export const MIN_CLAIMS_FOR_ESTIMATE = 3;

/** The level picture, and the claim and role readings it was built from (rules read those). */
export interface LevelReading {
  /** Null when the resume has too few claims to estimate a level. */
  assessment: LevelAssessment | null;
  claims: WeighedClaim[];
  roles: RoleEvidence[];
}

/** Reads the level evidence of a resume's claims, checked against `target`. */
export function readLevel(
  document: ResumeDocument,
  analysed: readonly AnalysedClaim[],
  target: TargetLevel,
): LevelReading {
  const claims = weighClaims(analysed);
  const roles = readRoles(document.roles, claims);
  if (claims.length < MIN_CLAIMS_FOR_ESTIMATE) return { assessment: null, claims, roles };
  const lenses = scoreLenses(claims);
  const rubric = scoreRubric(claims);
  const estimate = estimateFrom(claims, lenses);
  const shortfalls = estimate.supports[target] ? [] : shortfallsFor(target, lenses, rubric, estimate);
  const assessment: LevelAssessment = {
    target,
    estimated: estimate.estimated,
    confidence: estimate.confidence,
    belowMid: estimate.belowMid,
    deciding: estimate.deciding,
    supports: estimate.supports,
    lenses,
    expected: EXPECTED_PROFILE[target],
    rubric,
    gates: gatesFor(rubric, target),
    shortfalls,
    downLevelRisk: downLevelRisk(target, estimate.supports[target] ? [] : shortfalls, roles, claims, lenses),
  };
  return { assessment, claims, roles };
}
