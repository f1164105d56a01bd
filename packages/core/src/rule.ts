import type { ClaimSignals } from "./analyse/signals.js";
import type { Claim, ResumeDocument, Role, Section, SourceRange } from "./document.js";
import type { TargetLevel } from "./levels.js";

export type RuleSeverity = "warning" | "error";

export interface RuleMeta {
  /** Stable id, kebab-case; used in output, configuration and docs. */
  id: string;
  /** One line: what the rule flags. */
  description: string;
  /** Severity when the user does not override it. */
  severity: RuleSeverity;
  /** Target levels the rule applies to; it does not run for others. */
  levels: readonly TargetLevel[];
  /** Where the rule's documentation lives. */
  url: string;
}

/** A claim together with the signals computed for it once, before any rule runs. */
export interface AnalysedClaim {
  /** Index into `ResumeDocument.claims`. */
  index: number;
  claim: Claim;
  section: Section;
  role: Role | null;
  signals: ClaimSignals;
}

/** What a finding points at: a claim, a role line or a section heading. */
export type ReportTarget =
  | { claim: AnalysedClaim }
  | { role: Role }
  | { section: Section }
  | { range: SourceRange; excerpt: string };

export type Report = ReportTarget & { message: string };

export interface RuleContext {
  readonly level: TargetLevel;
  readonly document: ResumeDocument;
  readonly claims: readonly AnalysedClaim[];
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Identity helper that gives rule authors type checking and editor help. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
