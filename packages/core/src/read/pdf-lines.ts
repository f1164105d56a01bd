import type { Box, UnreliableText } from "../model/document.js";
import type { LayoutLineInput } from "./layout.js";
import { BULLET_CHARS, DASH_BULLETS, fixSmallCaps } from "./pdf-text.js";
import type { ReadingWords } from "./reading-words.js";
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
  /** Drawn with a symbol font (Symbol, Wingdings, Dingbats), whose glyphs are list markers. */
  symbol?: boolean;
  /** Drawn with a monospaced font, as Word's "o" second-level bullet is. */
  mono?: boolean;
  /** Why the run's letters cannot be trusted, when they cannot (see `UnreliableText`). */
  unreliable?: UnreliableText;
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
          Math.min(other.x1, item.x1) - Math.max(other.x0, item.x0) >
            0.3 * Math.min(other.x1 - other.x0, item.x1 - item.x0),
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
    const kept: PdfRun[] = [];
    for (const run of row) {
      // Text drawn twice a hair apart (fake bold, shadows) is read once.
      const twin = kept.find(
        (other) =>
          other.text === run.text &&
          Math.abs(other.x - run.x) < 0.3 * run.size &&
          Math.abs(other.y - run.y) < 0.3 * run.size,
      );
      if (!twin) kept.push(run);
    }
    for (const run of kept) {
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

/** Distinct baselines among fragments (to within 2 pt): about the number of text lines they make. */
function lineCount(items: readonly Fragment[]): number {
  return new Set(items.map((item) => Math.round(item.y / 2))).size;
}

/**
 * A gutter at `x` splits the run of consecutive (top-to-bottom) fragments that no fragment
 * crosses. Returns the best such band, or null.
 */
function bandAt(sorted: readonly Fragment[][], x: number): Split | null {
  // A row is crossed when any of its fragments spans the gutter; the whole row then stays whole.
  const crosses = (row: Fragment[]) => row.some((fragment) => fragment.x0 < x - 0.5 && fragment.x1 > x + 0.5);
  let best: Split | null = null;
  let start = 0;
  for (let index = 0; index <= sorted.length; index++) {
    const row = sorted[index];
    if (row !== undefined && !crosses(row)) continue;
    if (index > start) {
      const band = sorted.slice(start, index).flat();
      const left = band.filter((item) => item.x1 <= x);
      const right = band.filter((item) => item.x0 >= x);
      const score = Math.min(lineCount(left), lineCount(right));
      if (score > 0 && (best === null || score > best.score)) {
        best = { above: sorted.slice(0, start).flat(), left, right, below: sorted.slice(index).flat(), score };
      }
    }
    start = index + 1;
  }
  return best;
}

/**
 * Two columns side by side, or one column with labels beside it? Dates and places right-aligned
 * against a margin, or labels right-aligned against the text (moderncv), are short, sit on the
 * baselines of the entries they label, and label entry titles rather than bullets. A sidebar
 * has lines of its own, even when they share the main column's line grid.
 */
function isLabelColumn(split: Split, isBulletRow: (row: Fragment[]) => boolean): boolean {
  const leftRows = rows(split.left);
  const rightRows = rows(split.right);
  const [sparse, dense] = leftRows.length <= rightRows.length ? [leftRows, rightRows] : [rightRows, leftRows];
  if (sparse.length > 0.6 * dense.length) return false;
  const words = (row: Fragment[]) =>
    row
      .flatMap((fragment) => fragment.runs.map((run) => run.text))
      .join(" ")
      .split(/\s+/).length;
  if (sparse.filter((row) => words(row) <= 5).length < 0.8 * sparse.length) return false;
  const partners: Fragment[][] = [];
  for (const row of sparse) {
    const first = row[0] as Fragment;
    const partner = dense.find((other) => Math.abs((other[0] as Fragment).y - first.y) <= 0.3 * first.size);
    if (partner) partners.push(partner);
  }
  if (partners.length < 0.75 * sparse.length) return false;
  if (partners.filter(isBulletRow).length > 0.25 * partners.length) return false;
  const rights = sparse.map((row) => Math.max(...row.map((fragment) => fragment.x1)));
  const edge = Math.max(...rights);
  const flush = rights.filter((right) => edge - right <= 3).length;
  return flush >= 0.7 * sparse.length;
}

function findSplit(items: readonly Fragment[], isBulletRow: (row: Fragment[]) => boolean): Split | null {
  // Past a thousand pieces a page is a chart or a table dump, not two columns of a resume.
  if (items.length < 6 || items.length > 1000) return null;
  const x0 = Math.min(...items.map((item) => item.x0));
  const x1 = Math.max(...items.map((item) => item.x1));
  const width = x1 - x0;
  const sorted = rows(items);
  const totalLines = sorted.length;
  const top = Math.max(...items.map((item) => item.top));
  const bottom = Math.min(...items.map((item) => item.bottom));
  const candidates = new Set<number>();
  for (const item of items) {
    for (const edge of [item.x0 - 1, item.x1 + 1]) {
      if (edge > x0 + 0.12 * width && edge < x1 - 0.12 * width) candidates.add(Math.round(edge / 2) * 2);
    }
  }
  let best: Split | null = null;
  for (const candidate of candidates) {
    // A gutter most rows cross cannot hold a band of six lines or a quarter of the page.
    const crossed = sorted.filter((row) => row.some((item) => item.x0 < candidate - 0.5 && item.x1 > candidate + 0.5));
    if (crossed.length > 0.75 * sorted.length && sorted.length - crossed.length < 6) continue;
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
    // A column of bullet glyphs or numbers beside their items is one column, not two.
    const letters = (side: Fragment[]) =>
      side.reduce((sum, item) => sum + item.runs.reduce((count, run) => count + run.text.trim().length, 0), 0) /
      Math.max(1, lineCount(side));
    if (letters(split.left) < 4 || letters(split.right) < 4) continue;
    if (isLabelColumn(split, isBulletRow)) continue;
    if (best === null || split.score > best.score) best = split;
  }
  return best;
}

/** Orders fragments into column groups: header, left column, right column, footer, recursively. */
function columnGroups(items: readonly Fragment[], isBulletRow: (row: Fragment[]) => boolean, depth = 0): Fragment[][] {
  if (items.length === 0) return [];
  const split = depth < 4 ? findSplit(items, isBulletRow) : null;
  if (!split) return [[...items]];
  return [
    ...columnGroups(split.above, isBulletRow, depth + 1),
    ...columnGroups(split.left, isBulletRow, depth + 1),
    ...columnGroups(split.right, isBulletRow, depth + 1),
    ...columnGroups(split.below, isBulletRow, depth + 1),
  ];
}

/** A row that opens with a bullet: a marker glyph, or a small shape or icon just before it. */
function bulletRowTest(page: PdfPage): (row: Fragment[]) => boolean {
  const icons = page.runs.filter((run) => run.icon);
  return (row) => {
    const first = row.reduce((left, fragment) => (fragment.x0 < left.x0 ? fragment : left));
    const run = first.runs[0];
    if (run && BULLET_CHARS.has([...run.text.trim()][0] ?? "")) return true;
    const size = first.size;
    const before = (right: number, y0: number, y1: number) =>
      right <= first.x0 + 1 &&
      right >= first.x0 - 2.5 * size &&
      (y0 + y1) / 2 >= first.bottom &&
      (y0 + y1) / 2 <= first.top;
    return (
      page.shapes.some((shape) => before(shape.x1, shape.y0, shape.y1)) ||
      icons.some((icon) => icon.size <= 0.6 * size && before(icon.x + icon.width, icon.bottom, icon.top))
    );
  };
}

// ---------------------------------------------------------------------------------------------
// Repeated headers and footers

const normaliseRepeat = (text: string) =>
  text
    .toLowerCase()
    .replace(/\d+/g, "#")
    .replace(/[\s·|•]+/g, " ")
    .trim();

/** Drops rows in the top or bottom margin that repeat on other pages, and bare page numbers. */
function dropRepeats(words: ReadingWords, pages: readonly PdfPage[], pageRows: Fragment[][][]): void {
  const seen = new Map<string, Set<number>>();
  const marginal = (page: PdfPage, row: Fragment[]) => {
    const top = Math.max(...row.map((fragment) => fragment.top));
    const bottom = Math.min(...row.map((fragment) => fragment.bottom));
    return top >= page.bottom + page.height * 0.86 || bottom <= page.bottom + page.height * 0.14;
  };
  const keyOf = (row: Fragment[]) =>
    normaliseRepeat(row.flatMap((fragment) => fragment.runs.map((run) => run.text)).join(" "));
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
      if (words.text.pageNumber.test(key)) return false;
      // A section that opens two pages ("Experience", then "Experience" continued) is no footer.
      if (sectionKindOf(key, words, { exact: true }) !== null) return true;
      return pages.length < 2 || (seen.get(key)?.size ?? 0) < 2;
    });
    pageRows[index] = kept;
  });
}

