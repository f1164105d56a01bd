import type { Range, TextEdit } from "vscode-languageserver";

/**
 * The edit that turns one rule off for one claim: a `reslint-disable-line` comment at the end of
 * the claim's last line. At the line's end the comment stays inline HTML inside the bullet, so a
 * list is not split in two the way a comment line between its items would split it.
 */
/** Null when the line already turns that rule off. */
export function disableLineEdit(text: string, claim: Range, ruleId: string): TextEdit | null {
  const lines = text.split("\n");
  const line = Math.min(claim.end.line, lines.length - 1);
  const content = (lines[line] ?? "").replace(/\r$/, "");
  const end = content.trimEnd().length;
  const existing = /<!--\s*reslint-disable-line\b([^>]*?)\s*-->\s*$/.exec(content);
  if (existing) {
    // One comment per line: add the rule to the one already there.
    const at = existing.index + existing[0].indexOf("-->");
    const before = content.slice(0, at).trimEnd();
    const names = (existing[1] ?? "").split(/[\s,]+/).filter(Boolean);
    const spot = { line, character: before.length };
    if (names.includes(ruleId) || names.length === 0) return null;
    return { range: { start: spot, end: spot }, newText: `, ${ruleId}` };
  }
  const spot = { line, character: end };
  return { range: { start: spot, end: spot }, newText: ` <!-- reslint-disable-line ${ruleId} -->` };
}
