import {
  estimateText,
  evidenceFromReading,
  evidenceText,
  LENSES,
  type LintMessage,
  lensBar,
  type SourceRange,
  type TextLint,
} from "@reslint/core";
import type { Hover, Position } from "vscode-languageserver";
import { rangeOf } from "./diagnostics.js";

type Place = { line: number; column: number; endLine: number; endColumn: number };

const placeOf = ({ start, end }: SourceRange): Place => ({
  line: start.line,
  column: start.column,
  endLine: end.line,
  endColumn: end.column,
});

/** Whether a 0-based LSP position falls inside a 1-based reslint place (end exclusive). */
function contains(place: Place, position: Position): boolean {
  const line = position.line + 1;
  const column = position.character + 1;
  if (line < place.line || line > place.endLine) return false;
  if (line === place.line && column < place.column) return false;
  if (line === place.endLine && column >= place.endColumn) return false;
  return true;
}

function levelSummary(lint: TextLint): string[] {
  const { assessment } = lint.result.level;
  if (!assessment) return [`Target ${lint.result.level.target}: too few claims to estimate a level.`];
  const lenses = LENSES.map(
    (lens) =>
      `| ${lens} | \`${lensBar(assessment.lenses[lens].score)}\` ${assessment.lenses[lens].score}/4 | ${assessment.expected[lens]} |`,
  );
  return [
    `**Target ${assessment.target}** · evidence reads as ${estimateText(assessment)}`,
    "",
    "| lens | evidence | target expects |",
    "| --- | --- | --- |",
    ...lenses,
    "",
    assessment.downLevelRisk,
  ];
}

function findingLines(messages: readonly LintMessage[], descriptions: ReadonlyMap<string, string>): string[] {
  return messages.flatMap((message) => {
    const id = message.ruleId ?? "reslint";
    const about = message.ruleId ? descriptions.get(message.ruleId) : undefined;
    const link = message.url ? ` [Rule doc](${message.url})` : "";
    return [`**${id}**: ${message.message}`, ...(about ? [`_${about}_${link}`] : link ? [link.trim()] : []), ""];
  });
}

/**
 * The hover for a position: the claim's evidence reading (altitude, level shape, lenses), the
 * findings on it with what the rule looks for, and, on a finding about the whole resume, the
 * level summary. Null off any claim or finding.
 */
export function hoverAt(lint: TextLint, position: Position, descriptions: ReadonlyMap<string, string>): Hover | null {
  const claimIndex = lint.document.claims.findIndex((claim) => contains(placeOf(claim.range), position));
  const findings = lint.result.messages.filter((message) => contains(message, position));
  if (claimIndex < 0 && findings.length === 0) return null;
  const lines: string[] = [];
  const reading = claimIndex >= 0 ? evidenceFromReading(lint.document, lint.levelReading)[claimIndex] : null;
  if (reading) lines.push(`**Evidence:** ${evidenceText(reading)}`, "");
  else if (claimIndex >= 0) lines.push("_This line lists facts (education, skills) and argues no level._", "");
  lines.push(...findingLines(findings, descriptions));
  if (findings.some((message) => message.ruleId === "level-mismatch")) lines.push(...levelSummary(lint));
  const claim = lint.document.claims[claimIndex];
  const range = claim ? rangeOf(placeOf(claim.range)) : findings[0] ? rangeOf(findings[0]) : undefined;
  return { contents: { kind: "markdown", value: lines.join("\n").trim() }, ...(range ? { range } : {}) };
}