// ---------------------------------------------------------------------------------------------
// Lines

const hasLetters = (text: string) => /[\p{L}\p{N}]/u.test(text);

/** Letter-spaced capitals that extraction spells out: "E X P E R I E N C E". */
const spelledOut = /(?<!\p{L})(?:\p{Lu} ){2,}\p{Lu}(?!\p{L})/gu;

function joinRuns(runs: readonly PdfRun[]): { text: string; wideGap: boolean } {
  let text = "";
  let right = Number.NEGATIVE_INFINITY;
  let wideGap = false;
  // Capitals set one per run are letter-spaced; only a gap wider than theirs separates words.
  const single = (run: PdfRun | undefined) => run !== undefined && /^\p{Lu}$/u.test(run.text.trim());
  const letterGaps: number[] = [];
  runs.forEach((run, index) => {
    const previous = runs[index - 1];
    if (single(run) && single(previous) && previous) letterGaps.push(run.x - (previous.x + previous.width));
  });
  const letterGap = letterGaps.length >= 2 ? median(letterGaps) : null;
  runs.forEach((run, index) => {
    const gap = run.x - right;
    if (text !== "") {
      const size = run.size;
      const spaced = letterGap !== null && single(run) && single(runs[index - 1]);
      const space = spaced ? Math.max(0.15 * size, 1.6 * (letterGap as number)) : 0.15 * size;
      if (gap > 1.5 * size && hasLetters(run.text)) {
        text = `${text.trimEnd()} · `;
        wideGap = true;
      } else if (gap > space && !/\s$/.test(text) && !/^\s/.test(run.text)) text += " ";
    }
    text += run.text.replace(spelledOut, (letters) => letters.replace(/ /g, ""));
    right = Math.max(right, run.x + run.width);
  });
  // An undecodable glyph kept its place in a word ("e�ectively", "�rmware"); alone it is dropped.
  const kept = text.replace(/(?<!\p{L})\uFFFD+(?!\p{L})/gu, "");
  return { text: kept.replace(/\s+/g, " ").trim(), wideGap };
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
  // Text, wide gaps and the text's left edge are set by `finishText`, once markers are known.
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
    text: "",
    textX: Math.min(...sorted.map((run) => run.x)),
    markerX: null,
    bold: main.length > 0 && main.every((run) => run.bold),
    startsBold: (main[0]?.bold ?? false) && hasLetters(main[0]?.text ?? ""),
    wideGap: false,
  };
}

