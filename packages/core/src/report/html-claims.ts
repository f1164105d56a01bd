import type { Claim, ResumeDocument, Role, Section } from "../model/document.js";
import type { ClaimEvidence } from "../model/level.js";
import type { LintMessage, TriggerRange } from "../model/results.js";
import { findingHtml, findingTitle, placeLabel, severityName } from "./html-common.js";
import { escapeHtml } from "./html-escape.js";

/** Where the findings of a result fall: on a claim (by index into `document.claims`) or on the resume as a whole. */
export interface PlacedFindings {
  byClaim: Map<number, LintMessage[]>;
  resumeWide: LintMessage[];
}

interface Position {
  line: number;
  column: number;
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.column - b.column;
}

/** Whether a position lies in a claim's range (its end is exclusive). */
function inClaim(claim: Claim, position: Position): boolean {
  return compare(claim.range.start, position) <= 0 && compare(position, claim.range.end) < 0;
}

function triggerInClaim(claim: Claim, trigger: TriggerRange): boolean {
  const end = { line: trigger.endLine, column: trigger.endColumn };
  return inClaim(claim, trigger) && compare(end, claim.range.end) <= 0;
}

/**
 * The claim a finding is about: the one holding its trigger words, or else the one its start
 * lies in when it quotes that claim or spans exactly that claim. Findings on a heading or a role
 * line, and resume-level findings, belong to no claim.
 */
function claimOf(document: ResumeDocument, message: LintMessage): number | null {
  const { trigger } = message;
  if (trigger) {
    const index = document.claims.findIndex((claim) => triggerInClaim(claim, trigger));
    if (index >= 0) return index;
  }
  const index = document.claims.findIndex((claim) => {
    if (!inClaim(claim, message)) return false;
    const sameSpan =
      compare(claim.range.start, message) === 0 &&
      compare(claim.range.end, { line: message.endLine, column: message.endColumn }) === 0;
    return sameSpan || message.excerpt.replace(/\s+/g, " ").trim() === claim.text;
  });
  return index >= 0 ? index : null;
}

export function placeFindings(document: ResumeDocument, messages: readonly LintMessage[]): PlacedFindings {
  const byClaim = new Map<number, LintMessage[]>();
  const resumeWide: LintMessage[] = [];
  for (const message of messages) {
    const index = message.fatal ? null : claimOf(document, message);
    if (index === null) {
      resumeWide.push(message);
      continue;
    }
    const list = byClaim.get(index) ?? [];
    list.push(message);
    byClaim.set(index, list);
  }
  return { byClaim, resumeWide };
}

/** The 0-based offset of every line's first character in `text`. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf("\n"); index >= 0; index = text.indexOf("\n", index + 1)) starts.push(index + 1);
  return starts;
}

interface Span {
  start: number;
  end: number;
  messages: LintMessage[];
}

/**
 * Where trigger words stand in a claim's text. The claim's text has markup removed, so the words
 * are searched for there, whitespace-tolerant, and the occurrence nearest the trigger's place in
 * the source is taken; null when they are not in the text.
 */
export function triggerSpan(
  claimText: string,
  trigger: TriggerRange,
  sourceOffset: number,
): Omit<Span, "messages"> | null {
  const words = trigger.text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== "")
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (words.length === 0) return null;
  let best: Omit<Span, "messages"> | null = null;
  for (const found of claimText.matchAll(new RegExp(words.join("\\s+"), "gu"))) {
    const candidate = { start: found.index, end: found.index + found[0].length };
    if (!best || Math.abs(candidate.start - sourceOffset) < Math.abs(best.start - sourceOffset)) best = candidate;
  }
  return best;
}

/** Overlapping spans become one, carrying the findings of both. */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.messages.push(...span.messages);
    } else merged.push({ ...span, messages: [...span.messages] });
  }
  return merged;
}

function markHtml(text: string, messages: readonly LintMessage[], whole: boolean): string {
  const severity = messages.some((message) => severityName(message) === "error") ? "error" : "warning";
  const kind = whole ? " whole" : "";
  return `<mark class="${severity}${kind}" title="${escapeHtml(findingTitle(messages))}">${text}</mark>`;
}

/** A claim's text with its findings' trigger words in marks, the whole claim marked for findings without one. */
export function highlightedClaim(claim: Claim, messages: readonly LintMessage[], starts: readonly number[]): string {
  const spans: Span[] = [];
  const whole: LintMessage[] = [];
  for (const message of messages) {
    const { trigger } = message;
    const sourceOffset = trigger ? (starts[trigger.line - 1] ?? 0) + trigger.column - 1 - claim.range.start.offset : 0;
    const span = trigger ? triggerSpan(claim.text, trigger, sourceOffset) : null;
    if (span) spans.push({ ...span, messages: [message] });
    else whole.push(message);
  }
  let html = "";
  let position = 0;
  for (const span of mergeSpans(spans)) {
    html += escapeHtml(claim.text.slice(position, span.start));
    html += markHtml(escapeHtml(claim.text.slice(span.start, span.end)), span.messages, false);
    position = span.end;
  }
  html += escapeHtml(claim.text.slice(position));
  return whole.length > 0 ? markHtml(html, whole, true) : html;
}

