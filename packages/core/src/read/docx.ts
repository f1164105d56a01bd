import mammoth from "mammoth";
import type { ResumeDocument } from "../model/document.js";
import { DocumentBuilder } from "./builder.js";
import { ResumeReadError } from "./errors.js";
import { MappedText } from "./mapped-text.js";
import type { ReadOptions } from "./options.js";
import { READ_TIME_LIMIT_MS, timeLimited, timeLimitMessage } from "./read-limits.js";
import type { ReadingWords } from "./reading-words.js";
import { parseRoleLine } from "./roles.js";
import { sectionKindOf } from "./sections.js";
import { checkDeclaredSizes, type LimitBreach, ZipArchive, type ZipLimits, ZipReadError } from "./zip-limits.js";

/**
 * How much of a DOCX reslint will unpack. A resume's word/document.xml is 20–100 KB with a few
 * thousand elements; mammoth needs about 0.3 s and 100 MB of memory per MB of WordprocessingML,
 * or about 1.4 KB per element, so these bound a read to about a second and under 500 MB. Media
 * (photos) is never inflated.
 */
export const DOCX_LIMITS: ZipLimits & { maxTags: number } = {
  maxEntries: 5_000,
  maxTotalBytes: 200 * 1024 * 1024,
  // Everything but pictures and fonts counts as parsed: mammoth follows relationship targets, so a
  // main part named "word/body.bin" is XML it will parse and must be bounded like document.xml.
  isParsed: (name) => !/\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp|ico|odttf|ttf|otf|woff2?)$/i.test(name),
  maxParsedEntryBytes: 3 * 1024 * 1024,
  maxParsedBytes: 5 * 1024 * 1024,
  maxTags: 200_000,
};

const EXPORT_HINT = "export the resume as Markdown or plain text and lint that";

/** Reads a DOCX resume into the format-independent model: one line of `text` per paragraph. */
export function readDocx(bytes: Uint8Array, options: ReadOptions): Promise<ResumeDocument> {
  const ms = options.limits?.timePerFileMs ?? READ_TIME_LIMIT_MS;
  return timeLimited(readDocxUnbounded(bytes, options), ms, timeLimitMessage("Word document", ms, EXPORT_HINT));
}

async function readDocxUnbounded(bytes: Uint8Array, options: ReadOptions): Promise<ResumeDocument> {
  const words = options.vocabulary.reading;
  checkSignature(bytes);
  await checkArchive(bytes);
  const body = await readBody(bytes);
  try {
    const paragraphs = collectParagraphs(body);
    const text = paragraphs.map((paragraph) => paragraph.line).join("\n");
    if (!/[\p{L}\p{N}]/u.test(text)) {
      throw new ResumeReadError(
        `This Word document contains no text that reslint can read (it may hold only images or a scan); ${EXPORT_HINT}.`,
      );
    }
    const builder = new DocumentBuilder("docx", text, words);
    new DocxReader(paragraphs, builder, words).read();
    return builder.finish();
  } catch (error) {
    // Tables nested past the stack's depth.
    if (error instanceof RangeError) throw damaged();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Bad input, decided before anything is parsed.

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, index) => bytes[at + index] === byte);
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b];

function checkSignature(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new ResumeReadError("This file is empty; there is nothing to lint.");
  if (bytes.length > DOCX_LIMITS.maxTotalBytes) {
    throw new ResumeReadError(
      `This file is ${megabytes(bytes.length)}, more than the ${megabytes(DOCX_LIMITS.maxTotalBytes)} reslint reads for a Word document; check that it is the right file, or ${EXPORT_HINT}.`,
    );
  }
  if (startsWith(bytes, ZIP_SIGNATURE)) return;
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (head.includes("%PDF-")) {
    throw new ResumeReadError(
      `This file looks like a PDF, not a Word document (.docx); give it a .pdf extension, or ${EXPORT_HINT}.`,
    );
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new ResumeReadError(
      `This file is a password-protected Word document or an old Word 97–2003 (.doc) file, which reslint cannot read; remove the password or save it as .docx in Word, or ${EXPORT_HINT}.`,
    );
  }
  if (/^\s*\{\\rtf/.test(head)) {
    throw new ResumeReadError(
      `This file is a Rich Text (RTF) document, not a Word document (.docx); save it as .docx in Word, or ${EXPORT_HINT}.`,
    );
  }
  throw notWordDocument();
}

function notWordDocument(): ResumeReadError {
  return new ResumeReadError(
    `This file is not a Word document (.docx) that reslint can read; open it in Word and save it as .docx, or ${EXPORT_HINT}.`,
  );
}

function damaged(): ResumeReadError {
  return new ResumeReadError(
    `This Word document is damaged and could not be read; open it in Word and save it again as .docx, or ${EXPORT_HINT}.`,
  );
}

function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return `${mb >= 10 ? Math.round(mb) : Number(mb.toFixed(1))} MB`;
}

