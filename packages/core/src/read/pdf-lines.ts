import type { Box } from "../document.js";
import type { LayoutLineInput } from "./layout.js";
import { BULLET_CHARS, DASH_BULLETS, fixSmallCaps } from "./pdf-text.js";
import { sectionKindOf } from "./sections.js";

/**
 * Rebuilds the visual lines of a PDF from positioned text runs, in reading order: columns are
 * found by their gutters and read one after the other, repeated headers and footers are dropped,
 * bullets drawn as glyphs, icons or graphics are recognised, and the vertical rhythm says where a
 * wrapped line carries on a bullet and where a new block starts.
 */

/** A run of text in one font, in PDF user space (points, origin bottom-left). */
export interface PdfRun {
  text: string;
  x: number;
  width: number;
  /** Baseline. */
  y: number;
  size: number;
  /** Top and bottom of the glyphs, absolute. */
  top: number;
  bottom: number;
  bold: boolean;
  /** Drawn with an icon font: a picture, never a word. */
  icon: boolean;
}

/** A filled or stroked path, or an image, small enough to be a list marker. */
export interface PdfShape {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfPage {
  number: number;
  left: number;
  bottom: number;
  width: number;
  height: number;
  runs: PdfRun[];
  shapes: PdfShape[];
}

interface Fragment {
  runs: PdfRun[];
  x0: number;
  x1: number;
  y: number;
  top: number;
  bottom: number;
  size: number;
}

interface Line {
  page: PdfPage;
  runs: PdfRun[];
  icons: PdfRun[];
  x0: number;
  x1: number;
  y: number;
  top: number;
  bottom: number;
  size: number;
  /** Index of the column group the line was read in, for vertical rhythm. */
  group: number;
  text: string;
  /** Left edge of the text after any bullet marker. */
  textX: number;
  /** Left edge of the bullet marker, when there is one. */
  markerX: number | null;
  bold: boolean;
  startsBold: boolean;
  /** The line has a gap much wider than a space, joined as " · ". */
  wideGap: boolean;
}

const median = (values: readonly number[]): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round((sorted.length - 1) * p)))] as number;
};

interface Banded {
  y: number;
  top: number;
  bottom: number;
  size: number;
  x0: number;
  x1: number;
}

function overlap(a: Banded, b: Banded): number {
  const shared = Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom);
  const smaller = Math.min(a.top - a.bottom, b.top - b.bottom);
  return smaller <= 0 ? 0 : shared / smaller;
}

/**
 * Groups items into rows whose glyph bands overlap by half the smaller height, so superscripts,
 * icons set a little off the baseline and mixed sizes stay on their line.
 */
function rows<T extends Banded>(items: readonly T[]): T[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const clusters: { items: T[]; main: T; last: T }[] = [];
  for (const item of sorted) {
    let home: (typeof clusters)[number] | undefined;
    for (let index = clusters.length - 1; index >= Math.max(0, clusters.length - 4); index--) {
      const cluster = clusters[index] as (typeof clusters)[number];
      const near = (other: T) =>
        overlap(item, other) >= 0.5 && Math.abs(other.y - item.y) <= 0.6 * Math.max(other.size, item.size);
      const fits = near(cluster.main) || near(cluster.last);
      // Two runs over the same spot on different baselines are two lines, however tall.
      const collides = cluster.items.some(
        (other) =>
          Math.abs(other.y - item.y) > 0.6 * Math.min(other.size, item.size) &&
          Math.min(other.x1, item.x1) - Math.max(other.x0, item.x0) > 0.3 * Math.min(other.x1 - other.x0, item.x1 - item.x0),
      );
      if (fits && !collides) {
        home = cluster;
        break;
      }
    }
    if (home) {
      home.items.push(item);
      home.last = item;
      if (item.size > home.main.size) home.main = item;
    } else clusters.push({ items: [item], main: item, last: item });
  }
  return clusters.map((cluster) => cluster.items.sort((a, b) => a.x0 - b.x0));
}

const runBand = (run: PdfRun): PdfRun & Banded => Object.assign(run, { x0: run.x, x1: run.x + run.width });

