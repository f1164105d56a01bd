import type { AnalysedClaim, ClaimSignals } from "../analyse/signals.js";
import type { ResumeDocument } from "../model/document.js";
import { RunCache } from "../model/run-cache.js";
import type { Vocabulary } from "../vocabulary/compile.js";
import { analyseClaim } from "./claim.js";

/**
 * Signals by claim text, so an editor re-linting after a keystroke re-analyses only the claims
 * that changed. Signals hold offsets into the claim's own text, so equal text means equal signals,
 * for the one vocabulary the cache was made for.
 */
export class SignalCache {
  private readonly runs = new RunCache<ClaimSignals>();

  constructor(readonly vocabulary: Vocabulary) {}

  signalsOf(text: string): ClaimSignals {
    return this.runs.get(text, () => analyseClaim(text, this.vocabulary));
  }

  /** Forgets the claims the last run did not use. */
  endRun(): void {
    this.runs.endRun();
  }

  get size(): number {
    return this.runs.size;
  }
}

/**
 * Signals for every claim of a document, computed once and shared by all rules. A cache made for
 * another vocabulary is not used.
 */
export function analyseDocument(
  document: ResumeDocument,
  vocabulary: Vocabulary,
  cache?: SignalCache,
): AnalysedClaim[] {
  const cached = cache?.vocabulary === vocabulary ? cache : undefined;
  return document.claims.map((claim, index) => {
    const section = document.sections[claim.sectionIndex];
    if (!section) throw new Error(`claim ${index} points at a missing section`);
    return {
      index,
      claim,
      section,
      role: claim.roleIndex === null ? null : (document.roles[claim.roleIndex] ?? null),
      signals: cached ? cached.signalsOf(claim.text) : analyseClaim(claim.text, vocabulary),
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
