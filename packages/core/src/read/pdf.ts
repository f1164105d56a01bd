import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { ResumeDocument } from "../model/document.js";
import { ResumeReadError } from "./errors.js";
import { type LayoutLineInput, readLayout } from "./layout.js";
import letterWidthData from "./letter-widths.json" with { type: "json" };
import type { ReadOptions } from "./options.js";
import { buildLines, type PdfPage, type PdfRun, type PdfShape } from "./pdf-lines.js";
import { isBoldFont, isIconFont, isSymbolFont, repairRun } from "./pdf-text.js";
import { MAX_PDF_PAGES, READ_TIME_LIMIT_MS, timeLimited, timeLimitMessage } from "./read-limits.js";

/** Largest PDF reslint opens; a resume, even with a photo, is well under this. */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;

/** Text runs on one page beyond which a PDF is refused (a dense resume page has under 1,500). */
export const MAX_RUNS_PER_PAGE = 5_000;

const EXPORT_HINT = "export the resume as Markdown or plain text and lint that";

// ---------------------------------------------------------------------------------------------
// The parts of pdf.js this reader uses, typed here so the DOM-heavy typings are not needed.

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
}

interface TextStyle {
  ascent?: number;
  descent?: number;
  fontFamily?: string;
}

interface FontObject {
  name?: string;
  loadedName?: string;
  bold?: boolean;
  black?: boolean;
  isType3Font?: boolean;
}

interface PageProxy {
  view: number[];
  getTextContent(options?: { includeMarkedContent?: boolean }): Promise<{
    items: (TextItem | { type: string })[];
    styles: Record<string, TextStyle>;
  }>;
  getOperatorList(options?: { annotationMode?: number }): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
  cleanup(): boolean;
}

interface DocumentProxy {
  numPages: number;
  getPage(number: number): Promise<PageProxy>;
}

interface LoadingTask {
  promise: Promise<DocumentProxy>;
  destroy(): Promise<void>;
}

interface PdfJs {
  getDocument(source: Record<string, unknown>): LoadingTask;
  OPS: Record<string, number>;
  AnnotationMode: { DISABLE: number };
  VerbosityLevel: { ERRORS: number };
}

const require = createRequire(import.meta.url);
let pdfjsModule: Promise<PdfJs> | null = null;
let assetRoot = "";

/** Loads pdf.js once. Its "worker" runs on this thread: a resume is small, and a thread costs more to start. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsModule ??= (async () => {
    const entry = require.resolve("pdfjs-dist/legacy/build/pdf.mjs");
    assetRoot = dirname(require.resolve("pdfjs-dist/package.json"));
    const globals = globalThis as { pdfjsWorker?: unknown };
    // With the worker module already loaded, pdf.js runs it in-process instead of spawning a thread.
    globals.pdfjsWorker ??= await import(require.resolve("pdfjs-dist/legacy/build/pdf.worker.mjs"));
    return (await import(entry)) as PdfJs;
  })();
  return pdfjsModule;
}

const folder = (name: string) => `${join(assetRoot, name)}/`;

// ---------------------------------------------------------------------------------------------

/**
 * Reads a PDF resume: text with positions from pdf.js, rebuilt into visual lines in reading order,
 * then read by the shared layout heuristics. Throws `ResumeReadError` with one sentence when the
 * PDF cannot be read faithfully (no text layer, fonts that do not decode, encrypted, damaged).
 */
export async function readPdf(bytes: Uint8Array, options: ReadOptions): Promise<ResumeDocument> {
  const { lines, picturedPages } = await extractPdf(bytes, options);
  const document = readLayout(lines, "pdf", options.vocabulary.reading);
  if (picturedPages.length > 0) document.picturedPages = picturedPages;
  return document;
}

/** The visual lines of a PDF in reading order, as `readPdf` hands them to the layout reader. */
export async function readPdfLines(bytes: Uint8Array, options: ReadOptions): Promise<LayoutLineInput[]> {
  return (await extractPdf(bytes, options)).lines;
}

