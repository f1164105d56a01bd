import type { LintResult } from "../model/results.js";

/**
 * One finding per line, `file:line:col: severity rule-id message`, for editors' problem matchers
 * and grep. A message about the file itself (one that could not be read) has no rule id.
 */
export function formatCompact(results: readonly LintResult[]): string {
  const lines = results.flatMap((result) =>
    result.messages.map((message) => {
      const severity = message.severity === 2 ? "error" : "warning";
      const rule = message.ruleId === null ? "" : ` ${message.ruleId}`;
      const page = message.page !== undefined ? ` (page ${message.page})` : "";
      return `${result.filePath}:${message.line}:${message.column}: ${severity}${rule} ${message.message.replace(/\s*\n\s*/g, " ")}${page}`;
    }),
  );
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
