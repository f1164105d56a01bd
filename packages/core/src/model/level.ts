import type { TargetLevel } from "./target-levels.js";

/** How high a claim's responsibility reaches, from a task inside someone's project to the whole organisation. */
export const ALTITUDES = ["task", "feature", "service", "multi-team", "organisation"] as const;
export type Altitude = (typeof ALTITUDES)[number];

/** The four questions a level is judged by: how big, how hard, whose decision, what if it fails. */
export const LENSES = ["scope", "complexity", "authority", "consequence"] as const;
export type Lens = (typeof LENSES)[number];

/** What kind of evidence a claim is, beyond its altitude. */
export type EvidenceKind =
  | "operating"
  | "decision"
  | "hands-on"
  | "influence"
  | "team-lead"
  | "people"
  | "coordination"
  | "impact"
  | "weak-ownership";

/** The evidence reading of one claim: the chapter's evidence-by-level inventory, done for the writer. */
export interface ClaimEvidence {
  altitude: Altitude;
  /** The level shape the claim is evidence of, or null when it is evidence of none (a list of tools, a coordination duty). */
  shape: TargetLevel | null;
  /** The lenses the claim gives evidence for, in lens order. */
  lenses: Lens[];
  /** How strong the claim is on each lens, 0–4 on the same scale as the resume's lens scores. */
  strength: Record<Lens, number>;
  kinds: EvidenceKind[];
}

/** A claim quoted as evidence: where it is and what it says. */
export interface Citation {
  line: number;
  column: number;
  excerpt: string;
  /** PDF only. */
  page?: number;
}

export interface LensScore {
  /** 0–4: 2 reads as mid-level evidence, 3 as senior, 4 as staff. */
  score: number;
  reason: string;
  evidence: Citation[];
}

export const RUBRIC_CATEGORIES = [
  "evidence-over-tenure",
  "scope-clarity",
  "technical-depth",
  "production-responsibility",
  "influence-evidence",
  "role-calibration",
  "down-level-readiness",
] as const;
export type RubricCategory = (typeof RUBRIC_CATEGORIES)[number];

export type RubricEntry =
  | { category: RubricCategory; observable: true; score: number; reason: string; evidence: Citation[] }
  | { category: RubricCategory; observable: false; reason: string };

export type Confidence = "low" | "medium" | "high";

/** A lens or rubric category that falls short of the target, with the evidence that would close it. */
export interface Shortfall {
  /** A lens, a rubric category, or the level's own kind of evidence ("people leadership", "team leadership"). */
  area: Lens | RubricCategory | "people-leadership" | "team-leadership";
  score: number;
  expected: number;
  /** What to add, in one clause. */
  remedy: string;
}

export const WORKSHEET_DIMENSIONS = [
  "scope",
  "complexity",
  "decision authority",
  "production ownership",
  "influence",
  "hands-on depth",
  "level language",
] as const;
export type WorksheetDimension = (typeof WORKSHEET_DIMENSIONS)[number];

export type Risk = "low" | "medium" | "high";

export interface WorksheetRow {
  dimension: WorksheetDimension;
  /** What the posting appears to require, with the words that say so. */
  requires: string;
  /** The resume's strongest evidence for it, or null when there is none. */
  evidence: Citation | null;
  risk: Risk;
}

/** A clue in a posting and the level shape it points to. */
export interface PostingClue {
  /** The words that are the clue. */
  text: string;
  /** The posting's sentence they stand in. */
  sentence: string;
  line: number;
  shape: TargetLevel;
}

export interface PostingReading {
  /** The level shape the posting's responsibilities ask for. */
  inferred: TargetLevel;
  confidence: Confidence;
  clues: PostingClue[];
  worksheet: WorksheetRow[];
  /** Two or more high-risk rows: apply if you can build the missing evidence, but do not count on it. */
  stretch: boolean;
}

/** The level picture of a whole resume. */
export interface LevelAssessment {
  target: TargetLevel;
  /** The level shape the evidence supports; mid is the lowest level reslint names. */
  estimated: TargetLevel;
  confidence: Confidence;
  /** The evidence reads below mid-level work; reslint still names mid, the lowest level it knows. */
  belowMid: boolean;
  /** The claims that decided the estimate. */
  deciding: Citation[];
  /** Whether the evidence supports each level on its own terms. */
  supports: Record<TargetLevel, boolean>;
  lenses: Record<Lens, LensScore>;
  /** The lens profile the target level expects, 0–4 per lens. */
  expected: Record<Lens, number>;
  rubric: RubricEntry[];
  /** The chapter's gate: technical depth or production responsibility below 3 before a staff-shaped target. */
  gates: string[];
  /** Where the evidence falls short of the target, most important first; empty when it supports it. */
  shortfalls: Shortfall[];
  /** The most credible reason a company would level this resume below the target, and the evidence that would answer it. */
  downLevelRisk: string;
}