interface Extracted {
  lines: LayoutLineInput[];
  /** Pages that are a picture with next to no text layer: a scanned page inside a text PDF. */
  picturedPages: number[];
}

async function extractPdf(bytes: Uint8Array, options: ReadOptions): Promise<Extracted> {
  checkBytes(bytes);
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given.
    data: bytes.slice(),
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    standardFontDataUrl: folder("standard_fonts"),
    cMapUrl: folder("cmaps"),
    cMapPacked: true,
    wasmUrl: folder("wasm"),
    iccUrl: folder("iccs"),
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    // Photos are never decoded; a marker drawn as a tiny image still is.
    maxImageSize: 64 * 64,
  });
  const ms = options.limits?.timePerFileMs ?? READ_TIME_LIMIT_MS;
  try {
    return await timeLimited(extract(pdfjs, task, options), ms, timeLimitMessage("PDF", ms, EXPORT_HINT));
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

function checkBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new ResumeReadError("This file is empty; there is nothing to lint.");
  if (bytes.length > MAX_PDF_BYTES) {
    throw new ResumeReadError(
      `This PDF is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, larger than the ${MAX_PDF_BYTES / 1024 / 1024} MB reslint reads; export the resume again without large images.`,
    );
  }
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (!head.includes("%PDF-")) {
    const text = looksLikeText(bytes.subarray(0, 4096));
    throw new ResumeReadError(
      text
        ? "This file is named .pdf but holds plain text, not a PDF; rename it to .txt or .md and lint that."
        : `This file is not a PDF (it has no PDF header); open it in the program that made it and export a PDF again, or ${EXPORT_HINT}.`,
    );
  }
  // Every complete PDF ends with %%EOF; pdf.js would patch up a cut-off file and read part of it.
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 4096))).toString("latin1");
  if (!tail.includes("%%EOF")) throw incomplete();
}

function incomplete(): ResumeReadError {
  return new ResumeReadError(
    `This PDF is damaged or incomplete (it may have been cut off while downloading); export it again, or ${EXPORT_HINT}.`,
  );
}

function looksLikeText(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  try {
    // A multi-byte character cut at the end of the sample is not an error.
    const decoded = new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, head.length - 4));
    return /\p{L}/u.test(decoded);
  } catch {
    return false;
  }
}

function loadError(error: unknown): ResumeReadError {
  const name = (error as { name?: string } | null)?.name ?? "";
  if (name === "PasswordException") {
    return new ResumeReadError(
      "This PDF is password-protected, so reslint cannot read its text; save an unprotected copy and lint that.",
    );
  }
  if (name === "InvalidPDFException") return incomplete();
  const detail = error instanceof Error ? error.message : String(error);
  return new ResumeReadError(
    `This PDF could not be read (${detail.replace(/[.\s]+$/, "")}); export it again, or ${EXPORT_HINT}.`,
  );
}

interface Tally {
  chars: number;
  undecodable: number;
  rotated: number;
}

async function extract(pdfjs: PdfJs, task: LoadingTask, options: ReadOptions): Promise<Extracted> {
  let document: DocumentProxy;
  try {
    document = await task.promise;
  } catch (error) {
    throw loadError(error);
  }
  const maxPages = options.limits?.maxPdfPages ?? MAX_PDF_PAGES;
  if (document.numPages > maxPages) {
    const limit =
      maxPages < MAX_PDF_PAGES
        ? `more than the ${maxPages} limits.maxPdfPages allows; raise the limit, or check that this is the right file`
        : `more than the ${MAX_PDF_PAGES} reslint reads; a resume is a few pages, so check that this is the right file`;
    throw new ResumeReadError(`This PDF has ${document.numPages} pages, ${limit}.`);
  }
  const tally: Tally = { chars: 0, undecodable: 0, rotated: 0 };
  const pages: PdfPage[] = [];
  const picturedPages: number[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    try {
      const page = await document.getPage(number);
      const read = await readPage(pdfjs, page, number, tally);
      pages.push(read.page);
      if (read.pictured) picturedPages.push(number);
      page.cleanup();
    } catch (error) {
      if (error instanceof ResumeReadError) throw error;
      throw loadError(error);
    }
  }
  checkConfidence(tally);
  const lines = buildLines(pages, options.vocabulary.reading);
  if (!lines.some((line) => /\p{L}/u.test(line.text))) throw noText();
  return { lines, picturedPages };
}