function limitMessage(breach: LimitBreach): string {
  const refusal = "so reslint did not unpack it (it may be a decompression bomb)";
  const advice = "if it really is a resume, export it as Markdown or plain text and lint that";
  switch (breach.kind) {
    case "entries":
      return `This file lists ${breach.count.toLocaleString("en")} zip entries, more than the ${breach.limit.toLocaleString("en")} a Word document needs, ${refusal}; ${advice}.`;
    case "entry":
      return `This file's ${breach.name} would unpack to ${megabytes(breach.bytes)}, more than the ${megabytes(breach.limit)} reslint unpacks for one part of a resume, ${refusal}; ${advice}.`;
    case "parsed":
      return `This file's XML parts would unpack to ${megabytes(breach.bytes)} together, more than the ${megabytes(breach.limit)} reslint unpacks for a resume, ${refusal}; ${advice}.`;
    case "total":
      return `This file would unpack to ${megabytes(breach.bytes)}, more than the ${megabytes(breach.limit)} reslint unpacks for a Word document, ${refusal}; ${advice}.`;
  }
}

/** Checks the zip's central directory against `DOCX_LIMITS`, then proves the XML parts' sizes true. */
async function checkArchive(bytes: Uint8Array): Promise<void> {
  let opened: Awaited<ReturnType<typeof ZipArchive.open>>;
  try {
    opened = await ZipArchive.open(bytes, DOCX_LIMITS.maxEntries);
  } catch (error) {
    if (error instanceof ZipReadError && error.kind === "damaged") throw damaged();
    throw notWordDocument();
  }
  if (opened.breach) throw new ResumeReadError(limitMessage(opened.breach));
  const archive = opened.archive;
  try {
    const { entries } = archive;
    if (archive.has("content.xml") && archive.has("mimetype")) {
      throw new ResumeReadError(
        `This file is an OpenDocument text (.odt) file, not a Word document (.docx); save it as .docx, or ${EXPORT_HINT}.`,
      );
    }
    if (!archive.has("word/document.xml") && !archive.has("_rels/.rels")) throw missingDocument();
    if (entries.some((entry) => entry.encrypted)) {
      throw new ResumeReadError(
        `This Word document is encrypted; remove its password in Word and save it again, or ${EXPORT_HINT}.`,
      );
    }
    const breach = checkDeclaredSizes(entries, DOCX_LIMITS);
    if (breach) throw new ResumeReadError(limitMessage(breach));
    const parsed = entries.filter((entry) => DOCX_LIMITS.isParsed(entry.name));
    if (parsed.some((entry) => !entry.supportedCompression)) throw damaged();
    const problem = await archive.verifyEntries(
      parsed.map((entry) => entry.name),
      { forbidden: "<!DOCTYPE", maxTags: DOCX_LIMITS.maxTags },
    );
    if (problem?.problem === "size-mismatch") {
      throw new ResumeReadError(
        `This file's ${problem.name} unpacks to a different size than its zip directory declares, so reslint stopped reading it (it is damaged, or a decompression bomb); open it in Word and save it again, or ${EXPORT_HINT}.`,
      );
    }
    if (problem?.problem === "forbidden") {
      throw new ResumeReadError(
        `This file's ${problem.name} declares a DOCTYPE, which Word never writes and which can be used to read other files, so reslint did not read it; open it in Word and save it again as .docx, or ${EXPORT_HINT}.`,
      );
    }
    if (problem?.problem === "too-many-tags") {
      throw new ResumeReadError(
        `This file's XML holds more than ${DOCX_LIMITS.maxTags.toLocaleString("en")} elements where a resume has a few thousand, so reslint did not parse it; if it really is a resume, export it as Markdown or plain text and lint that.`,
      );
    }
    if (problem) throw damaged();
  } finally {
    archive.close();
  }
}

function missingDocument(): ResumeReadError {
  return new ResumeReadError(
    `This file is a zip archive without word/document.xml, so it is not a Word document (.docx); open the resume in Word and save it as .docx, or ${EXPORT_HINT}.`,
  );
}

// ---------------------------------------------------------------------------------------------
// mammoth's document model (lib/documents.js), as far as this reader uses it.

interface Element {
  type: string;
  children?: Element[];
}