function fragmentOf(runs: PdfRun[]): Fragment {
  const main = runs.reduce((best, run) => (run.size * run.text.length > best.size * best.text.length ? run : best));
  return {
    runs,
    x0: Math.min(...runs.map((run) => run.x)),
    x1: Math.max(...runs.map((run) => run.x + run.width)),
    y: main.y,
    top: Math.max(...runs.map((run) => run.top)),
    bottom: Math.min(...runs.map((run) => run.bottom)),
    size: main.size,
  };
}

/** Splits each row into fragments at gaps wider than a few spaces: columns, tab stops, right-aligned dates. */
function fragments(runs: readonly PdfRun[]): Fragment[] {
  const result: Fragment[] = [];
  for (const row of rows(runs.map(runBand))) {
    let current: PdfRun[] = [];
    let right = Number.NEGATIVE_INFINITY;
    for (const run of row) {
      const gap = run.x - right;
      if (current.length > 0 && gap > 0.9 * Math.max(run.size, (current[current.length - 1] as PdfRun).size)) {
        result.push(fragmentOf(current));
        current = [];
      }
      current.push(run);
      right = Math.max(right, run.x + run.width);
    }
    if (current.length > 0) result.push(fragmentOf(current));
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Columns

interface Split {
  above: Fragment[];
  left: Fragment[];
  right: Fragment[];
  below: Fragment[];
  score: number;
}

/** Distinct baselines among fragments: the number of text lines they make. */
function lineCount(items: readonly Fragment[]): number {
  return rows(items).length;
}

/**
 * A gutter at `x` splits the run of consecutive (top-to-bottom) fragments that no fragment
 * crosses. Returns the best such band, or null.
 */
function bandAt(sorted: readonly Fragment[], x: number): Split | null {
  const crosses = (fragment: Fragment) => fragment.x0 < x - 0.5 && fragment.x1 > x + 0.5;
  let best: Split | null = null;
  let start = 0;
  for (let index = 0; index <= sorted.length; index++) {
    const fragment = sorted[index];
    if (fragment !== undefined && !crosses(fragment)) continue;
    if (index > start) {
      const band = sorted.slice(start, index);
      const left = band.filter((item) => item.x1 <= x);
      const right = band.filter((item) => item.x0 >= x);
      const score = Math.min(lineCount(left), lineCount(right));
      if (score > 0 && (best === null || score > best.score)) {
        best = { above: sorted.slice(0, start), left, right, below: sorted.slice(index), score };
      }
    }
    start = index + 1;
  }
  return best;
}

/**
 * Two columns side by side, or one column with labels beside it? Dates and places right-aligned
 * against a margin, or labels right-aligned against the text (moderncv), sit on the baselines of
 * the lines they label; a sidebar has lines of its own.
 */
function isLabelColumn(split: Split): boolean {
  const leftRows = rows(split.left);
  const rightRows = rows(split.right);
  const [sparse, dense] = leftRows.length <= rightRows.length ? [leftRows, rightRows] : [rightRows, leftRows];
  const aligned = sparse.filter((row) => {
    const first = row[0] as Fragment;
    return dense.some((other) => Math.abs((other[0] as Fragment).y - first.y) <= 0.3 * first.size);
  }).length;
  if (aligned < 0.75 * sparse.length) return false;
  const rights = sparse.map((row) => Math.max(...row.map((fragment) => fragment.x1)));
  const edge = Math.max(...rights);
  const flush = rights.filter((right) => edge - right <= 3).length;
  return flush >= 0.7 * sparse.length;
}

function findSplit(items: readonly Fragment[]): Split | null {
  if (items.length < 6) return null;
  const x0 = Math.min(...items.map((item) => item.x0));
  const x1 = Math.max(...items.map((item) => item.x1));
  const width = x1 - x0;
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const totalLines = lineCount(items);
  const top = Math.max(...items.map((item) => item.top));
  const bottom = Math.min(...items.map((item) => item.bottom));
  const candidates = new Set<number>();
  for (const item of items) {
    for (const edge of [item.x0 - 1, item.x1 + 1]) {
      if (edge > x0 + 0.12 * width && edge < x1 - 0.12 * width) candidates.add(Math.round(edge));
    }
  }
  let best: Split | null = null;
  for (const candidate of candidates) {
    const first = bandAt(sorted, candidate);
    if (!first || first.score < 3) continue;
    // Re-centre the gutter between the columns' usual edges, so a header row whose parts happen
    // to straddle the first guess is not read as part of a column.
    const gutterLeft = percentile(
      first.left.map((item) => item.x1),
      0.9,
    );
    const gutterRight = Math.min(...first.right.map((item) => item.x0));
    if (gutterRight - gutterLeft < 4) continue;
    const split = bandAt(sorted, (gutterLeft + gutterRight) / 2) ?? first;
    if (split.score < 3) continue;
    const band = [...split.left, ...split.right];
    const bandLines = lineCount(band);
    const bandHeight = Math.max(...band.map((item) => item.top)) - Math.min(...band.map((item) => item.bottom));
    const big = Math.max(lineCount(split.left), lineCount(split.right));
    if (big < 6 || (bandHeight < 0.25 * (top - bottom) && bandLines < 0.4 * totalLines)) continue;
    if (isLabelColumn(split)) continue;
    if (best === null || split.score > best.score) best = split;
  }
  return best;
}

/** Orders fragments into column groups: header, left column, right column, footer, recursively. */
function columnGroups(items: readonly Fragment[], depth = 0): Fragment[][] {
  if (items.length === 0) return [];
  const split = depth < 4 ? findSplit(items) : null;
  if (!split) return [[...items]];
  return [
    ...columnGroups(split.above, depth + 1),
    ...columnGroups(split.left, depth + 1),
    ...columnGroups(split.right, depth + 1),
    ...columnGroups(split.below, depth + 1),
  ];
}

// ---------------------------------------------------------------------------------------------
// Repeated headers and footers

const normaliseRepeat = (text: string) =>
  text
    .toLowerCase()
    .replace(/\d+/g, "#")
    .replace(/[\s·|•]+/g, " ")
    .trim();

const pageNumber = /^(?:page\s*)?#(?:\s*(?:of|\/)\s*#)?$|^[-–—]\s*#\s*[-–—]$/;

/** Drops rows in the top or bottom margin that repeat on other pages, and bare page numbers. */
function dropRepeats(pages: readonly PdfPage[], pageRows: Fragment[][][]): void {
  const seen = new Map<string, Set<number>>();
  const marginal = (page: PdfPage, row: Fragment[]) => {
    const top = Math.max(...row.map((fragment) => fragment.top));
    const bottom = Math.min(...row.map((fragment) => fragment.bottom));
    return top >= page.bottom + page.height * 0.86 || bottom <= page.bottom + page.height * 0.14;
  };
  const keyOf = (row: Fragment[]) => normaliseRepeat(row.flatMap((fragment) => fragment.runs.map((run) => run.text)).join(" "));
  pages.forEach((page, index) => {
    for (const row of pageRows[index] ?? []) {
      if (!marginal(page, row)) continue;
      const key = keyOf(row);
      if (key === "") continue;
      const on = seen.get(key) ?? new Set<number>();
      on.add(page.number);
      seen.set(key, on);
    }
  });
  pages.forEach((page, index) => {
    const kept = (pageRows[index] ?? []).filter((row) => {
      if (!marginal(page, row)) return true;
      const key = keyOf(row);
      if (pageNumber.test(key)) return false;
      return pages.length < 2 || (seen.get(key)?.size ?? 0) < 2;
    });
    pageRows[index] = kept;
  });
}

// ---------------------------------------------------------------------------------------------
// Lines

const hasLetters = (text: string) => /[\p{L}\p{N}]/u.test(text);

function joinRuns(runs: readonly PdfRun[]): { text: string; wideGap: boolean } {
  let text = "";
  let right = Number.NEGATIVE_INFINITY;
  let wideGap = false;
  for (const run of runs) {
    const gap = run.x - right;
    if (text !== "") {
      const size = run.size;
      if (gap > 1.5 * size && hasLetters(run.text)) {
        text = `${text.trimEnd()} · `;
        wideGap = true;
      } else if (gap > 0.15 * size && !/\s$/.test(text) && !/^\s/.test(run.text)) text += " ";
    }
    text += run.text;
    right = Math.max(right, run.x + run.width);
  }
  return { text: text.replace(/\s+/g, " ").trim(), wideGap };
}

function lineOf(page: PdfPage, runs: PdfRun[], group: number): Line {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const words = sorted.filter((run) => hasLetters(run.text));
  const main = words.length > 0 ? words : sorted;
  const chars = (run: PdfRun) => run.text.replace(/\s/g, "").length;
  const sizes = new Map<number, number>();
  for (const run of main) {
    const size = Math.round(run.size * 2) / 2;
    sizes.set(size, (sizes.get(size) ?? 0) + chars(run));
  }
  const size = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const baseline = main.find((run) => Math.round(run.size * 2) / 2 === size) ?? (main[0] as PdfRun);
  const { text, wideGap } = joinRuns(sorted);
  return {
    page,
    runs: sorted,
    icons: [],
    x0: Math.min(...sorted.map((run) => run.x)),
    x1: Math.max(...sorted.map((run) => run.x + run.width)),
    y: baseline.y,
    top: Math.max(...sorted.map((run) => run.top)),
    bottom: Math.min(...sorted.map((run) => run.bottom)),
    size,
    group,
    text,
    textX: Math.min(...sorted.map((run) => run.x)),
    markerX: null,
    bold: main.length > 0 && main.every((run) => run.bold),
    startsBold: (main[0]?.bold ?? false) && hasLetters(main[0]?.text ?? ""),
    wideGap,
  };
}

/**
 * A run-in heading set on the same baseline as body text ("…at Trailhead. EXPERIENCE"): a jump in
 * type size next to a section name starts a new line.
 */
function splitRunIn(runs: readonly PdfRun[]): PdfRun[][] {
  const parts: PdfRun[][] = [[]];
  let previous: PdfRun | null = null;
  for (const run of runs) {
    if (previous && Math.abs(run.y - previous.y) < 0.2 * run.size && hasLetters(run.text)) {
      const bigger = run.size >= 1.15 * previous.size;
      const smaller = previous.size >= 1.15 * run.size;
      const before = (parts[parts.length - 1] as PdfRun[]).map((part) => part.text).join(" ");
      const named = (text: string) => sectionKindOf(text.trim(), { exact: true }) !== null || /\p{L}-$/u.test(text);
      if ((bigger && (/[.!?:;]\s*$/.test(before) || named(run.text))) || (smaller && named(before))) parts.push([]);
    }
    (parts[parts.length - 1] as PdfRun[]).push(run);
    previous = run;
  }
  return parts.filter((part) => part.length > 0);
}

/** Characters that open a bullet when they are a line's first glyph. */
function leadingMarker(line: Line): boolean {
  const first = line.runs[0];
  if (!first) return false;
  const text = first.text.trimStart();
  const char = [...text][0];
  if (char === undefined || !BULLET_CHARS.has(char)) return false;
  const rest = text.slice(char.length);
  const next = line.runs[1];
  if (rest === "") {
    if (!next) return false;
    // A dash set tight against the next word is a hyphen or a minus, not a marker.
    const gap = next.x - (first.x + first.width);
    if (DASH_BULLETS.has(char) && gap < 0.15 * first.size && !/^\s/.test(next.text)) return false;
    line.runs = line.runs.slice(1);
  } else {
    if (!/^\s/.test(rest)) return false;
    const share = (first.text.length - first.text.trimStart().length + char.length + 1) / Math.max(1, first.text.length);
    const trimmed = { ...first, text: rest.trimStart(), x: first.x + first.width * share, width: first.width * (1 - share) };
    line.runs = [trimmed, ...line.runs.slice(1)];
  }
  line.markerX = first.x;
  return true;
}

/** An icon glyph set small before the text (moderncv's list markers). */
function iconMarker(line: Line): boolean {
  const first = line.icons[0];
  if (!first || line.icons.filter((icon) => icon.x < line.textX).length !== 1) return false;
  if (first.x + first.width > line.textX + 1 || line.textX - (first.x + first.width) > 2 * line.size) return false;
  const small = first.size <= 0.6 * line.size || BULLET_CHARS.has(first.text.trim());
  if (!small) return false;
  line.markerX = first.x;
  return true;
}

/** Exactly one small filled shape just before the line's text: a bullet drawn as a graphic. */
function shapeMarker(line: Line): boolean {
  const size = line.size || 10;
  const near = line.page.shapes.filter((shape) => {
    const width = shape.x1 - shape.x0;
    const height = shape.y1 - shape.y0;
    if (width > 0.8 * size || height > 0.8 * size || Math.max(width, height) < 1) return false;
    if (width / Math.max(height, 0.1) > 3 || height / Math.max(width, 0.1) > 3) return false;
    const centre = (shape.y0 + shape.y1) / 2;
    if (centre < line.y - 0.15 * size || centre > line.y + 0.85 * size) return false;
    return shape.x1 <= line.textX + 0.5 && shape.x1 >= line.textX - 2.5 * size;
  });
  if (near.length !== 1) return false;
  line.markerX = (near[0] as PdfShape).x0;
  return true;
}

function finishText(line: Line): void {
  const { text, wideGap } = joinRuns(line.runs);
  line.text = fixSmallCaps(text);
  line.wideGap = wideGap;
  line.textX = line.runs.length > 0 ? Math.min(...line.runs.map((run) => run.x)) : line.x0;
}

const sentenceEnd = /[.!?]["')\]”’]?$/;

/** Builds layout lines for the whole document, in reading order. */
export function buildLines(pages: readonly PdfPage[]): LayoutLineInput[] {
  const pageRows = pages.map((page) =>
    rows(fragments(page.runs.filter((run) => !run.icon && run.text.trim() !== ""))),
  );
  dropRepeats(pages, pageRows);

  const lines: Line[] = [];
  let group = 0;
  pages.forEach((page, index) => {
    const kept = (pageRows[index] ?? []).flat();
    const icons = page.runs.filter((run) => run.icon);
    for (const column of columnGroups(kept)) {
      for (const row of rows(column)) {
        const runs = row.flatMap((fragment) => fragment.runs).sort((a, b) => a.x - b.x);
        for (const part of splitRunIn(runs)) {
          const line = lineOf(page, part, group);
          line.icons = icons
            .filter((icon) => overlap(runBand(icon), line) >= 0.5 || (icon.y >= line.bottom && icon.y <= line.top))
            .filter((icon) => icon.x + icon.width <= line.x0 + 1)
            .sort((a, b) => a.x - b.x);
          lines.push(line);
        }
      }
      group++;
    }
  });

  const markers = lines.map((line) => {
    const glyph = leadingMarker(line);
    finishText(line);
    return glyph || iconMarker(line) || shapeMarker(line);
  });
  mergeHyphenatedHeadings(lines, markers);

  const pitch = usualPitch(lines);
  const output: LayoutLineInput[] = [];
  let bullet: { markerX: number; textX: number } | null = null;
  lines.forEach((line, index) => {
    if (line.text === "") return;
    const previous = index > 0 ? (lines[index - 1] as Line) : null;
    let isBullet = markers[index] === true;
    // "• Google          Mountain View, CA": an entry's header row, not a bullet to lint.
    if (isBullet && line.wideGap && line.startsBold && line.text.split(/\s+/).length <= 12) isBullet = false;
    let gapAbove = 0;
    if (previous && previous.group === line.group && previous.text !== "") {
      const delta = previous.y - line.y;
      const usual = pitch.get(line.size) ?? 1.2 * line.size;
      gapAbove = delta > 0 ? delta / usual : 0;
      if (breaksBlock(previous, line, lines, usual, bullet)) gapAbove = Math.max(gapAbove, 2);
    } else if (previous) {
      // A new column or page: carry on only a sentence cut off mid-way.
      const carries =
        previous.text !== "" && !sentenceEnd.test(previous.text) && /^\p{Ll}/u.test(line.text) && !isBullet;
      gapAbove = carries ? 1 : 3;
    }
    if (isBullet) bullet = { markerX: line.markerX ?? line.textX, textX: line.textX };
    else if (gapAbove > 1.6) bullet = null;
    output.push({
      text: line.text,
      x: Math.round(line.textX * 10) / 10,
      fontSize: line.size,
      bold: line.bold,
      startsBold: line.startsBold,
      gapAbove: Math.round(gapAbove * 100) / 100,
      drawnBullet: isBullet,
      page: line.page.number,
      box: boxOf(line),
    });
  });
  return output;
}

function boxOf(line: Line): Box {
  const runs = line.runs.length > 0 ? line.runs : [];
  const x0 = runs.length > 0 ? Math.min(...runs.map((run) => run.x)) : line.x0;
  const x1 = runs.length > 0 ? Math.max(...runs.map((run) => run.x + run.width)) : line.x1;
  const round = (value: number) => Math.round(value * 100) / 100;
  return { x: round(x0), y: round(line.bottom), width: round(x1 - x0), height: round(line.top - line.bottom) };
}

/** The usual baseline-to-baseline distance for each type size, from lines that follow each other. */
function usualPitch(lines: readonly Line[]): Map<number, number> {
  const deltas = new Map<number, number[]>();
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] as Line;
    const previous = lines[index - 1] as Line;
    if (previous.group !== line.group || previous.size !== line.size) continue;
    const delta = previous.y - line.y;
    if (delta < 0.9 * line.size || delta > 2.6 * line.size) continue;
    const list = deltas.get(line.size) ?? [];
    list.push(Math.round(delta * 2) / 2);
    deltas.set(line.size, list);
  }
  const result = new Map<number, number>();
  for (const [size, list] of deltas) {
    const counts = new Map<number, number>();
    for (const delta of list) counts.set(delta, (counts.get(delta) ?? 0) + 1);
    // The most common distance; ties go to the smaller, the distance inside a wrapped paragraph.
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    if (best) result.set(size, best[0]);
  }
  return result;
}

/**
 * Whether geometry says `line` starts a new block although it follows `previous` closely: extra
 * space above it, a change of type size, a line set left of the open bullet's text, or a first
 * word that would have fitted on the previous line (so the previous line ended on purpose).
 */
function breaksBlock(
  previous: Line,
  line: Line,
  lines: readonly Line[],
  usual: number,
  bullet: { markerX: number; textX: number } | null,
): boolean {
  const delta = previous.y - line.y;
  if (delta <= 0) return true;
  if (delta > usual + 0.45 * line.size) return true;
  // A bullet's wrapped lines keep its type size; header rows in mixed sizes may run together.
  if (bullet && Math.abs(previous.size - line.size) > 0.15 * line.size) return true;
  if (/\p{L}-$/u.test(previous.text)) return false;
  const right = columnRight(lines, line);
  const full = previous.x1 >= right - 2.5 * line.size;
  if (bullet && line.textX < bullet.textX - 2) {
    // Left of the bullet's text: a continuation only when the bullet has no hanging indent.
    if (line.textX < bullet.markerX - 2 || !full) return true;
  }
  const firstWord = /^\S+/.exec(line.text)?.[0] ?? "";
  const first = line.runs[0];
  if (!first || firstWord === "") return false;
  const charWidth = first.width / Math.max(1, first.text.length);
  const wordWidth = firstWord.length * charWidth * 1.1;
  return previous.x1 + 0.3 * line.size + wordWidth + 2 * line.size <= right;
}

const rightEdges = new WeakMap<Line, number>();

/** The right edge of the text column a line sits in: the furthest any line of its size reaches. */
function columnRight(lines: readonly Line[], line: Line): number {
  const cached = rightEdges.get(line);
  if (cached !== undefined) return cached;
  const peers = lines.filter(
    (other) => other.group === line.group && Math.abs(other.size - line.size) <= 0.15 * line.size,
  );
  const right = Math.max(line.x1, ...peers.map((other) => other.x1));
  rightEdges.set(line, right);
  return right;
}

/** "Experi-" over "ence" in a heading's type size: one heading, hyphenated by TeX. */
function mergeHyphenatedHeadings(lines: Line[], markers: boolean[]): void {
  const body = median(lines.map((line) => line.size));
  for (let index = 0; index < lines.length - 1; index++) {
    const line = lines[index] as Line;
    const next = lines[index + 1] as Line;
    if (line.size < 1.15 * body || next.size !== line.size || line.group !== next.group) continue;
    if (!/\p{L}-$/u.test(line.text) || !/^\p{Ll}+$/u.test(next.text) || line.text.split(/\s+/).length > 3) continue;
    line.text = `${line.text.slice(0, -1)}${next.text}`;
    line.runs = [...line.runs, ...next.runs];
    line.bottom = Math.min(line.bottom, next.bottom);
    line.x0 = Math.min(line.x0, next.x0);
    line.x1 = Math.max(line.x1, next.x1);
    lines.splice(index + 1, 1);
    markers.splice(index + 1, 1);
  }
}