/**
 * A run-in heading set on the same baseline as body text ("…at Trailhead. EXPERIENCE"): a jump in
 * type size next to a section name starts a new line.
 */
function splitRunIn(words: ReadingWords, runs: readonly PdfRun[]): PdfRun[][] {
  const parts: PdfRun[][] = [[]];
  let previous: PdfRun | null = null;
  for (const run of runs) {
    if (previous && Math.abs(run.y - previous.y) < 0.2 * run.size && hasLetters(run.text)) {
      const bigger = run.size >= 1.15 * previous.size;
      const smaller = previous.size >= 1.15 * run.size;
      const before = (parts[parts.length - 1] as PdfRun[]).map((part) => part.text).join(" ");
      const named = (text: string) =>
        sectionKindOf(text.trim(), words, { exact: true }) !== null || /\p{L}-$/u.test(text);
      if ((bigger && (/[.!?:;]\s*$/.test(before) || named(run.text))) || (smaller && named(before))) parts.push([]);
    }
    (parts[parts.length - 1] as PdfRun[]).push(run);
    previous = run;
  }
  return parts.filter((part) => part.length > 0);
}

/**
 * Two list items side by side on one row ("◦ Item 1        ◦ Item 4"): a marker after a wide gap
 * starts a line of its own.
 */
