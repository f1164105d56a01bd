import type { ZodType } from "zod";
import type { AnalysedClaim, Match } from "../analyse/signals.js";
import type { LevelReading } from "../level/assess.js";
import type { ResumeDocument, Role, Section, SourceRange } from "../model/document.js";
import type { TargetLevel } from "../model/target-levels.js";
import type { Vocabulary } from "../vocabulary/compile.js";

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
  /**
   * The options the rule takes in a config file (`[severity, options]`), as a zod schema; a rule
   * without one accepts any object. Validated with the rest of the config, so a mistake names the key.
   */
  options?: ZodType<RuleOptions>;
  /** The pack the rule comes from (its name, as in `acme/no-rockstar`); absent for a built-in rule. */
  pack?: string;
  /** The rule's page in Markdown, when it is written inline rather than kept at `url` (a pack's rule). */
  doc?: string;
}

/** A rule's options as the user set them: an object, validated by the rule's `meta.options` when it has one. */
export type RuleOptions = Readonly<Record<string, unknown>>;

/** What a finding points at: a claim, a role line or a section heading. */
export type ReportTarget =
  | { claim: AnalysedClaim }
  | { role: Role }
  | { section: Section }
  | { range: SourceRange; excerpt: string }
  /** The resume as a whole: reported at its first line, where a reader starts. */
  | { document: true };

/**
 * A finding: what it points at, its message, and for a claim the words that triggered it (a
 * `Match` into the claim's text), so an editor can underline "Helped with" rather than the claim.
 */
export type Report = ReportTarget & {
  message: string;
  trigger?: Match;
  /**
   * A safe edit, for a claim report: replace these words of the claim (a `Match` into its text) with
   * `replacement`. A match that starts with whitespace takes the whitespace before it in the source too.
   */
  fix?: { match: Match; replacement: string; title: string };
};

export interface RuleContext {
  readonly level: TargetLevel;
  readonly document: ResumeDocument;
  readonly claims: readonly AnalysedClaim[];
  /** The level evidence of the same claims, read once: per-claim readings, roles and the assessment. */
  readonly levelReading: LevelReading;
  /** The rule's options from the configuration; empty when none were set. */
  readonly options: RuleOptions;
  /** The vocabulary the document was read and analysed with, for a rule that reads words itself (a title's level). */
  readonly vocabulary: Vocabulary;
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