function noText(): ResumeReadError {
  return new ResumeReadError(
    `This PDF has no text layer (it looks like a scanned image), so reslint has nothing to read; export it from the original document, or ${EXPORT_HINT}.`,
  );
}

function checkConfidence(tally: Tally): void {
  if (tally.chars === 0) throw noText();
  if (tally.undecodable > 0.25 * tally.chars) {
    throw new ResumeReadError(
      `Most of this PDF's text is in fonts that do not say which letters they draw, so reslint cannot read it; export the PDF again with fonts embedded as text, or ${EXPORT_HINT}.`,
    );
  }
  if (tally.rotated > 0.5 * tally.chars) {
    throw new ResumeReadError(
      `Most of this PDF's text is rotated, so reslint cannot put it in reading order; export it again in portrait, or ${EXPORT_HINT}.`,
    );
  }
}

/** A page whose pictures cover this much of it and that holds fewer letters than this is a picture. */
const PICTURED_COVER = 0.5;
const PICTURED_LETTERS = 100;

async function readPage(
  pdfjs: PdfJs,
  page: PageProxy,
  number: number,
  tally: Tally,
): Promise<{ page: PdfPage; pictured: boolean }> {
  const [left = 0, bottom = 0, right = 612, top = 792] = page.view;
  // The operator list loads the fonts (names, weights) and holds the drawn bullets.
  const operators = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  const { shapes, imageArea } = paintedShapes(pdfjs.OPS, operators);
  const lettersBefore = tally.chars;
  const brokenFonts = fontsWithBrokenMaps(pdfjs.OPS, operators);
  const content = await page.getTextContent({ includeMarkedContent: false });
  // A resume page holds a few hundred text runs; tens of thousands mean a data dump or a crafted
  // file, and line building would take far longer than the time limit can interrupt.
  if (content.items.length > MAX_RUNS_PER_PAGE) {
    throw new ResumeReadError(
      `Page ${number} of this PDF holds ${content.items.length} pieces of text, far more than a resume page, so reslint did not read it; check that this is the right file, or ${EXPORT_HINT}.`,
    );
  }
  const fonts = new Map<string, { name: string; bold: boolean; icon: boolean; symbol: boolean; mono: boolean }>();
  const fontOf = (id: string) => {
    let font = fonts.get(id);
    if (!font) {
      const object = (page.commonObjs.has(id) ? page.commonObjs.get(id) : null) as FontObject | null;
      const name = object?.name ?? content.styles[id]?.fontFamily ?? "";
      font = {
        name,
        bold: isBoldFont(name, object?.bold === true || object?.black === true),
        icon: isIconFont(name),
        symbol: isSymbolFont(name),
        mono: /courier|mono|consol|menlo|cmtt/i.test(name),
      };
      fonts.set(id, font);
    }
    return font;
  };
  const runs: PdfRun[] = [];
  for (const item of content.items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
    const letters = item.str.replace(/\s/g, "").length;
    if (Math.abs(b) > 0.1 * Math.abs(a) || Math.abs(c) > 0.1 * Math.abs(d) || a <= 0 || d <= 0) {
      tally.chars += letters;
      tally.rotated += letters;
      continue;
    }
    const font = fontOf(item.fontName);
    const size = Math.hypot(c, d) || item.height || Math.hypot(a, b);
    if (size < 1) continue;
    const style = content.styles[item.fontName];
    const ascent = style?.ascent && style.ascent > 0 && style.ascent < 1.5 ? style.ascent : 0.8;
    const descent = style?.descent && style.descent < 0 && style.descent > -1 ? style.descent : -0.2;
    const run: PdfRun = {
      text: item.str,
      x: e,
      width: Math.max(0, item.width),
      y: f,
      size,
      top: f + ascent * size,
      bottom: f + descent * size,
      bold: font.bold,
      icon: font.icon,
      symbol: font.symbol,
      mono: font.mono,
    };
    if (!font.icon) {
      const repaired = repairRun(item.str);
      tally.chars += letters;
      tally.undecodable += repaired.undecodable;
      if (repaired.text.trim() === "") continue;
      // A ligature whose glyph maps to no character ("e ectively") keeps its place in the word as
      // U+FFFD, and the text is said to be unreliable rather than split at a gap.
      run.text = font.symbol ? repaired.text.replaceAll("\uFFFD", "") : repaired.text;
      if (run.text.includes("\uFFFD")) run.unreliable = "unmapped-characters";
      if (run.text.trim() === "") continue;
      if (brokenFonts.has(item.fontName)) run.unreliable = "font-map";
    }
    runs.push(run);
  }
  const width = right - left;
  const height = top - bottom;
  const pictured = imageArea >= PICTURED_COVER * width * height && tally.chars - lettersBefore < PICTURED_LETTERS;
  return { page: { number, left, bottom, width, height, runs, shapes }, pictured };
}