function splitAtMarkers(runs: readonly PdfRun[], icons: readonly PdfRun[], drawn: readonly number[]): PdfRun[][] {
  const isMarker = (run: PdfRun) => BULLET_CHARS.has(run.text.trim()) && !DASH_BULLETS.has(run.text.trim());
  const markers = [
    ...icons.filter((icon) => icon.size <= 0.6 * (runs[0]?.size ?? icon.size) || isMarker(icon)).map((icon) => icon.x),
    ...runs.filter(isMarker).map((run) => run.x),
    ...drawn,
  ];
  const parts: PdfRun[][] = [[]];
  let right = Number.NEGATIVE_INFINITY;
  for (const run of runs) {
    const current = parts[parts.length - 1] as PdfRun[];
    const marker = markers.find((x) => x > right && x <= run.x + 0.5);
    if (current.length > 0 && marker !== undefined && marker - right >= 1.5 * run.size) parts.push([]);
    (parts[parts.length - 1] as PdfRun[]).push(run);
    right = Math.max(right, run.x + run.width);
  }
  return parts.filter((part) => part.length > 0);
}

/**
 * The order columns are read in. Page by page, unless every page has the same columns in the same
 * places (a sidebar beside the main column on each page): then each column is read whole across
 * the pages, so that page 2's main column goes on from page 1's rather than from the sidebar.
 */
function columnReadingOrder(
  pages: readonly PdfPage[],
  pageColumns: readonly Fragment[][][],
): { page: PdfPage; column: Fragment[] }[] {
  const pageOrder = pages.flatMap((page, index) => (pageColumns[index] ?? []).map((column) => ({ page, column })));
  const first = pageColumns[0] ?? [];
  if (pages.length < 2 || first.length < 2) return pageOrder;
  const span = (column: readonly Fragment[]) => ({
    x0: Math.min(...column.map((fragment) => fragment.x0)),
    x1: Math.max(...column.map((fragment) => fragment.x1)),
  });
  const spans = first.map(span);
  const sameAs = (column: readonly Fragment[], index: number) => {
    const a = span(column);
    const b = spans[index] as { x0: number; x1: number };
    const shared = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
    return (
      shared > 0.6 * Math.min(a.x1 - a.x0, b.x1 - b.x0) &&
      spans.every((other, k) => k === index || Math.min(a.x1, other.x1) - Math.max(a.x0, other.x0) <= 0)
    );
  };
  // Only text that runs beside another column counts: a page of one column breaks the pattern.
  const aligned = pageColumns.every((columns) => columns.length === first.length && columns.every(sameAs));
  if (!aligned) return pageOrder;
  return first.flatMap((_, index) =>
    pages.map((page, pageIndex) => ({ page, column: (pageColumns[pageIndex] ?? [])[index] as Fragment[] })),
  );
}

/** Left edges of the dots and squares drawn as list markers on a row (Canva, Chromium). */
function drawnMarkersIn(page: PdfPage, band: Fragment): number[] {
  const size = band.size;
  return page.shapes
    .filter((shape) => {
      const width = shape.x1 - shape.x0;
      const height = shape.y1 - shape.y0;
      const centre = (shape.y0 + shape.y1) / 2;
      return (
        width <= 0.6 * size &&
        height <= 0.6 * size &&
        Math.max(width, height) >= 1 &&
        centre > band.bottom &&
        centre < band.top
      );
    })
    .map((shape) => shape.x0);
}

