export { analyseDocument, isEvidenceClaim, SignalCache } from "./analyse/analyse-document.js";
export { analyseClaim, lemmaOf } from "./analyse/claim.js";
export { phraseProblem, wordProblem } from "./analyse/phrases.js";
export type { AnalysedClaim, ClaimSignals, MainVerb, Match, OwnershipStrength, ScopeLevel } from "./analyse/signals.js";
export { SCOPE_LEVELS } from "./analyse/signals.js";
export { applyConfig } from "./check/apply-config.js";
export {
  applyBaseline,
  BASELINE_FILE,
  type Baseline,
  type BaselineEntry,
  type FileFindings,
  parseBaseline,
  pruneBaseline,
  serialiseBaseline,
  suppressAll,
} from "./check/baseline.js";
export {
  fatalResult,
  type LintOptions,
  lintDocument,
  lintFile,
  lintFileWithReading,
  lintText,
  lintTextWithReading,
  READING_CONFIDENCE_ID,
  type TextLint,
} from "./check/engine.js";
export { claimFingerprint, normaliseClaim } from "./check/fingerprint.js";
export {
  type DocumentLint,
  type FileLint,
  lint,
  lintOptionsFor,
  lintResumeFile,
  lintResumeText,
  readOptionsFor,
} from "./check/lint.js";
export { LintCache } from "./check/lint-cache.js";
export {
  POST_PROCESS_STEPS,
  type PostProcessContext,
  type PostProcessStep,
  postProcess,
  withBaseline,
} from "./check/post-process.js";
export type { Report, ReportTarget, Rule, RuleContext, RuleMeta, RuleOptions, RuleSeverity } from "./check/rule.js";
export { defineRule } from "./check/rule.js";
export { type AcceptedFinding, applyAccepted, applyDirectives } from "./check/suppress.js";
export { ConfigError } from "./config/config-error.js";
export {
  CONFIG_KEYS,
  type ConfigFile,
  type ConfigOverride,
  type KnownRule,
  OVERRIDE_KEYS,
  type RuleEntry,
} from "./config/config-file.js";
export { CONFIG_FILE_NAMES, ConfigExplorer, type LoadedConfig, PACKAGE_KEY, searchFrom } from "./config/explorer.js";
export { keyPath } from "./config/key-path.js";
export { configurableRules } from "./config/known-rules.js";
export { type ConfigLayer, cliLayer, editorLayer, fileLayers, type LayerKey } from "./config/layers.js";
export { DEFAULT_LIMITS, LIMIT_KEYS, LIMIT_MAXIMUMS, type LimitKey, type ReaderLimits } from "./config/limits.js";
export { type PrintableConfig, printableConfig } from "./config/printable.js";
export {
  type PostingLoader,
  type ResolvedConfig,
  type ResolvedPosting,
  type ResolvedRule,
  type ResolveInput,
  resolveConfig,
} from "./config/resolve.js";
export { CONFIG_SEVERITIES, type ConfigSeverity, configSeverityOf } from "./config/severity.js";
export { type ConfigSource, describeSource, type Sourced } from "./config/sources.js";
export { STARTER_FILE_NAMES, type StarterFormat, type StarterOptions, starterConfig } from "./config/starter.js";
export { didYouMean, nearest } from "./config/suggest.js";
export { type LevelReading, MIN_CLAIMS_FOR_ESTIMATE, readLevel } from "./level/assess.js";
export { readClaimEvidence } from "./level/claim-evidence.js";
export { evidenceByClaim, evidenceFromReading } from "./level/document-evidence.js";
export { type PostingRequirements, type Requirement, readPosting } from "./level/posting.js";
export { isCoordinationHeavy, type RoleEvidence } from "./level/role-evidence.js";
export { EXPECTED_PROFILE } from "./level/shortfalls.js";
export { titleLevel } from "./level/title-level.js";
export type { WeighedClaim } from "./level/weighed-claim.js";
export { readPostingFit } from "./level/worksheet.js";
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
  UnreliableText,
} from "./model/document.js";
export {
  ALTITUDES,
  type Altitude,
  type Citation,
  type ClaimEvidence,
  type Confidence,
  type EvidenceKind,
  LENSES,
  type Lens,
  type LensScore,
  type LevelAssessment,
  type PostingClue,
  type PostingReading,
  type Risk,
  RUBRIC_CATEGORIES,
  type RubricCategory,
  type RubricEntry,
  type Shortfall,
  WORKSHEET_DIMENSIONS,
  type WorksheetDimension,
  type WorksheetRow,
} from "./model/level.js";
export type {
  LevelReport,
  LintMessage,
  LintResult,
  Severity,
  SuppressedMessage,
  Suppression,
  TriggerRange,
} from "./model/results.js";
export {
  DEFAULT_TARGET_LEVEL,
  isTargetLevel,
  LEVEL_DESCRIPTIONS,
  TARGET_LEVELS,
  type TargetLevel,
} from "./model/target-levels.js";
export {
  type DeclarativeRule,
  type DeclarativeRuleDefinition,
  declarativeRule,
  MESSAGE_PLACEHOLDERS,
  type SignalCondition,
  type UnlessCondition,
} from "./packs/declarative.js";
export { clearPackCache, type DeclaredRule, loadPacks, parseRulesFile } from "./packs/files.js";
export { PackError, type PackProblem } from "./packs/pack-error.js";
export { COUNT_SIGNALS, type CountSignal, RULE_SIGNALS, type RuleSignal } from "./packs/signals.js";
export type { LoadedPack } from "./packs/types.js";
export { vocabularyWithPacks } from "./packs/vocabulary.js";
export { maskDirectives, readDirectives } from "./read/directives.js";
export {
  formatOf,
  MAX_TEXT_BYTES,
  type ReadFileResult,
  type ReadOptions,
  ResumeReadError,
  readResumeFile,
  readResumeText,
  SUPPORTED_EXTENSIONS,
} from "./read/index.js";
export type { ReadLimits } from "./read/read-limits.js";
export { formatCompact } from "./report/compact.js";
export { formatGithub } from "./report/github.js";
export { formatHtmlReport, type HtmlReportInput } from "./report/html.js";
export { type InspectView, inspectView } from "./report/inspect.js";
export { evidenceText, formatInspectText } from "./report/inspect-text.js";
export { formatJson } from "./report/json.js";
export { estimateText, lensBar, levelSummaryLines } from "./report/level-summary.js";
export { formatSarif, type SarifOptions, type SarifRule } from "./report/sarif.js";
export { formatStylish, type StylishOptions } from "./report/stylish.js";
export { compileVocabulary, extendVocabularyData, type Vocabulary } from "./vocabulary/compile.js";
export {
  parseVocabularyFile,
  readVocabularyFiles,
  readVocabularyFolder,
  type VocabularyFile,
  type VocabularySource,
} from "./vocabulary/files.js";
export { VOCABULARY_PARTS, VocabularyError } from "./vocabulary/parts.js";
export type { VocabularyData, VocabularyExtension, VocabularyPart } from "./vocabulary/types.js";