/**
 * Fonts whose Unicode map is out of step with their glyphs, so that none of their text can be
 * trusted (react-pdf has dropped an entry and shifted every later letter). Two signs, either
 * enough: the map names a letter for a glyph the font does not have (pdf.js marks it
 * `isInFont: false`), or the glyphs' widths do not rise and fall with the widths of the letters
 * the map names ("i" drawn as wide as "m").
 */
function fontsWithBrokenMaps(
  ops: Record<string, number>,
  list: { fnArray: number[]; argsArray: unknown[] },
): Set<string> {
  const broken = new Set<string>();
  const widths = new Map<string, Map<string, number>>();
  let font = "";
  list.fnArray.forEach((fn, index) => {
    const args = list.argsArray[index];
    if (!Array.isArray(args)) return;
    if (fn === ops.setFont && typeof args[0] === "string") font = args[0];
    if (fn !== ops.showText || !Array.isArray(args[0]) || broken.has(font)) return;
    for (const glyph of args[0] as unknown[]) {
      if (typeof glyph !== "object" || glyph === null) continue;
      const { isInFont, unicode, width } = glyph as { isInFont?: boolean; unicode?: string; width?: number };
      if (typeof unicode !== "string") continue;
      if (isInFont === false && /\p{L}|\p{N}/u.test(unicode)) broken.add(font);
      if (letterWidths[unicode] !== undefined && typeof width === "number" && width > 0) {
        const seen = widths.get(font) ?? new Map<string, number>();
        seen.set(unicode, width);
        widths.set(font, seen);
      }
    }
  });
  for (const [name, seen] of widths) if (widthsDisagree(seen)) broken.add(name);
  return broken;
}

const letterWidths: Readonly<Record<string, number>> = letterWidthData.widths;

/** At least this many different letters before glyph widths say anything about a font's map. */
const WIDTH_SAMPLE = 20;
/** Below this rank correlation between glyph and letter widths, the map names the wrong letters. */
const WIDTH_AGREEMENT = 0.55;

function widthsDisagree(seen: ReadonlyMap<string, number>): boolean {
  if (seen.size < WIDTH_SAMPLE) return false;
  const letters = [...seen.keys()];
  const agreement = rankCorrelation(
    letters.map((letter) => seen.get(letter) as number),
    letters.map((letter) => letterWidths[letter] as number),
  );
  // A monospaced font has one width for every letter and says nothing.
  return agreement !== null && agreement < WIDTH_AGREEMENT;
}