/** Glyphs that open a bullet even when set tight against the word after them. */
const SOLID_BULLETS = /^[•●▪■◦○◆◇‣∙⋅►▸▶➢➤✓✔❖♦□☐\uF0B7\uF0A7\uF0D8\uF076\uF0FC\uF0A8\uF06E]/u;

/** A list marker standing alone before the text: a number ("1.", "b)"), Word's "o", a symbol glyph. */
function isMarkerToken(run: PdfRun, next: PdfRun | undefined): boolean {
  if (!next || next.x - (run.x + run.width) < 0.2 * run.size) return false;
  const token = run.text.trim();
  if (/^(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]$/.test(token)) return true;
  if (token === "o" && run.mono) return true;
  return run.symbol === true && [...token].length === 1;
}

/** Characters that open a bullet when they are a line's first glyph. */
function leadingMarker(line: Line): boolean {
  const first = line.runs[0];
  if (!first) return false;
  if (isMarkerToken(first, line.runs[1])) {
    line.runs = line.runs.slice(1);
    line.markerX = first.x;
    return true;
  }
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
    if (!/^\s/.test(rest) && !(SOLID_BULLETS.test(char) && /^\p{L}/u.test(rest))) return false;
    const share =
      (first.text.length - first.text.trimStart().length + char.length + 1) / Math.max(1, first.text.length);
    const trimmed = {
      ...first,
      text: rest.trimStart(),
      x: first.x + first.width * share,
      width: first.width * (1 - share),
    };
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
  // Icon fonts map their pictures to arbitrary letters ("*" is a map pin), so only size tells.
  if (first.size > 0.6 * line.size) return false;
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
  // A CSS marker with a background and a border is painted twice in one place: one marker.
  const first = near[0];
  const overlaps = (a: PdfShape, b: PdfShape) => a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;
  if (!first || !near.every((shape) => overlaps(shape, first))) return false;
  line.markerX = Math.min(...near.map((shape) => shape.x0));
  return true;
}

/**
 * "WORK EXPERIENCE S", "EDUCATIO N": letter-spaced capitals whose spacing pdf.js read as a word
 * gap before one letter. In a short line of capitals, a lone letter other than A and I joins the
 * word it touches.
 */
