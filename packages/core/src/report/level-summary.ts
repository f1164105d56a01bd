import type { LevelAssessment, PostingReading } from "../model/level.js";
import { LENSES } from "../model/level.js";
import type { LevelReport } from "../model/results.js";
import { shorten } from "../model/shorten.js";

/** How a summary line is painted; the stylish formatter passes its colour function. */
export type Paint = (style: "dim" | "bold" | "green" | "yellow" | "red" | "cyan", text: string) => string;

const BAR_WIDTH = 4;

/** A lens score as a small bar, "███░" for 3 of 4. */
export function lensBar(score: number): string {
  const filled = Math.max(0, Math.min(BAR_WIDTH, Math.round(score)));
  return "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled);
}

/** "senior (medium confidence)", or the note that mid is the floor when the evidence reads below it. */
export function estimateText(assessment: LevelAssessment): string {
  const level = assessment.belowMid
    ? "mid, the lowest level reslint names (the evidence reads below it)"
    : assessment.estimated;
  return `${level} (${assessment.confidence} confidence)`;
}

function verdict(assessment: LevelAssessment, paint: Paint): string {
  if (!assessment.supports[assessment.target]) return paint("yellow", `short of ${assessment.target}`);
  if (assessment.estimated !== assessment.target && assessment.estimated !== "mid")
    return paint("green", `supports ${assessment.target}; reads as ${assessment.estimated}`);
  return paint("green", `supports ${assessment.target}`);
}

const QUOTE_LENGTH = 110;

const RISK_STYLE = { low: "green", medium: "yellow", high: "red" } as const;

/** The chapter's worksheet, a dimension a row: the risk, what the role asks, your strongest evidence. */
function postingLines(posting: PostingReading, paint: Paint): string[] {
  const high = posting.worksheet.filter((row) => row.risk === "high").length;
  const stretch = posting.stretch
    ? paint("yellow", ` · a stretch role: ${high} high-risk rows`)
    : paint("green", " · no more than one high-risk row");
  const lines = [`posting   asks for ${posting.inferred} work (${posting.confidence} confidence)${stretch}`];
  const width = Math.max(...posting.worksheet.map((row) => row.dimension.length));
  for (const row of posting.worksheet) {
    const risk = paint(RISK_STYLE[row.risk], row.risk.padEnd(6));
    const evidence = row.evidence
      ? `${row.evidence.page !== undefined ? `p${row.evidence.page} ` : ""}${row.evidence.line}:${row.evidence.column} “${shorten(row.evidence.excerpt, QUOTE_LENGTH)}”`
      : "no evidence yet";
    lines.push(`          ${row.dimension.padEnd(width)}  ${risk}  asks  ${shorten(row.requires, QUOTE_LENGTH)}`);
    lines.push(paint("dim", `          ${" ".repeat(width)}          yours ${evidence}`));
  }
  return lines;
}

/** The compact level summary that ends each file in stylish output. */
export function levelSummaryLines(level: LevelReport, paint: Paint): string[] {
  const { assessment } = level;
  if (!assessment) return [paint("dim", `level     target ${level.target}; too few claims to estimate a level`)];
  const lines = [
    `level     target ${level.target} · evidence reads as ${estimateText(assessment)} · ${verdict(assessment, paint)}`,
  ];
  for (const lens of LENSES) {
    const { score } = assessment.lenses[lens];
    const expected = assessment.expected[lens];
    const bar = score >= expected ? paint("green", lensBar(score)) : paint("yellow", lensBar(score));
    const note = score < expected ? paint("dim", `  (${level.target} expects ${expected})`) : "";
    lines.push(`          ${lens.padEnd(11)} ${bar} ${score}/4${note}`);
  }
  lines.push(paint("dim", `          ${assessment.downLevelRisk}`));
  for (const gate of assessment.gates) lines.push(paint("dim", `          gate: ${gate}`));
  if (level.posting) lines.push(...postingLines(level.posting, paint));
  return lines;
}
