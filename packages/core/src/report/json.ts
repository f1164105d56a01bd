import type { LintResult } from "../model/results.js";

/** The documented JSON shape: one object per file, message fields in a fixed order. */
export function formatJson(results: readonly LintResult[]): string {
  const shaped = results.map((result) => ({
    filePath: result.filePath,
    format: result.format,
    messages: result.messages.map((message) => ({
      ...(message.fatal ? { fatal: true } : {}),
      ruleId: message.ruleId,
      severity: message.severity,
      message: message.message,
      line: message.line,
      column: message.column,
      endLine: message.endLine,
      endColumn: message.endColumn,
      excerpt: message.excerpt,
      ...(message.trigger !== undefined ? { trigger: message.trigger } : {}),
      ...(message.page !== undefined ? { page: message.page } : {}),
      ...(message.box !== undefined ? { box: message.box } : {}),
    })),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    level: { target: result.level.target, estimated: result.level.estimated },
  }));
  return `${JSON.stringify(shaped, null, 2)}\n`;
}
