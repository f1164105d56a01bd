export { analyseClaim, lemmaOf } from "./analyse/claim.js";
export { analyseDocument } from "./analyse/document.js";
export type { ClaimSignals, MainVerb, Match, OwnershipStrength, ScopeLevel } from "./analyse/signals.js";
export { SCOPE_LEVELS } from "./analyse/signals.js";
export type {
  Box,
  Claim,
  ClaimKind,
  Point,
  ResumeDocument,
  Role,
  Section,
  SectionKind,
  SourceFormat,
  SourceRange,
} from "./document.js";
export { collectLevelEvidence, estimateLevel, type LevelEvidence } from "./level.js";
export { DEFAULT_TARGET_LEVEL, isTargetLevel, LEVEL_DESCRIPTIONS, TARGET_LEVELS, type TargetLevel } from "./levels.js";
export { fatalResult, type LintOptions, lintDocument, lintFile, lintText } from "./lint.js";
export {
  formatOf,
  MAX_TEXT_BYTES,
  type ReadFileResult,
  ResumeReadError,
  readResumeFile,
  readResumeText,
  SUPPORTED_EXTENSIONS,
} from "./read/index.js";
export { type InspectView, inspectView } from "./report/inspect.js";
export { formatJson } from "./report/json.js";
export { formatStylish, type StylishOptions } from "./report/stylish.js";
export type { LevelReport, LintMessage, LintResult, Severity } from "./results.js";
export type { AnalysedClaim, Report, ReportTarget, Rule, RuleContext, RuleMeta, RuleSeverity } from "./rule.js";
export { defineRule } from "./rule.js";
