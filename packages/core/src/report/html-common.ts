import type { Citation, RubricCategory, Shortfall } from "../model/level.js";
import type { LintMessage } from "../model/results.js";
import { escapeHtml } from "./html-escape.js";

/** Rubric categories as a reader names them. */
export const CATEGORY_LABELS: Readonly<Record<RubricCategory, string>> = {
  "evidence-over-tenure": "Evidence over tenure",
  "scope-clarity": "Scope clarity",
  "technical-depth": "Technical depth",
  "production-responsibility": "Production responsibility",
  "influence-evidence": "Influence evidence",
  "role-calibration": "Role calibration",
  "down-level-readiness": "Down-level readiness",
};

const AREA_LABELS: Readonly<Record<Shortfall["area"], string>> = {
  ...CATEGORY_LABELS,
  scope: "Scope",
  complexity: "Complexity",
  authority: "Authority",
  consequence: "Consequence",
  "people-leadership": "People leadership",
  "team-leadership": "Team leadership",
};

export function areaLabel(area: Shortfall["area"]): string {
  return AREA_LABELS[area];
}

/** "line 12", or "page 2, line 12" for a PDF. */
export function placeLabel(place: { line: number; page?: number | undefined }): string {
  return place.page !== undefined ? `page ${place.page}, line ${place.line}` : `line ${place.line}`;
}

/** One quoted claim with where it stands. */
export function citationHtml(citation: Citation): string {
  return `<span class="cite"><span class="where">${escapeHtml(placeLabel(citation))}</span> <q>${escapeHtml(citation.excerpt)}</q></span>`;
}

/** Citations as a list, the same claim quoted once; a dash when there are none. */
export function citationsHtml(citations: readonly Citation[]): string {
  const seen = new Set<string>();
  const unique = citations.filter((citation) => {
    const key = `${citation.page ?? ""}:${citation.line}:${citation.column}:${citation.excerpt}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length === 0) return `<span class="none">no claim cited</span>`;
  return `<ul class="cites">${unique.map((citation) => `<li>${citationHtml(citation)}</li>`).join("")}</ul>`;
}

export function severityName(message: LintMessage): "error" | "warning" {
  return message.severity === 2 ? "error" : "warning";
}

/** A finding as one list item: severity, message, rule id and place. */
export function findingHtml(message: LintMessage, showPlace: boolean): string {
  const severity = severityName(message);
  const place = showPlace
    ? ` <span class="where">${escapeHtml(placeLabel(message))}, column ${message.column}</span>`
    : "";
  const excerpt = showPlace && message.excerpt !== "" ? ` <q>${escapeHtml(message.excerpt)}</q>` : "";
  return [
    `<li class="finding ${severity}">`,
    `<span class="badge ${severity}">${severity}</span> `,
    `${escapeHtml(message.message)} <code class="rule">${escapeHtml(message.ruleId ?? "unreadable file")}</code>`,
    `${place}${excerpt}`,
    `</li>`,
  ].join("");
}

/** The text of a mark's title: each finding's message and rule id. */
export function findingTitle(messages: readonly LintMessage[]): string {
  return messages.map((message) => `${message.message} (${message.ruleId ?? "unreadable file"})`).join("\n");
}
