import type { ResolvedConfig } from "../config/resolve.js";
import { nearest } from "../config/suggest.js";
import type { ResumeDocument } from "../model/document.js";
import type { LintMessage, LintResult, Severity, SuppressedMessage } from "../model/results.js";
import { applyConfig } from "./apply-config.js";
import { applyBaseline, type Baseline } from "./baseline.js";
import { applyAccepted, applyDirectives } from "./suppress.js";

/** What a post-processing step sees besides the findings. */
export interface PostProcessContext {
  config: ResolvedConfig;
  /** The document the findings are about; null when the file could not be read. */
  document: ResumeDocument | null;
  /** Report disable comments that turn nothing off, at this severity (`--report-unused-disable-directives`). */
  reportUnusedDirectives?: Severity;
  /** The baseline (`reslint-suppressions.json`) and this file's path as the baseline names it. */
  baseline?: { entries: Baseline; file: string };
  /** Where steps put the findings they take out, each with why. */
  suppressed: SuppressedMessage[];
}

/** Disable comments (the readers of Markdown and text find them), and messages about comments that name no rule or turn nothing off. */
function disableComments(messages: readonly LintMessage[], context: PostProcessContext): LintMessage[] {
  const directives = context.document?.directives ?? [];
  if (directives.length === 0) return [...messages];
  const known = [...context.config.rules.keys()];
  const outcome = applyDirectives(messages, directives, {
    knownRules: new Set(known),
    suggest: (id) => nearest(id, known),
    ...(context.reportUnusedDirectives ? { reportUnused: context.reportUnusedDirectives } : {}),
  });
  context.suppressed.push(...outcome.suppressed);
  return [...outcome.messages, ...outcome.problems];
}

/** One step over a file's findings after the rules: it may drop, keep or change them. */
export type PostProcessStep = (messages: readonly LintMessage[], context: PostProcessContext) => LintMessage[];

/**
 * The steps every lint's findings go through after the rules, in order. Suppression comments,
 * accepted findings and baselines belong here too, after the severities.
 */
/** Findings the configuration accepts by rule and claim words: the way to accept one in a PDF or Word file. */
function acceptedFindings(messages: readonly LintMessage[], context: PostProcessContext): LintMessage[] {
  if (context.config.accept.length === 0) return [...messages];
  const outcome = applyAccepted(messages, context.config.accept);
  context.suppressed.push(...outcome.suppressed);
  return outcome.messages;
}

/** Findings the baseline already holds, for a resume adopted with `--suppress-all`. */
function knownFindings(messages: readonly LintMessage[], context: PostProcessContext): LintMessage[] {
  if (!context.baseline) return [...messages];
  const outcome = applyBaseline(context.baseline.file, messages, context.baseline.entries);
  context.suppressed.push(...outcome.suppressed);
  return outcome.messages;
}

export const POST_PROCESS_STEPS: readonly PostProcessStep[] = [
  (messages, { config }) => applyConfig(messages, config),
  disableComments,
  acceptedFindings,
  knownFindings,
];

/** A file's result after the post-processing steps, its counts taken again. */
export function postProcess(result: LintResult, context: Omit<PostProcessContext, "suppressed">): LintResult {
  const full: PostProcessContext = { ...context, suppressed: [] };
  let messages: readonly LintMessage[] = result.messages;
  for (const step of POST_PROCESS_STEPS) messages = step(messages, full);
  if (messages === result.messages && full.suppressed.length === 0) return result;
  return withMessages(result, messages, full.suppressed);
}

/**
 * A result already post-processed, with a baseline written after it was linted applied too: what
 * `--suppress-all` prints, so its output is what the next run will show.
 */
export function withBaseline(result: LintResult, baseline: { entries: Baseline; file: string }): LintResult {
  const outcome = applyBaseline(baseline.file, result.messages, baseline.entries);
  if (outcome.suppressed.length === 0) return result;
  return withMessages(result, outcome.messages, [...(result.suppressedMessages ?? []), ...outcome.suppressed]);
}

function withMessages(
  result: LintResult,
  kept: readonly LintMessage[],
  suppressed: readonly SuppressedMessage[],
): LintResult {
  const messages = [...kept].sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    ...result,
    messages,
    ...(suppressed.length > 0 ? { suppressedMessages: [...suppressed] } : {}),
    errorCount: messages.filter((message) => message.severity === 2).length,
    warningCount: messages.filter((message) => message.severity === 1).length,
  };
}