interface ParagraphElement extends Element {
  type: "paragraph";
  children: Element[];
  styleId: string | null;
  styleName: string | null;
  numbering: { level: string; isOrdered: boolean } | null;
}

interface RunElement extends Element {
  type: "run";
  children: Element[];
  styleName: string | null;
  isBold: boolean;
  isAllCaps: boolean;
  isSmallCaps: boolean;
  fontSize: number | null;
}

interface TextElement extends Element {
  type: "text";
  value: string;
}

async function readBody(bytes: Uint8Array): Promise<Element> {
  let body: Element | null = null;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // The model is all this reader needs: hand back an empty document so that no HTML is
        // written and no image is ever read.
        transformDocument: (document: Element) => {
          body = document;
          return { ...document, children: [] };
        },
        externalFileAccess: false,
      },
    );
  } catch (error) {
    if (/main document part/i.test((error as Error).message ?? "")) throw missingDocument();
    throw damaged();
  }
  if (body === null) throw damaged();
  return body;
}

// ---------------------------------------------------------------------------------------------
// Paragraphs: one line of text each, in reading order.

interface Paragraph {
  /** The normalised paragraph text: exactly this line of the document's text. */
  line: string;
  /** Offset of the line's first character in the document's text. */
  start: number;
  styleId: string;
  styleName: string;
  isList: boolean;
  startsBold: boolean;
  allBold: boolean;
  allCaps: boolean;
  /** The font size of the first letter or digit, when set on its run. */
  size: number | null;
  /** The table row and cell the paragraph sits in (the innermost table's), or null outside tables. */
  cell: { row: number; index: number } | null;
}

function collectParagraphs(document: Element): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  let rows = 0;
  const visit = (elements: readonly Element[], cell: Paragraph["cell"]): void => {
    for (const element of elements) {
      if (element.type === "paragraph") {
        const paragraph = readParagraph(element as ParagraphElement, offset, cell);
        paragraphs.push(paragraph);
        offset += paragraph.line.length + 1;
      } else if (element.type === "table") {
        for (const row of element.children ?? []) {
          if (row.type !== "tableRow") {
            visit([row], cell);
            continue;
          }
          const rowId = ++rows;
          (row.children ?? []).forEach((tableCell, index) => {
            visit(tableCell.children ?? [], { row: rowId, index });
          });
        }
      } else if (element.children) {
        visit(element.children, cell);
      }
    }
  };
  visit(document.children ?? [], null);
  return paragraphs;
}

interface Styled {
  text: string;
  bold: boolean;
  caps: boolean;
  size: number | null;
}

const plainRun: Styled = { text: "", bold: false, caps: false, size: null };

/** The runs' text with each run's formatting; tabs kept as "\t", breaks as spaces. */
function paragraphRuns(elements: readonly Element[], run: Styled | null, into: Styled[]): Styled[] {
  for (const element of elements) {
    switch (element.type) {
      case "run": {
        const runElement = element as RunElement;
        const bold = runElement.isBold || /\b(?:strong|bold)\b/i.test(runElement.styleName ?? "");
        const style = {
          text: "",
          bold,
          caps: runElement.isAllCaps || runElement.isSmallCaps,
          size: runElement.fontSize ?? null,
        };
        paragraphRuns(runElement.children, style, into);
        break;
      }
      case "text":
        into.push({ ...(run ?? plainRun), text: (element as TextElement).value });
        break;
      case "tab":
        into.push({ ...(run ?? plainRun), text: "\t" });
        break;
      case "break":
        into.push({ ...(run ?? plainRun), text: " " });
        break;
      default:
        // Hyperlinks hold runs; note and comment references, images, bookmarks and checkboxes
        // carry no text of the paragraph's own.
        if (element.children) paragraphRuns(element.children, run, into);
    }
  }
  return into;
}

const LIGATURES: Record<string, string> = {
  "\uFB00": "ff",
  "\uFB01": "fi",
  "\uFB02": "fl",
  "\uFB03": "ffi",
  "\uFB04": "ffl",
  "\uFB05": "st",
  "\uFB06": "st",
};

/** Typed bullet glyphs; those in `ROUND_GLYPHS` may touch the text, the rest need a space after. */
const ROUND_GLYPHS = "•●○◦▪■□‣⁃∙◆◇❖➢➤►▶✓✔\uF0B7\uF0A7\uF0D8\uF0FC\uF076\uF06E\uF0A8";
const SPACED_GLYPHS = "·\\-–—*";
const typedBullet = new RegExp(`^\\s*(?:[${ROUND_GLYPHS}]\\s*|[${SPACED_GLYPHS}]\\s+)(?=\\S)`, "u");
const lonelyGlyph = new RegExp(`^\\s*[${ROUND_GLYPHS}${SPACED_GLYPHS}]\\s*$`, "u");

