/**
 * Cutting Markdown into pieces that parse alone exactly as they parse together, so an editor can
 * re-parse only the piece a keystroke changed. A piece starts after a blank line, at a line that
 * begins in the first column and cannot continue anything above it: not a list item while a list
 * is open (a blank line between items keeps one list), not inside a fenced code block or an HTML block that runs across
 * blank lines, and not inside front matter. Link reference definitions reach the whole document,
 * so a text with one is not cut at all; nor is one whose fences or HTML blocks are indented, where
 * only a full parse knows which container they belong to.
 */

export interface MarkdownPiece {
  /** Offset of the piece's first character in the whole text. */
  offset: number;
  text: string;
}

const BLANK = /^[ \t]*\r?$/;
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|\r?$)/;
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const INDENTED_OPENER = /^ {1,3}(?:`{3}|~{3}|<(?:pre|script|style|textarea)(?:[\s>]|$)|<!|<\?)/i;
const DEFINITION = /\[[^\]\n]*\]:/;
const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\r?$/;

/** HTML blocks that only end at a closing mark, blank lines or not (CommonMark kinds 1 to 5). */
const HTML_BLOCKS: readonly { open: RegExp; close: RegExp }[] = [
  { open: /^<(?:pre|script|style|textarea)(?:[\s>]|$)/i, close: /<\/(?:pre|script|style|textarea)>/i },
  { open: /^<!--/, close: /-->/ },
  { open: /^<\?/, close: /\?>/ },
  { open: /^<!\[CDATA\[/, close: /\]\]>/ },
  { open: /^<![A-Za-z]/, close: />/ },
];

interface Fence {
  mark: string;
  length: number;
}

function fenceOpening(line: string): Fence | null {
  const match = FENCE_OPEN.exec(line);
  if (!match?.[1]) return null;
  const mark = match[1];
  // A backtick fence's info string may not hold a backtick.
  if (mark[0] === "`" && match[2]?.includes("`")) return null;
  return { mark: mark[0] as string, length: mark.length };
}

function closesFence(line: string, fence: Fence): boolean {
  const match = /^ {0,3}(`+|~+)[ \t]*\r?$/.exec(line);
  return match?.[1] !== undefined && match[1][0] === fence.mark && match[1].length >= fence.length;
}

/** Where front matter ends (the index of the line after it), 0 when there is none, -1 when it never closes. */
function frontMatterEnd(lines: readonly string[]): number {
  const fence = FRONT_MATTER.exec(lines[0] ?? "")?.[1];
  if (!fence) return 0;
  for (let index = 1; index < lines.length; index++)
    if (FRONT_MATTER.exec(lines[index] as string)?.[1] === fence) return index + 1;
  return -1;
}

/** The pieces of a Markdown text, or null when it cannot be cut safely. */
export function splitMarkdown(source: string): MarkdownPiece[] | null {
  if (DEFINITION.test(source)) return null;
  const lines = source.split("\n");
  const first = frontMatterEnd(lines);
  if (first < 0) return null;
  const starts: number[] = [0];
  let offset = 0;
  for (let index = 0; index < first; index++) offset += (lines[index] as string).length + 1;
  let fence: Fence | null = null;
  let html: RegExp | null = null;
  let previousBlank = false;
  let inList = false;
  for (let index = first; index < lines.length; index++) {
    const line = lines[index] as string;
    if (fence) {
      if (closesFence(line, fence)) fence = null;
    } else if (html) {
      if (html.test(line)) html = null;
    } else {
      if (INDENTED_OPENER.test(line)) return null;
      const item = LIST_ITEM.test(line);
      if (previousBlank && offset > 0 && !BLANK.test(line) && !/^[ \t]/.test(line) && !(inList && item)) {
        starts.push(offset);
        inList = false;
      }
      if (item) inList = true;
      fence = fenceOpening(line);
      const block = fence ? undefined : HTML_BLOCKS.find((kind) => kind.open.test(line));
      // The closing mark may stand on the opening line itself, after the opener.
      if (block && !block.close.test(line.slice(2))) html = block.close;
    }
    previousBlank = fence === null && html === null && BLANK.test(line);
    offset += line.length + 1;
  }
  return starts.map((start, index) => ({
    offset: start,
    text: source.slice(start, starts[index + 1] ?? source.length),
  }));
}
