import type { LintMessage, LintResult } from "../model/results.js";

/** A workflow command's message: %, CR and LF escaped, as the runner reads them. */
const escapeData = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
/** A workflow command's property value: also , and :, which separate properties. */
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

function annotation(filePath: string, message: LintMessage): string {
  const properties = [
    `file=${escapeProperty(filePath)}`,
    `line=${message.line}`,
    `endLine=${message.endLine}`,
    `col=${message.column}`,
    `endColumn=${message.endColumn}`,
    `title=${escapeProperty(message.ruleId ?? "reslint")}`,
  ];
  const where = message.page !== undefined ? ` (page ${message.page})` : "";
  const command = message.severity === 2 ? "error" : "warning";
  return `::${command} ${properties.join(",")}::${escapeData(`${message.message}${where}`)}`;
}

/**
 * GitHub Actions workflow commands: one annotation per finding, shown on the pull request's
 * files and in the run's summary. File paths are as given, relative to the repository root when
 * reslint runs there.
 */
export function formatGithub(results: readonly LintResult[]): string {
  const lines = results.flatMap((result) => result.messages.map((message) => annotation(result.filePath, message)));
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
