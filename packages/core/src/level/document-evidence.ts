import { analyseDocument, isEvidenceClaim } from "../analyse/analyse-document.js";
import type { ResumeDocument } from "../model/document.js";
import type { ClaimEvidence } from "../model/level.js";
import { readClaimEvidence } from "./claim-evidence.js";

/** The evidence reading of every claim, in document order; null for claims that argue no level. */
export function evidenceByClaim(document: ResumeDocument): (ClaimEvidence | null)[] {
  return analyseDocument(document).map((claim) => (isEvidenceClaim(claim) ? readClaimEvidence(claim.signals) : null));
}