export function mendLetterSpacing(text: string): string {
  const words = text.split(" ");
  if (words.length > 6 || !/^[\p{Lu}\d&/,.:'’ -]+$/u.test(text)) return text;
  return text.replace(/(\p{Lu}{2,}) ([B-HJ-Z])(?= |$)/gu, "$1$2").replace(/(?<=^| )([B-HJ-Z]) (\p{Lu}{2,})/gu, "$1$2");
}

function finishText(line: Line): void {
  const { text: joined, wideGap } = joinRuns(line.runs.map((run) => ({ ...run, text: fixSmallCaps(run.text) })));
  const text = mendLetterSpacing(joined);
  line.text = text;
  line.wideGap = wideGap;
  line.textX = line.runs.length > 0 ? Math.min(...line.runs.map((run) => run.x)) : line.x0;
}

const sentenceEnd = /[.!?]["')\]”’]?$/;

/** Builds layout lines for the whole document, in reading order. */
export function buildLines(pages: readonly PdfPage[], words: ReadingWords): LayoutLineInput[] {
  const pageRows = pages.map((page) => rows(fragments(page.runs.filter((run) => !run.icon && run.text.trim() !== ""))));
  dropRepeats(words, pages, pageRows);

  const lines: Line[] = [];
  let group = 0;
  const pageColumns = pages.map((page, index) => columnGroups((pageRows[index] ?? []).flat(), bulletRowTest(page)));
  for (const { page, column } of columnReadingOrder(pages, pageColumns)) {
    const icons = page.runs.filter((run) => run.icon);
    for (const row of rows(column)) {
      const runs = row.flatMap((fragment) => fragment.runs).sort((a, b) => a.x - b.x);
      const band = fragmentOf(runs);
      const rowIcons = icons
        .filter((icon) => overlap(runBand(icon), band) >= 0.5 || (icon.y >= band.bottom && icon.y <= band.top))
        .sort((a, b) => a.x - b.x);
      for (const part of splitRunIn(words, runs)) {
        for (const piece of splitAtMarkers(part, rowIcons, drawnMarkersIn(page, band))) {
          const line = lineOf(page, piece, group);
          line.icons = rowIcons.filter(
            (icon) => icon.x + icon.width <= line.x0 + 1 && icon.x >= line.x0 - 3 * line.size,
          );
          lines.push(line);
        }
      }
    }
    group++;
  }

  const markers = lines.map((line) => {
    const glyph = leadingMarker(line);
    finishText(line);
    return glyph || iconMarker(line) || shapeMarker(line);
  });
  mergeHyphenatedHeadings(lines, markers);

  for (const [index, line] of lines.entries()) lineIndex.set(line, index);
  const pitch = usualPitch(lines);
  const output: LayoutLineInput[] = [];
  let bullet: { markerX: number; textX: number; startsBold: boolean } | null = null;
  lines.forEach((line, index) => {
    if (line.text === "") return;
    const previous = index > 0 ? (lines[index - 1] as Line) : null;
    let isBullet = markers[index] === true;
    // An item of an open list whose marker never reached the text layer: set where the list's
    // text starts, but begun on purpose rather than wrapped.
    if (
      !isBullet &&
      bullet !== null &&
      previous?.group === line.group &&
      Math.abs(line.textX - bullet.textX) <= 1.5 &&
      /^\p{Lu}/u.test(line.text) &&
      !line.wideGap &&
      line.startsBold === bullet.startsBold &&
      startsOnPurpose(previous, line, lines)
    )
      isBullet = true;
    // "• Google          Mountain View, CA": an entry's header row, not a bullet to lint.
    if (isBullet && line.wideGap && line.startsBold && line.text.split(/\s+/).length <= 12) isBullet = false;
    let gapAbove = 0;
    if (previous && previous.group === line.group && previous.text !== "") {
      const delta = previous.y - line.y;
      const usual = ((pitch.get(line.size) ?? 1.2 * line.size) + (pitch.get(previous.size) ?? 1.2 * previous.size)) / 2;
      gapAbove = delta > 0 ? delta / usual : 0;
      if (breaksBlock(previous, line, lines, usual, bullet)) gapAbove = Math.max(gapAbove, 2);
    } else if (previous) {
      // A new column or page: carry on only a sentence cut off mid-way.
      // The sentence must fill the last line of its column and go on in the same type, so that a
      // sidebar's first line ("jordan@example.com") is never read as the end of a bullet.
      const carries =
        previous.text !== "" &&
        !sentenceEnd.test(previous.text) &&
        !isBullet &&
        Math.abs(previous.size - line.size) <= 0.15 * line.size &&
        previous.x1 >= columnRight(lines, previous) - 2.5 * previous.size &&
        !/@|https?:|www\.|\.(?:com|org|net|io|dev|me|ai|co)\b|\/in\//i.test(line.text) &&
        (line.page !== previous.page || sameWidth(lines, previous, line)) &&
        (/^\p{Ll}/u.test(line.text) ||
          (bullet !== null && line.page !== previous.page && Math.abs(line.textX - bullet.textX) <= 2));
      gapAbove = carries ? 1 : 3;
    }
    if (isBullet) bullet = { markerX: line.markerX ?? line.textX, textX: line.textX, startsBold: line.startsBold };
    else if (gapAbove > 1.6) bullet = null;
    // A glyph with no character counts only where it stayed inside a word; a broken map always.
    const unreliable = line.runs
      .map((run) => run.unreliable)
      .find((reason) => reason === "font-map" || (reason === "unmapped-characters" && line.text.includes("\uFFFD")));
    const marked = unreliable !== undefined && hasLetters(line.text) ? unreliable : undefined;
    output.push({
      ...(marked !== undefined ? { unreliable: marked } : {}),
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
  const runs = line.runs;
  const x0 = runs.length > 0 ? Math.min(...runs.map((run) => run.x)) : line.x0;
  const x1 = runs.length > 0 ? Math.max(...runs.map((run) => run.x + run.width)) : line.x1;
  const round = (value: number) => Math.round(value * 100) / 100;
  return { x: round(x0), y: round(line.bottom), width: round(x1 - x0), height: round(line.top - line.bottom) };
}

/** The previous line ended early: this line's first word would have fitted on it. */
function startsOnPurpose(previous: Line, line: Line, lines: readonly Line[]): boolean {
  if (/\p{L}-$/u.test(previous.text) || previous.y - line.y <= 0) return false;
  const firstWord = /^\S+/.exec(line.text)?.[0] ?? "";
  const first = line.runs[0];
  if (!first || firstWord === "") return false;
  const charWidth = first.width / Math.max(1, first.text.length);
  const wordWidth = firstWord.length * charWidth * 1.1;
  return previous.x1 + 0.3 * line.size + wordWidth + 2 * line.size <= columnRight(lines, line);
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
  bullet: { markerX: number; textX: number; startsBold: boolean } | null,
): boolean {
  const delta = previous.y - line.y;
  if (delta <= 0) return true;
  if (delta > usual + 0.45 * line.size) return true;
  // A bullet's wrapped lines keep its type size; header rows in mixed sizes may run together.
  if (bullet && Math.abs(previous.size - line.size) > 0.15 * line.size) return true;
  if (/\p{L}-$/u.test(previous.text)) return false;
  if (bullet) {
    // Set where the bullet's text starts, or further in: a wrapped line (or, begun on purpose with
    // a capital, the next item of a list whose marker is missing; see buildLines).
    if (line.textX >= bullet.textX - 2) return false;
    // Left of its marker: a new block. Under the marker (Google Docs wraps there): a wrapped
    // line unless the previous line was short enough that this line's first word would fit on it,
    // or it opens in bold under plain text, or with a label ("Stack: Go, Kafka").
    if (line.textX < bullet.markerX - 2) return true;
    if ((line.startsBold && !bullet.startsBold) || /^\p{Lu}[\p{L}/& ]{0,24}:\s/u.test(line.text)) return true;
    const full = previous.x1 >= columnRight(lines, line) - 2.5 * line.size;
    return !full && startsOnPurpose(previous, line, lines);
  }
  // Short lines (a title over an employer over dates) may run together; a prose line that
  // stopped early may not.
  const right = columnRight(lines, line);
  if (previous.x1 - previous.x0 < 0.5 * (right - columnLeft(lines, line))) return false;
  return startsOnPurpose(previous, line, lines);
}

/** Newspaper columns are as wide as each other; a sidebar and its main column are not. */
function sameWidth(lines: readonly Line[], a: Line, b: Line): boolean {
  const width = (line: Line) => columnRight(lines, line) - columnLeft(lines, line);
  const [first, second] = [width(a), width(b)];
  return Math.abs(first - second) <= 0.15 * Math.max(first, second);
}

const leftEdges = new WeakMap<readonly Line[], Map<number, number>>();

/** The left edge of a line's column group. */
function columnLeft(lines: readonly Line[], line: Line): number {
  let edges = leftEdges.get(lines);
  if (!edges) {
    edges = new Map();
    for (const other of lines) edges.set(other.group, Math.min(edges.get(other.group) ?? other.x0, other.x0));
    leftEdges.set(lines, edges);
  }
  return Math.min(line.x0, edges.get(line.group) ?? line.x0);
}

const rightEdges = new WeakMap<Line, number>();
const lineIndex = new WeakMap<Line, number>();

/**
 * The right margin text wraps at near a line: the furthest that nearby lines of its size in its
 * column reach. Rows with a right-aligned part (dates, places) may stand out past the text and
 * do not count.
 */
function columnRight(lines: readonly Line[], line: Line): number {
  const cached = rightEdges.get(line);
  if (cached !== undefined) return cached;
  const at = lineIndex.get(line) ?? lines.indexOf(line);
  let right = line.x1;
  for (let index = Math.max(0, at - 12); index <= Math.min(lines.length - 1, at + 12); index++) {
    const other = lines[index] as Line;
    if (other.group !== line.group || other.wideGap || Math.abs(other.size - line.size) > 0.15 * line.size) continue;
    right = Math.max(right, other.x1);
  }
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
