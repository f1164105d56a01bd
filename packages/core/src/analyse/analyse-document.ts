import type { AnalysedClaim } from "../analyse/signals.js";
import type { ResumeDocument } from "../model/document.js";
import { analyseClaim } from "./claim.js";

/** Signals for every claim of a document, computed once and shared by all rules. */
export function analyseDocument(document: ResumeDocument): AnalysedClaim[] {
  return document.claims.map((claim, index) => {
    const section = document.sections[claim.sectionIndex];
    if (!section) throw new Error(`claim ${index} points at a missing section`);
    return {
      index,
      claim,
      section,
      role: claim.roleIndex === null ? null : (document.roles[claim.roleIndex] ?? null),
      signals: analyseClaim(claim.text),
    };
  });
}

/**
 * Whether a claim argues a level. Education and skills list facts; text that was not read
 * reliably is reported once and judged by nothing.
 */
export function isEvidenceClaim(claim: AnalysedClaim): boolean {
  return claim.section.kind !== "education" && claim.section.kind !== "skills" && claim.claim.unreliable === undefined;
}
