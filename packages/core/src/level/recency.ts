import type { AnalysedClaim } from "../analyse/signals.js";

/**
 * How much a claim counts toward the level: recent roles most, older roles less, and a summary's
 * self-description least, since it restates what the roles should show. Roles are read in the
 * order resumes list them, most recent first.
 */
const ROLE_WEIGHTS = [1, 0.75, 0.5] as const;
const OLDER_ROLE_WEIGHT = 0.35;
const SUMMARY_WEIGHT = 0.3;
const PROJECT_WEIGHT = 0.6;

export function recencyWeight(claim: AnalysedClaim): number {
  const { roleIndex } = claim.claim;
  if (roleIndex !== null) return ROLE_WEIGHTS[roleIndex] ?? OLDER_ROLE_WEIGHT;
  if (claim.section.kind === "summary") return SUMMARY_WEIGHT;
  if (claim.section.kind === "projects") return PROJECT_WEIGHT;
  // A resume read without roles (plain text, a list of bullets) still argues its level through them.
  return 1;
}
