import { MIN_CLAIMS_FOR_ESTIMATE } from "../level/assess.js";
import type { ResumeDocument } from "../model/document.js";
import {
  type ClaimEvidence,
  LENSES,
  type Lens,
  type LevelAssessment,
  type PostingReading,
  type RubricEntry,
  type Shortfall,
  type WorksheetRow,
} from "../model/level.js";
import type { LintResult } from "../model/results.js";
import { LEVEL_DESCRIPTIONS } from "../model/target-levels.js";
import { placeFindings, resumeTextHtml } from "./html-claims.js";
import { areaLabel, CATEGORY_LABELS, citationHtml, citationsHtml, findingHtml } from "./html-common.js";
import { escapeHtml } from "./html-escape.js";
import { LENS_LABELS, radarSvg } from "./html-radar.js";
import { REPORT_CSS } from "./html-style.js";

export interface HtmlReportInput {
  result: LintResult;
  /** The document the result was linted from: its text, sections, roles and claims. */
  document: ResumeDocument;
  /** The evidence reading of each claim, parallel to `document.claims`; null for claims not judged. */
  evidence: (ClaimEvidence | null)[];
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function scoreHtml(score: number): string {
  const width = Math.round((Math.min(4, Math.max(0, score)) / 4) * 100);
  return `${score} / 4<span class="bar" aria-hidden="true"><span style="width:${width}%"></span></span>`;
}

function estimateHtml(assessment: LevelAssessment): string {
  const estimate = `<span class="estimate">${escapeHtml(assessment.estimated)}</span> (${escapeHtml(assessment.confidence)} confidence)`;
  const belowMid = assessment.belowMid
    ? ` <span class="where">The evidence reads below mid-level work; mid is the lowest level reslint names.</span>`
    : "";
  return estimate + belowMid;
}

function headerHtml(result: LintResult): string {
  const { level } = result;
  const { assessment } = level;
  const fatal = result.messages.some((message) => message.fatal);
  const estimate = assessment
    ? estimateHtml(assessment)
    : fatal
      ? `<span class="none">none: the file could not be read</span>`
      : `<span class="none">none: too few claims to estimate a level (reslint needs at least ${MIN_CLAIMS_FOR_ESTIMATE})</span>`;
  const rows: [string, string][] = [
    ["File", `<span class="file">${escapeHtml(result.filePath)}</span>`],
    ["Format", escapeHtml(result.format)],
    [
      "Target level",
      `${escapeHtml(level.target)} <span class="where">${escapeHtml(LEVEL_DESCRIPTIONS[level.target])}</span>`,
    ],
    ["Evidence reads as", estimate],
    ["Findings", `${plural(result.errorCount, "error")}, ${plural(result.warningCount, "warning")}`],
  ];
  const summary = rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join("");
  return `<header><h1>Level report</h1><dl class="summary">${summary}</dl>${assessment ? verdictHtml(assessment) : ""}</header>`;
}

/** The down-level risk, the gates and the claims that decided the estimate. */
function verdictHtml(assessment: LevelAssessment): string {
  const parts = [
    `<div class="callout risk"><strong>Down-level risk.</strong> ${escapeHtml(assessment.downLevelRisk)}</div>`,
  ];
  if (assessment.gates.length > 0) {
    const gates = assessment.gates.map((gate) => `<li>${escapeHtml(gate)}</li>`).join("");
    parts.push(`<div class="callout gate"><strong>Gates before the target level</strong><ul>${gates}</ul></div>`);
  }
  if (assessment.deciding.length > 0)
    parts.push(
      `<div class="note"><strong>Claims that decided the estimate</strong>${citationsHtml(assessment.deciding)}</div>`,
    );
  return parts.join("");
}

function lensesHtml(assessment: LevelAssessment): string {
  const rows = LENSES.map((lens) => {
    const { score, reason, evidence } = assessment.lenses[lens];
    return `<tr><th scope="row">${LENS_LABELS[lens]}</th><td class="score">${scoreHtml(score)}</td><td class="score">${assessment.expected[lens]}</td><td>${escapeHtml(reason)}${evidence.length > 0 ? citationsHtml(evidence) : ""}</td></tr>`;
  }).join("");
  const table = `<table class="lenses"><thead><tr><th>Lens</th><th>Score</th><th>Target</th><th>Why</th></tr></thead><tbody>${rows}</tbody></table>`;
  const { lenses } = assessment;
  const scores: Record<Lens, number> = {
    scope: lenses.scope.score,
    complexity: lenses.complexity.score,
    authority: lenses.authority.score,
    consequence: lenses.consequence.score,
  };
  const chart = radarSvg(scores, assessment.expected, `Expected for ${assessment.target}`);
  return `<section id="lenses"><h2>The four lenses</h2><div class="chart">${chart}</div>${table}</section>`;
}

function rubricRow(entry: RubricEntry): string {
  const label = escapeHtml(CATEGORY_LABELS[entry.category]);
  if (!entry.observable)
    return `<tr class="unobservable"><th scope="row">${label}</th><td class="score unobservable">not observable in a resume</td><td>${escapeHtml(entry.reason)}</td><td><span class="none">—</span></td></tr>`;
  return `<tr><th scope="row">${label}</th><td class="score">${scoreHtml(entry.score)}</td><td>${escapeHtml(entry.reason)}</td><td>${citationsHtml(entry.evidence)}</td></tr>`;
}

function rubricHtml(assessment: LevelAssessment): string {
  const rows = assessment.rubric.map(rubricRow).join("");
  return `<section id="rubric"><h2>Rubric</h2><table class="rubric"><thead><tr><th>Category</th><th>Score</th><th>Reason</th><th>Evidence</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function shortfallRow(shortfall: Shortfall): string {
  return `<tr><th scope="row">${escapeHtml(areaLabel(shortfall.area))}</th><td class="score">${shortfall.score} of ${shortfall.expected}</td><td>${escapeHtml(shortfall.remedy)}</td></tr>`;
}

function shortfallsHtml(assessment: LevelAssessment): string {
  if (assessment.shortfalls.length === 0) return "";
  const rows = assessment.shortfalls.map(shortfallRow).join("");
  return `<section id="shortfalls"><h2>Shortfalls against ${escapeHtml(assessment.target)}</h2><table class="shortfalls"><thead><tr><th>Area</th><th>Score vs expected</th><th>What would close it</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function worksheetRow(row: WorksheetRow): string {
  const evidence = row.evidence ? citationHtml(row.evidence) : `<span class="none">no evidence yet</span>`;
  return `<tr><th scope="row">${escapeHtml(row.dimension.charAt(0).toUpperCase() + row.dimension.slice(1))}</th><td>${escapeHtml(row.requires)}</td><td>${evidence}</td><td><span class="badge ${row.risk}">${row.risk}</span></td></tr>`;
}

function postingHtml(posting: PostingReading): string {
  const rows = posting.worksheet.map(worksheetRow).join("");
  const stretch = posting.stretch
    ? `<div class="callout stretch"><strong>Stretch role.</strong> Two or more rows are high risk: apply if you can build the missing evidence, but do not count on this one.</div>`
    : "";
  return [
    `<section id="posting"><h2>Posting worksheet</h2>`,
    `<p>The posting's responsibilities read as <strong>${escapeHtml(posting.inferred)}</strong> (${escapeHtml(posting.confidence)} confidence).</p>`,
    stretch,
    `<table class="worksheet"><thead><tr><th>Dimension</th><th>What the role appears to require</th><th>Your strongest evidence</th><th>Risk</th></tr></thead><tbody>${rows}</tbody></table>`,
    `</section>`,
  ].join("");
}

function resumeWideHtml(messages: LintResult["messages"]): string {
  const body =
    messages.length > 0
      ? `<ul class="resume-wide">${messages.map((message) => findingHtml(message, true)).join("")}</ul>`
      : `<p class="none">None.</p>`;
  return `<section id="resume-wide"><h2>Findings on the resume as a whole</h2>${body}</section>`;
}

/**
 * One self-contained HTML page (inline CSS and SVG, no scripts, nothing fetched) showing a
 * result's level picture, its posting worksheet when there is one, and the resume's claims with
 * their evidence readings and findings. Everything taken from the resume or result is escaped.
 */
export function formatHtmlReport(input: HtmlReportInput): string {
  const { result, document, evidence } = input;
  const { assessment, posting } = result.level;
  const placed = placeFindings(document, result.messages);
  const sections = [
    headerHtml(result),
    assessment ? lensesHtml(assessment) : "",
    assessment ? rubricHtml(assessment) : "",
    assessment ? shortfallsHtml(assessment) : "",
    posting ? postingHtml(posting) : "",
    resumeWideHtml(placed.resumeWide),
    `<section id="resume"><h2>The resume, claim by claim</h2>${resumeTextHtml(document, evidence, placed)}</section>`,
  ];
  return [
    "<!DOCTYPE html>",
    `<html lang="en">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>reslint level report: ${escapeHtml(result.filePath)}</title>`,
    `<style>${REPORT_CSS}</style></head>`,
    `<body><main>${sections.filter((section) => section !== "").join("\n")}`,
    `<footer>Generated by reslint. Scores run 0–4: 2 reads as mid-level evidence, 3 as senior, 4 as staff.</footer>`,
    `</main></body></html>`,
    "",
  ].join("\n");
}
