import type { AnalysedClaim, ClaimSignals } from "../analyse/signals.js";
import type { ResumeDocument } from "../model/document.js";
import { RunCache } from "../model/run-cache.js";
import { analyseClaim } from "./claim.js";

/**
 * Signals by claim text, so an editor re-linting after a keystroke re-analyses only the claims
 * that changed. Signals hold offsets into the claim's own text, so equal text means equal signals.
 */
export class SignalCache {
  private readonly runs = new RunCache<ClaimSignals>();

  signalsOf(text: string): ClaimSignals {
    return this.runs.get(text, () => analyseClaim(text));
  }

  /** Forgets the claims the last run did not use. */
  endRun(): void {
    this.runs.endRun();
  }

  get size(): number {
    return this.runs.size;
  }
}

/** Signals for every claim of a document, computed once and shared by all rules. */
export function analyseDocument(document: ResumeDocument, cache?: SignalCache): AnalysedClaim[] {
  return document.claims.map((claim, index) => {
    const section = document.sections[claim.sectionIndex];
    if (!section) throw new Error(`claim ${index} points at a missing section`);
    return {
      index,
      claim,
      section,
      role: claim.roleIndex === null ? null : (document.roles[claim.roleIndex] ?? null),
      signals: cache ? cache.signalsOf(claim.text) : analyseClaim(claim.text),
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
