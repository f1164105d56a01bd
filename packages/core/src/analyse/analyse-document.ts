import type { AnalysedClaim, ClaimSignals } from "../analyse/signals.js";
import type { ResumeDocument } from "../model/document.js";
import { analyseClaim } from "./claim.js";

/**
 * Signals by claim text, so an editor re-linting after a keystroke re-analyses only the claims
 * that changed. Signals hold offsets into the claim's own text, so equal text means equal signals.
 * Bounded: the oldest entries go first.
 */
export class SignalCache {
  private readonly entries = new Map<string, ClaimSignals>();

  constructor(private readonly limit = 5000) {}

  signalsOf(text: string): ClaimSignals {
    const cached = this.entries.get(text);
    if (cached) {
      // Re-inserting keeps recently used claims at the end, away from eviction.
      this.entries.delete(text);
      this.entries.set(text, cached);
      return cached;
    }
    const signals = analyseClaim(text);
    this.entries.set(text, signals);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
    return signals;
  }

  get size(): number {
    return this.entries.size;
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
