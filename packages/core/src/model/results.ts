import type { Box, SourceFormat } from "./document.js";
import type { LevelAssessment, PostingReading } from "./level.js";
import type { TargetLevel } from "./target-levels.js";

/** 1 = warning, 2 = error, as in ESLint. */
export type Severity = 1 | 2;

export interface LintMessage {
  /** Null only for a fatal message about a file that could not be read. */
  ruleId: string | null;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The text of the claim the message is about, whitespace collapsed. */
  excerpt: string;
  /** Present and true only when the file could not be read or parsed. */
  fatal?: true;
  /** Where to read more about the rule. */
  url?: string;
  /**
   * The words in the claim that triggered the finding ("Helped with"), where they stand in the
   * source; absent when the finding is about the claim as a whole or the words cannot be found.
   */
  trigger?: TriggerRange;
  /** A safe edit an editor can offer as a quick fix: replace `range` in the source with `text`. */
  fix?: { title: string; range: { line: number; column: number; endLine: number; endColumn: number }; text: string };
  /** PDF only: the page the claim is on, and its box in PDF coordinates. */
  page?: number;
  box?: Box;
}

export interface LevelReport {
  target: TargetLevel;
  /** Null when the file could not be read or has too few claims to estimate from. */
  estimated: TargetLevel | null;
  /** The whole level picture: lenses, rubric, shortfalls, down-level risk; null when `estimated` is. */
  assessment: LevelAssessment | null;
  /** Present when the resume was checked against a job posting. */
  posting?: PostingReading;
}

export interface LintResult {
  filePath: string;
  format: SourceFormat;
  messages: LintMessage[];
  /** Findings a disable comment, an accepted finding or the baseline took out, each with why. */
  suppressedMessages?: SuppressedMessage[];
  errorCount: number;
  warningCount: number;
  level: LevelReport;
}

/** Words of a claim and their place in the source; `endColumn` is exclusive, as for messages. */
export interface TriggerRange {
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Why a finding is not reported: a disable comment, an accepted finding in the config, or the baseline. */
export interface Suppression {
  kind: "directive" | "accept" | "baseline";
  justification: string;
}

export interface SuppressedMessage extends LintMessage {
  suppressions: Suppression[];
}
