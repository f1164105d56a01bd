import { styleText } from "node:util";
import type { LintResult } from "../model/results.js";
import { levelSummaryLines } from "./level-summary.js";

export interface StylishOptions {
  /** Colour the output; callers decide from the stream (TTY, NO_COLOR, FORCE_COLOR). */
  color: boolean;
}

type Style = Parameters<typeof styleText>[0];

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - text.length));
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** Human output in the shape ESLint users know: file, then line:col severity message rule. */
export function formatStylish(results: readonly LintResult[], options: StylishOptions): string {
  const paint = (style: Style, text: string) =>
    options.color ? styleText(style, text, { validateStream: false }) : text;
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    const fatal = result.messages.some((message) => message.fatal);
    lines.push(paint("underline", result.filePath));
    const rows = result.messages.map((message) => ({
      // A PDF's lines are lines of the extracted text; the page says where to look on paper.
      place:
        message.page !== undefined
          ? `p${message.page} ${message.line}:${message.column}`
          : `${message.line}:${message.column}`,
      severity: message.severity === 2 ? "error" : "warning",
      message: message.message,
      ruleId: message.ruleId ?? "",
    }));
    const placeWidth = Math.max(0, ...rows.map((row) => row.place.length));
    for (const row of rows) {
      const severity =
        row.severity === "error" ? paint("red", pad(row.severity, 7)) : paint("yellow", pad(row.severity, 7));
      lines.push(
        `  ${paint("dim", pad(row.place, placeWidth))}  ${severity}  ${row.message}  ${paint("dim", row.ruleId)}`.trimEnd(),
      );
    }
    if (rows.length === 0) lines.push(`  ${paint("green", "no problems")}`);
    if (!fatal) for (const line of levelSummaryLines(result.level, paint)) lines.push(`  ${line}`);
    lines.push("");
  }
  const total = errors + warnings;
  const summary = `${total === 0 ? "✓" : "✖"} ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}) in ${plural(results.length, "file")}`;
  lines.push(paint(errors > 0 ? "red" : warnings > 0 ? "yellow" : "green", summary));
  return `${lines.join("\n")}\n`;
}