function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length).fill(0);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.value === order[start]?.value) end++;
    for (let k = start; k <= end; k++) result[(order[k] as { index: number }).index] = (start + end) / 2;
    start = end + 1;
  }
  return result;
}

/** Spearman's rank correlation, or null when either side does not vary. */
function rankCorrelation(a: readonly number[], b: readonly number[]): number | null {
  const x = ranks(a);
  const y = ranks(b);
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const [mx, my] = [mean(x), mean(y)];
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((value, index) => {
    const dy = (y[index] as number) - my;
    sxy += (value - mx) * dy;
    sxx += (value - mx) ** 2;
    syy += dy ** 2;
  });
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

type Matrix = [number, number, number, number, number, number];

function multiply(outer: Matrix, inner: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [p = 1, q = 0, r = 0, s = 1, t = 0, u = 0] = inner;
  return [a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f];
}

function transformedBox(matrix: Matrix, x0: number, y0: number, x1: number, y1: number): PdfShape {
  const [a, b, c, d, e, f] = matrix;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
  ] as const) {
    xs.push(a * x + c * y + e);
    ys.push(b * x + d * y + f);
  }
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/**
 * Small painted shapes and images, in page space: the candidates for bullets drawn as graphics
 * (Chromium's list discs, TikZ arrows, Word's picture bullets). Paths that are only clipped or
 * ended are not painted and are skipped. Also how much of the page larger images cover, which
 * tells a scanned page.
 */
function paintedShapes(
  ops: Record<string, number>,
  list: { fnArray: number[]; argsArray: unknown[] },
): { shapes: PdfShape[]; imageArea: number } {
  const painted = new Set(
    [
      "fill",
      "eoFill",
      "stroke",
      "closeStroke",
      "fillStroke",
      "eoFillStroke",
      "closeFillStroke",
      "closeEOFillStroke",
    ].map((name) => ops[name]),
  );
  const images = new Set(
    ["paintImageXObject", "paintInlineImageXObject", "paintImageMaskXObject"].map((name) => ops[name]),
  );
  const shapes: PdfShape[] = [];
  let imageArea = 0;
  const stack: Matrix[] = [];
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  const limit = Math.min(list.fnArray.length, 200_000);
  for (let index = 0; index < limit; index++) {
    const fn = list.fnArray[index];
    const args = list.argsArray[index] as unknown[] | null;
    if (fn === ops.save) stack.push(matrix);
    else if (fn === ops.restore) matrix = stack.pop() ?? matrix;
    else if (fn === ops.transform && args) matrix = multiply(matrix, args as number[]);
    else if (fn === ops.paintFormXObjectBegin && args) {
      stack.push(matrix);
      const form = args[0];
      if (Array.isArray(form) || ArrayBuffer.isView(form)) matrix = multiply(matrix, Array.from(form as number[]));
    } else if (fn === ops.paintFormXObjectEnd) matrix = stack.pop() ?? matrix;
    else if (fn === ops.constructPath && args) {
      const [paint, , bounds] = args as [number, unknown, ArrayLike<number> | null];
      if (!painted.has(paint) || !bounds || bounds.length < 4) continue;
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = Array.from(bounds);
      if (!Number.isFinite(x0) || x1 < x0 || y1 < y0) continue;
      const shape = transformedBox(matrix, x0, y0, x1, y1);
      if (shape.x1 - shape.x0 <= 20 && shape.y1 - shape.y0 <= 20) shapes.push(shape);
    } else if (images.has(fn)) {
      const shape = transformedBox(matrix, 0, 0, 1, 1);
      if (shape.x1 - shape.x0 <= 20 && shape.y1 - shape.y0 <= 20) shapes.push(shape);
      else imageArea += (shape.x1 - shape.x0) * (shape.y1 - shape.y0);
    }
  }
  return { shapes, imageArea };
}
