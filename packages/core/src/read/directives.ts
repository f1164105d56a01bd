/**
 * Disable comments in Markdown and plain-text resumes:
 *
 *   <!-- reslint-disable-next-line rule-id, other-id -- why -->
 *   <!-- reslint-disable-line rule-id -->
 *   <!-- reslint-disable rule-id -->  …  <!-- reslint-enable rule-id -->
 *
 * Without rule ids a comment applies to every rule. Everything after " -- " is the reason. A
 * next-line comment applies to the next line that is not blank.
 */
import type { Directive, DirectiveKind, ResumeDocument } from "../model/document.js";

const COMMENT = /<!--\s*reslint-([a-z]+(?:-[a-z]+)*)(?=\s|-->|$)([\s\S]*?)-->/g;

const KINDS: readonly string[] = ["disable", "enable", "disable-line", "disable-next-line"] satisfies DirectiveKind[];

/** Where comments can be in a source; a comment outside them (in a code block) is text, not a directive. */
export type CommentPlaces = (offset: number) => boolean;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) starts.push(index + 1);
  return starts;
}

function pointAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1 };
}

function nextNonBlankLine(text: string, starts: readonly number[], afterLine: number): number | null {
  for (let line = afterLine + 1; line <= starts.length; line++) {
    const start = starts[line - 1] as number;
    const end = line < starts.length ? (starts[line] as number) - 1 : text.length;
    if (text.slice(start, end).trim() !== "") return line;
  }
  return null;
}

function parseBody(body: string): { rules: string[]; reason: string | null } {
  const split = body.search(/\s--\s|\s--$/);
  const list = split === -1 ? body : body.slice(0, split);
  const reason =
    split === -1
      ? null
      : body
          .slice(split)
          .replace(/^\s*--\s*/, "")
          .trim() || null;
  const rules = list
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => id !== "");
  return { rules, reason };
}

/** Blanks the disable comments out of a text, keeping its length, lines and columns, for a reader to read the rest. */
export function maskDirectives(text: string): string {
  if (!text.includes("reslint-")) return text;
  return text.replace(COMMENT, (comment) => comment.replace(/[^\n]/g, " "));
}

/** The disable comments in a resume's source text, in order; `places` leaves out those that are not comments there. */
export function readDirectives(text: string, places?: CommentPlaces): Directive[] {
  if (!text.includes("reslint-")) return [];
  const starts = lineStarts(text);
  const directives: Directive[] = [];
  for (const match of text.matchAll(COMMENT)) {
    if (places && !places(match.index)) continue;
    const name = match[1] ?? "";
    const kind = KINDS.includes(name) ? (name as DirectiveKind) : "unknown";
    const start = pointAt(starts, match.index);
    const end = pointAt(starts, match.index + match[0].length);
    const { rules, reason } = parseBody(match[2] ?? "");
    const targetLine =
      kind === "disable-line"
        ? start.line
        : kind === "disable-next-line"
          ? nextNonBlankLine(text, starts, end.line)
          : null;
    directives.push({
      kind,
      name,
      rules,
      reason,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      targetLine,
    });
  }
  return directives;
}

/** The document with the disable comments of its source, when it has any. */
export function withDirectives(document: ResumeDocument, source: string, places?: CommentPlaces): ResumeDocument {
  const directives = readDirectives(source, places);
  return directives.length === 0 ? document : { ...document, directives };
}