/**
 * The paragraph text as reslint reads it: non-breaking and soft hyphens, non-breaking spaces,
 * ligatures and control characters made plain, and each run of tabs between two pieces of text
 * turned into " · " ("Research Assistant⇥June 2022 – Present" reads as a role line). The result
 * is the line itself, so positions in it need no further mapping.
 */
export function normaliseParagraphText(raw: string): string {
  const plain = raw
    .replace(/[\u00AD\u200B\uFEFF]/g, "")
    .replace(/[\u2010\u2011]/g, "-")
    .replace(/[\u00A0\u2007\u202F]/g, " ")
    .replace(/[\uFB00-\uFB06]/g, (ligature) => LIGATURES[ligature] ?? ligature)
    .replace(/[\n\r\v\f\u0085\u2028\u2029]/g, " ")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stray control characters are dropped on purpose
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, "");
  return plain.replace(/ *\t[\t ]*/g, (tabs, at: number) => {
    const before = plain.slice(0, at);
    const after = plain.slice(at + tabs.length);
    // Leading and trailing tabs, and the tab after a typed bullet, only indent.
    if (before.trim() === "" || after.trim() === "" || lonelyGlyph.test(before)) return " ";
    return " · ";
  });
}

function readParagraph(element: ParagraphElement, start: number, cell: Paragraph["cell"]): Paragraph {
  const runs = paragraphRuns(element.children, null, []);
  const raw = runs.map((run) => run.text).join("");
  const line = normaliseParagraphText(raw);
  let startsBold: boolean | null = null;
  let size: number | null = null;
  let allBold = true;
  let allCaps = true;
  let letters = 0;
  for (const run of runs) {
    for (const char of run.text) {
      if (!/[\p{L}\p{N}]/u.test(char)) continue;
      letters++;
      if (startsBold === null) {
        startsBold = run.bold;
        size = run.size;
      }
      if (!run.bold) allBold = false;
      if (!run.caps && char !== char.toUpperCase()) allCaps = false;
    }
  }
  const styleName = element.styleName ?? "";
  return {
    line,
    start,
    styleId: element.styleId ?? "",
    styleName,
    isList: element.numbering !== null || /^list\s*(?:paragraph|bullet|number)/i.test(styleName),
    startsBold: startsBold ?? false,
    allBold: letters > 0 && allBold,
    allCaps: letters > 0 && allCaps && /\p{L}/u.test(raw),
    size,
    cell,
  };
}

// ---------------------------------------------------------------------------------------------
// Paragraphs to headings, role lines, bullets and paragraphs.

function mappedLine(paragraph: Paragraph): MappedText {
  const text = new MappedText();
  text.append(paragraph.line, paragraph.start);
  return text;
}

/** Heading 1–9 by style name or id (Word writes "heading 1"; ids are localised), Title as 1. */
function headingDepth(paragraph: Paragraph): number | null {
  const byName = /^heading\s*([1-9])$/i.exec(paragraph.styleName) ?? /^heading([1-9])$/i.exec(paragraph.styleId);
  if (byName?.[1]) return Number(byName[1]);
  if (/^title$/i.test(paragraph.styleName) || /^title$/i.test(paragraph.styleId)) return 1;
  return null;
}

function isUpperCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * A paragraph that is only a section's name ("EXPERIENCE", "**Skills:**") is a heading even
 * without a heading style: the name alone, or a keyword ("Relevant Work Experience") set in bold,
 * capitals or a heading-like style.
 */
function isKnownSectionHeading(words: ReadingWords, paragraph: Paragraph): boolean {
  if (typedBullet.test(paragraph.line)) return false;
  const text = paragraph.line.trim();
  if (text === "" || text.length > 60 || /[.!?]$/.test(text)) return false;
  if (sectionKindOf(text, words) === null) return false;
  const exact = sectionKindOf(text, words, { exact: true }) !== null;
  const marked = paragraph.allBold || paragraph.allCaps;
  // Some templates number their section headings with Word's list numbering.
  if (paragraph.isList) return exact && marked;
  return exact || marked || /heading|title|section/i.test(paragraph.styleName);
}

/** How a paragraph is set: two headings set alike are headings of the same kind. */
function signatureOf(paragraph: Paragraph): string {
  return `${paragraph.allBold}|${paragraph.size}|${paragraph.styleName}`;
}

