import type { AnalysedClaim } from "../analyse/signals.js";
import type { Citation, ClaimEvidence, EvidenceKind } from "../model/level.js";
import { shorten } from "../model/shorten.js";
import { readClaimEvidence } from "./claim-evidence.js";
import { recencyWeight } from "./recency.js";

/** A claim with its evidence reading and how much it counts. */
export interface WeighedClaim {
  claim: AnalysedClaim;
  evidence: ClaimEvidence;
  weight: number;
}

export function weighClaims(claims: readonly AnalysedClaim[]): WeighedClaim[] {
  return claims.map((claim) => ({ claim, evidence: readClaimEvidence(claim.signals), weight: recencyWeight(claim) }));
}

const EXCERPT_LENGTH = 120;

export function citationOf({ claim }: WeighedClaim): Citation {
  const text = claim.claim.text.replace(/\s+/g, " ").trim();
  const excerpt = shorten(text, EXCERPT_LENGTH);
  return {
    line: claim.claim.range.start.line,
    column: claim.claim.range.start.column,
    excerpt,
    ...(claim.claim.page !== undefined ? { page: claim.claim.page } : {}),
  };
}

/** The summed weight of the claims that pass `test`. */
export function weightOf(claims: readonly WeighedClaim[], test: (claim: WeighedClaim) => boolean): number {
  let total = 0;
  for (const claim of claims) if (test(claim)) total += claim.weight;
  return total;
}

/** Claims from the two most recent roles (or from a resume without roles) are recent. */
export const isRecent = (claim: WeighedClaim) => claim.weight >= 0.75;

export const hasKind = (kind: EvidenceKind) => (claim: WeighedClaim) => claim.evidence.kinds.includes(kind);

/** The strongest claims by `rank` (ties go to the more recent), at most `count`. */
export function strongest(
  claims: readonly WeighedClaim[],
  rank: (claim: WeighedClaim) => number,
  count = 3,
): WeighedClaim[] {
  return claims
    .filter((claim) => rank(claim) > 0)
    .sort((a, b) => rank(b) - rank(a) || b.weight - a.weight || a.claim.index - b.claim.index)
    .slice(0, count);
}
