import type { LevelReport, LintMessage, LintResult } from "../model/results.js";

/**
 * The documented `level` object: `target` and `estimated` always; the assessment's fields when a
 * level could be estimated; `posting` when a job posting was given.
 */
function levelJson(level: LevelReport) {
  const { assessment } = level;
  return {
    target: level.target,
    estimated: level.estimated,
    ...(assessment
      ? {
          confidence: assessment.confidence,
          belowMid: assessment.belowMid,
          deciding: assessment.deciding,
          supports: assessment.supports,
          lenses: assessment.lenses,
          expected: assessment.expected,
          rubric: assessment.rubric,
          gates: assessment.gates,
          shortfalls: assessment.shortfalls,
          downLevelRisk: assessment.downLevelRisk,
        }
      : {}),
    ...(level.posting ? { posting: level.posting } : {}),
  };
}

/** The documented JSON shape: one object per file, message fields in a fixed order. */
function messageJson(message: LintMessage) {
  return {
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
    ...(message.fix !== undefined ? { fix: message.fix } : {}),
    ...(message.page !== undefined ? { page: message.page } : {}),
    ...(message.box !== undefined ? { box: message.box } : {}),
  };
}

export function formatJson(results: readonly LintResult[]): string {
  const shaped = results.map((result) => ({
    filePath: result.filePath,
    format: result.format,
    messages: result.messages.map(messageJson),
    ...(result.suppressedMessages?.length
      ? {
          suppressedMessages: result.suppressedMessages.map((message) => ({
            ...messageJson(message),
            suppressions: message.suppressions,
          })),
        }
      : {}),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    level: levelJson(result.level),
  }));
  return `${JSON.stringify(shaped, null, 2)}\n`;
}