/**
 * The signatures of the capitalised section names the document sets without a heading style
 * ("**EXPERIENCE**"). A short capitalised line set the same way ("**SERVICE**") is a heading too,
 * though its name is not one reslint knows.
 */
function capitalisedHeadingSignatures(words: ReadingWords, paragraphs: readonly Paragraph[]): Set<string> {
  const signatures = new Set<string>();
  for (const paragraph of paragraphs) {
    if (headingDepth(paragraph) !== null || !isKnownSectionHeading(words, paragraph)) continue;
    if (isUpperCase(paragraph.line)) signatures.add(signatureOf(paragraph));
  }
  return signatures;
}

function isCapitalisedHeading(words: ReadingWords, paragraph: Paragraph, signatures: ReadonlySet<string>): boolean {
  if (paragraph.isList || typedBullet.test(paragraph.line) || !signatures.has(signatureOf(paragraph))) return false;
  const text = paragraph.line.trim();
  if (text.length < 3 || text.length > 40 || text.split(/\s+/).length > 5) return false;
  if (/\d|[.!?:;,]$/.test(text) || !isUpperCase(text)) return false;
  // "SOFTWARE ENGINEER" or "ACME · 2019–2021" is a role line, not a section.
  return parseRoleLine(words, text, { requireDates: false }) === null;
}

/**
 * A table row whose cells each hold one short paragraph ("Research Assistant" | "June 2022 –
 * Present") reads as one line for role detection, cells joined by " · ".
 */
function tableRowLine(row: readonly Paragraph[]): MappedText | null {
  const filled = row.filter((paragraph) => paragraph.line.trim() !== "");
  if (filled.length < 2) return null;
  const cells = new Set(filled.map((paragraph) => paragraph.cell?.index));
  if (cells.size !== filled.length) return null;
  const special = (paragraph: Paragraph) =>
    paragraph.isList || headingDepth(paragraph) !== null || typedBullet.test(paragraph.line);
  if (filled.some(special)) return null;
  const joined = new MappedText();
  for (const paragraph of filled) {
    if (joined.length > 0) {
      const anchor = paragraph.start - 1;
      joined.appendGap(anchor);
      joined.append("·", anchor, "·");
      joined.appendGap(anchor);
    }
    joined.append(paragraph.line, paragraph.start);
  }
  const collapsed = joined.collapsed();
  return collapsed.toString().split(" ").length <= 20 ? collapsed : null;
}

/** Drives the builder through the paragraphs. */
class DocxReader {
  private readonly signatures: ReadonlySet<string>;

  constructor(
    private readonly paragraphs: readonly Paragraph[],
    private readonly builder: DocumentBuilder,
    private readonly words: ReadingWords,
  ) {
    this.signatures = capitalisedHeadingSignatures(words, paragraphs);
  }

  read(): void {
    const { paragraphs } = this;
    let lastRow: number | undefined;
    for (let index = 0; index < paragraphs.length; index++) {
      const paragraph = paragraphs[index] as Paragraph;
      const row = paragraph.cell?.row;
      if (row !== undefined && row !== lastRow) {
        lastRow = row;
        let end = index;
        while (end + 1 < paragraphs.length && paragraphs[end + 1]?.cell?.row === row) end++;
        const joined = tableRowLine(paragraphs.slice(index, end + 1));
        if (joined && this.builder.tryRoleLine(joined, paragraph.startsBold)) {
          index = end;
          continue;
        }
      }
      this.paragraph(paragraph);
    }
  }

  private paragraph(paragraph: Paragraph): void {
    if (paragraph.line.trim() === "") return;
    const text = mappedLine(paragraph);
    const depth = headingDepth(paragraph);
    if (depth !== null) {
      this.builder.heading(text.collapsed(), depth);
      return;
    }
    if (isKnownSectionHeading(this.words, paragraph)) {
      this.builder.heading(text.collapsed(), 1);
      return;
    }
    const glyph = typedBullet.exec(paragraph.line);
    if (paragraph.isList || glyph) {
      const item = glyph ? text.slice(glyph[0].length, text.length) : text;
      if (!this.builder.tryRoleLine(item.collapsed(), paragraph.startsBold)) this.builder.bullet(item);
      return;
    }
    // An unknown name inside experience is more likely an employer than a section.
    if (this.builder.sectionKind !== "experience" && isCapitalisedHeading(this.words, paragraph, this.signatures)) {
      this.builder.heading(text.collapsed(), 1);
      return;
    }
    this.builder.paragraph(text.collapsed(), paragraph.startsBold);
  }
}
