import { analyseDocument, isEvidenceClaim } from "../analyse/analyse-document.js";
import type { ResumeDocument } from "../model/document.js";
import type { ClaimEvidence } from "../model/level.js";
import type { Vocabulary } from "../vocabulary/compile.js";
import type { LevelReading } from "./assess.js";
import { readClaimEvidence } from "./claim-evidence.js";

/** The evidence reading of every claim, in document order; null for claims that argue no level. */
export function evidenceByClaim(document: ResumeDocument, vocabulary: Vocabulary): (ClaimEvidence | null)[] {
  return analyseDocument(document, vocabulary).map((claim) =>
    isEvidenceClaim(claim) ? readClaimEvidence(claim.signals) : null,
  );
}

/** The same readings taken from a lint's level reading, so a document linted once is not analysed again. */
export function evidenceFromReading(document: ResumeDocument, reading: LevelReading): (ClaimEvidence | null)[] {
  const evidence: (ClaimEvidence | null)[] = document.claims.map(() => null);
  for (const claim of reading.claims) evidence[claim.claim.index] = claim.evidence;
  return evidence;
}