/** The claim's evidence reading as small chips: altitude, level shape, lenses with their strength, kinds. */
export function evidenceChips(evidence: ClaimEvidence | null, claim: Claim): string {
  if (!evidence) {
    const why = claim.unreliable !== undefined ? "text not read reliably; not judged" : "not judged for level";
    return `<div class="reading"><span class="chip muted">${why}</span></div>`;
  }
  const chips = [
    `<span class="chip altitude" title="How high the responsibility reaches">${escapeHtml(evidence.altitude)}</span>`,
    evidence.shape
      ? `<span class="chip shape" title="The level shape this claim is evidence of">reads as ${escapeHtml(evidence.shape)}</span>`
      : `<span class="chip muted">no level shape</span>`,
    ...evidence.lenses.map(
      (lens) =>
        `<span class="chip lens" title="Strength on the ${lens} lens, 0–4">${escapeHtml(lens)} ${evidence.strength[lens]}</span>`,
    ),
    ...evidence.kinds.map((kind) => `<span class="chip kind">${escapeHtml(kind)}</span>`),
  ];
  return `<div class="reading">${chips.join("")}</div>`;
}

function roleHtml(role: Role): string {
  const dates = [role.start, role.end].filter((part): part is string => part !== null).join(" – ");
  const parts = [role.title, role.organisation, role.location, dates === "" ? null : dates]
    .filter((part): part is string => part !== null && part !== "")
    .map((part) => escapeHtml(part));
  const label = parts.length > 0 ? parts.join(" · ") : "Role";
  return `<div class="role"><span class="role-name">${label}</span> <span class="where">${escapeHtml(placeLabel({ line: role.range.start.line, page: role.page }))}</span></div>`;
}

function claimHtml(
  claim: Claim,
  index: number,
  evidence: ClaimEvidence | null,
  messages: readonly LintMessage[],
  starts: readonly number[],
): string {
  const findings =
    messages.length > 0
      ? `<ul class="findings">${messages.map((message) => findingHtml(message, false)).join("")}</ul>`
      : "";
  const flagged =
    messages.length === 0 ? "" : messages.some((message) => severityName(message) === "error") ? " error" : " warning";
  return [
    `<div class="claim${flagged}" id="claim-${index + 1}">`,
    `<p class="claim-text"><span class="where">${escapeHtml(placeLabel({ line: claim.range.start.line, page: claim.page }))}</span> `,
    highlightedClaim(claim, messages, starts),
    `</p>`,
    evidenceChips(evidence, claim),
    findings,
    `</div>`,
  ].join("");
}

function sectionHeading(section: Section): string {
  const heading = section.heading.trim() === "" ? "Before the first heading" : section.heading;
  return `<h3>${escapeHtml(heading)}</h3>`;
}

type Item = { offset: number; order: number; html: string };

/**
 * The resume's text, section by section in reading order: each section's heading, its role lines
 * and its claims, each claim with its evidence reading and its findings marked where they occur.
 */
export function resumeTextHtml(
  document: ResumeDocument,
  evidence: readonly (ClaimEvidence | null)[],
  placed: PlacedFindings,
): string {
  const starts = lineStarts(document.text);
  const sections = document.sections.map((section, sectionIndex) => {
    const items: Item[] = [];
    document.roles.forEach((role, roleIndex) => {
      if (role.sectionIndex === sectionIndex)
        items.push({ offset: role.range.start.offset, order: roleIndex, html: roleHtml(role) });
    });
    document.claims.forEach((claim, claimIndex) => {
      if (claim.sectionIndex !== sectionIndex) return;
      const messages = placed.byClaim.get(claimIndex) ?? [];
      const html = claimHtml(claim, claimIndex, evidence[claimIndex] ?? null, messages, starts);
      items.push({ offset: claim.range.start.offset, order: document.roles.length + claimIndex, html });
    });
    if (items.length === 0 && section.heading.trim() === "") return "";
    items.sort((a, b) => a.offset - b.offset || a.order - b.order);
    return `<section class="resume-section">${sectionHeading(section)}${items.map((item) => item.html).join("")}</section>`;
  });
  const body = sections.join("");
  return body === "" ? `<p class="none">reslint found no claims in this resume.</p>` : body;
}
