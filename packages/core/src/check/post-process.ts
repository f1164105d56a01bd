import type { ResolvedConfig } from "../config/resolve.js";
import type { ResumeDocument } from "../model/document.js";
import type { LintMessage, LintResult } from "../model/results.js";
import { applyConfig } from "./apply-config.js";

/** What a post-processing step sees besides the findings. */
export interface PostProcessContext {
  config: ResolvedConfig;
  /** The document the findings are about; null when the file could not be read. */
  document: ResumeDocument | null;
}

/** One step over a file's findings after the rules: it may drop, keep or change them. */
export type PostProcessStep = (messages: readonly LintMessage[], context: PostProcessContext) => LintMessage[];

/**
 * The steps every lint's findings go through after the rules, in order. Suppression comments,
 * accepted findings and baselines belong here too, after the severities.
 */
export const POST_PROCESS_STEPS: readonly PostProcessStep[] = [(messages, { config }) => applyConfig(messages, config)];

/** A file's result after the post-processing steps, its counts taken again. */
export function postProcess(result: LintResult, context: PostProcessContext): LintResult {
  let messages: readonly LintMessage[] = result.messages;
  for (const step of POST_PROCESS_STEPS) messages = step(messages, context);
  if (messages === result.messages) return result;
  return {
    ...result,
    messages: [...messages],
    errorCount: messages.filter((message) => message.severity === 2).length,
    warningCount: messages.filter((message) => message.severity === 1).length,
  };
}
