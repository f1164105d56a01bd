import type { ResolvedConfig } from "../config/resolve.js";
import { resultSeverityOf } from "../config/severity.js";
import type { LintMessage } from "../model/results.js";

/**
 * Severities and "off" from the configuration, applied to a file's findings after the rules ran:
 * the one place they are decided, for the CLI, the language server and the HTML report alike.
 * Messages without a rule (a file that could not be read) are kept as they are.
 */
export function applyConfig(messages: readonly LintMessage[], config: ResolvedConfig): LintMessage[] {
  const applied: LintMessage[] = [];
  for (const message of messages) {
    const rule = message.ruleId === null ? undefined : config.rules.get(message.ruleId);
    if (!rule) applied.push(message);
    else if (rule.severity !== "off") {
      const severity = resultSeverityOf(rule.severity);
      applied.push(severity === message.severity ? message : { ...message, severity });
    }
  }
  return applied;
}
