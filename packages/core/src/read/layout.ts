import type { Box, ResumeDocument, SourceFormat, UnreliableText } from "../model/document.js";
import { DocumentBuilder } from "./builder.js";
import { MappedText } from "./mapped-text.js";
import type { ReadingWords } from "./reading-words.js";
import { findDateRange } from "./roles.js";
import { sectionKindOf } from "./sections.js";

/**
 * One visual line of a resume whose text was extracted rather than written as markup: a PDF line
 * rebuilt from text positions, or a line of a plain-text file. Readers fill in what they know.
 */
export interface LayoutLine {
  text: string;
  /** Left edge: PDF points, or leading spaces for plain text. */
  x: number;
  /** Font size in points (PDF); null when unknown. */
  fontSize: number | null;
  /** Every character on the line is bold. */
  bold: boolean;
  /** The line opens with a bold run. */
  startsBold: boolean;
  /** Vertical space above the line in multiples of the usual line gap; 0 when unknown. */
  gapAbove: number;
  /** The reader saw a bullet drawn as a graphic (or a glyph it already removed) before the line. */
  drawnBullet: boolean;
  /** The reader knows the line is a heading (an underlined text heading, a Heading style). */
  headingHint: boolean;
  /** PDF only. */
  page?: number;
  box?: Box;
  /** The line's letters may not be what the page shows, and why. */
  unreliable?: UnreliableText;
}

export type LayoutLineInput = Pick<LayoutLine, "text"> & Partial<LayoutLine>;

/** Characters that open a bullet when followed by a space, across word processors and LaTeX. */
const bulletGlyph = /^(?:[•●▪■◦○◆◇‣∙·⋅∗*►▸➢✓✔❖–—-]|\uF0B7|\uF0A7)\s+/u;
const sentenceEnd = /[.!?]["')\]]?$/;

/** Typographic forms that extraction yields but a reader means plainly. */
export function normaliseExtracted(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\uFB00-\uFB06]/g, (ligature) => ligature.normalize("NFKC"))
    .replace(/[\u2010\u2011]/g, "-")
    .replace(/\u00AD/g, "")
    .replace(/[\u00A0\u2007\u202F]/g, " ")
    .replace(/(?<=\S)\t+(?=\S)|\s[-–—=_.]{3,}\s/g, " · ")
    .replace(/\s+$/u, "");
}

/** A known section name; a line that only contains a section keyword must also look like a heading. */
function isHeadingText(reading: ReadingWords, text: string, looksLikeHeading: boolean): boolean {
  if (text.split(/\s+/).length > 5 || sentenceEnd.test(text)) return false;
  return sectionKindOf(text, reading, { exact: !looksLikeHeading }) !== null;
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** The value with the most weight; each value weighs 1 unless `weightOf` says otherwise. */
function mostCommon(values: readonly number[], weightOf: (index: number) => number = () => 1): number | null {
  const counts = new Map<number, number>();
  for (const [index, value] of values.entries()) counts.set(value, (counts.get(value) ?? 0) + weightOf(index));
  let best: number | null = null;
  for (const [value, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

type BlockKind = "bullet" | "paragraph";

interface OpenBlock {
  kind: BlockKind;
  text: MappedText;
  /** Plain text of the last line added, to decide how the next one joins. */
  lastLine: string;
  /** Left edge of the first line's text, for hanging indents. */
  x: number;
  /** How many lines the block has so far. */
  lines: number;
  /** The first line is short and ends no sentence, as a header line does. */
  short: boolean;
  /** The last line added is bold throughout. */
  bold: boolean;
}

/**
 * Builds a document from extracted lines. The heuristics are shared by every format whose text
 * is extracted: headings by known section names, ALL CAPS or a larger font; bullets by glyph or a
 * drawn marker; wrapped bullets and paragraphs re-joined, words split at a line-end hyphen mended.
 */
export function readLayout(
  input: readonly LayoutLineInput[],
  format: SourceFormat,
  reading: ReadingWords,
): ResumeDocument {
  const lines: LayoutLine[] = input.map((line) => ({
    x: 0,
    fontSize: null,
    bold: false,
    startsBold: false,
    gapAbove: 0,
    drawnBullet: false,
    headingHint: false,
    ...line,
    text: normaliseExtracted(line.text),
  }));
  const source = lines.map((line) => line.text).join("\n");
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.text.length + 1;
  }
  // How often each word occurs: a fragment that occurs only where a line breaks it is not a word.
  const wordCounts = new Map<string, number>();
  for (const word of source.toLowerCase().match(/\p{L}+/gu) ?? [])
    wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
  // The body is the size most of the text is set in: counted in letters, not lines, so that a
  // sidebar of short lines does not outweigh the bullets.
  const sized = lines.filter((line) => line.fontSize !== null);
  const bodySize = mostCommon(
    sized.map((line) => line.fontSize as number),
    (index) => sized[index]?.text.length ?? 0,
  );
  const headingSizes = [
    ...new Set(
      lines
        .map((line) => line.fontSize)
        .filter((size): size is number => size !== null && bodySize !== null && size >= bodySize * 1.25),
    ),
  ].sort((a, b) => b - a);
  // The smallest type size of the known section headings: a short ALL CAPS line set smaller than
  // every one of them ("CORNELL UNIVERSITY", "FACEBOOK | ENGINEER") is a sub-heading, not a section.
  const sectionSizes = lines
    .filter(
      (line) => line.fontSize !== null && (line.bold || isAllCaps(line.text) || headingSizes.includes(line.fontSize)),
    )
    .filter((line) => isHeadingText(reading, line.text.trim().replace(/:$/, ""), true))
    .map((line) => line.fontSize as number);
  const sectionSize = sectionSizes.length > 0 ? Math.min(...sectionSizes) : null;

  const builder = new DocumentBuilder(format, source, reading);
  let open: OpenBlock | null = null;

  const flush = () => {
    if (!open) return;
    if (open.kind === "bullet") builder.bullet(open.text);
    else builder.paragraph(open.text.collapsed());
    open = null;
  };

  const mapped = (index: number, skip = 0): MappedText => {
    const text = new MappedText();
    const line = lines[index] as LayoutLine;
    text.append(line.text.slice(skip), (lineStarts[index] as number) + skip);
    return text.collapsed();
  };

  lines.forEach((line, index) => {
    const text = line.text.trim();
    const lead = line.text.length - line.text.trimStart().length;
    // Blank lines and rules drawn with characters ("=====", "-----") separate blocks.
    // A link on a line of its own ("https://github.com/…" under a project) is neither a claim
    // nor the end of the bullet above it.
    if (text === "" || /^[=\-_*~#.·]{3,}$/.test(text) || /^(?:https?:\/\/|www\.)\S+$/i.test(text)) {
      flush();
      return;
    }
    const glyph = bulletGlyph.exec(text);
    const isBullet = glyph !== null || line.drawnBullet;
    const bigFont = line.fontSize !== null && headingSizes.includes(line.fontSize);
    const dated = findDateRange(reading, text) !== null;
    const capsHeading = isAllCaps(text) && text.split(/\s+/).length <= 4 && !dated;
    // "Awards" set in the section headings' type, above the body's: a section reslint has no name for.
    const sectionType =
      sectionSize !== null &&
      bodySize !== null &&
      sectionSize > bodySize &&
      line.fontSize === sectionSize &&
      /^\p{Lu}/u.test(text) &&
      text.split(/\s+/).length <= 4 &&
      !dated &&
      !sentenceEnd.test(text);
    const knownHeading = isHeadingText(
      reading,
      text.replace(/:$/, ""),
      capsHeading || bigFont || line.bold || line.headingHint,
    );
    if (!isBullet && (knownHeading || bigFont || capsHeading || sectionType || line.headingHint)) {
      flush();
      const smallerThanSections =
        sectionSize !== null && line.fontSize !== null && line.fontSize < sectionSize && !bigFont && !knownHeading;
      // A large line set smaller than the section headings ("President & CEO" under EXPERIENCE) is
      // inside a section, not a section of its own.
      const belowSections = sectionSize !== null && line.fontSize !== null && line.fontSize < sectionSize;
      const depth =
        bigFont && !knownHeading
          ? belowSections
            ? 3
            : headingSizes.indexOf(line.fontSize as number) + 1
          : smallerThanSections
            ? 3
            : 2;
      builder.heading(mapped(index, lead), knownHeading ? 2 : Math.max(1, depth));
      return;
    }
    const content = glyph ? lead + glyph[0].length : lead;
    // Counted in words, not the dots and dashes between a header's fields.
    const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    const short = words <= 14 && !sentenceEnd.test(text);
    // "Google · Mountain View, CA" over "Software Engineer · 2016 – Present": two header lines of
    // one role, each read on its own rather than run together as a paragraph.
    const headerAbove = open !== null && open.kind === "paragraph" && open.lines === 1 && open.short;
    // "Backend Engineer · 2018 – 2019" or "Brightleaf · Asheville, NC" after a block that ended
    // its sentence is the header of the next role, not more of the block.
    const fielded = dated || / [|·] /.test(text);
    const roleAfterSentence = open !== null && fielded && short && sentenceEnd.test(open.lastLine);
    const header = (headerAbove && dated && short) || roleAfterSentence;
    if (!isBullet && open !== null && !header && continues(open, line, text)) {
      join(open, lines, index, lineStarts, wordCounts, reading.text.compoundTails);
      return;
    }
    flush();
    const strong = line.bold || line.startsBold;
    if (!isBullet && (strong || dated) && short && builder.tryRoleLine(mapped(index, lead), strong)) return;
    // "Jan 2014 – Jan 2015 | Ithaca, NY" under a research or volunteering entry: dates and places
    // describe the entry; they are not a claim, and the lines after them must not join them.
    if (!isBullet && dated && short) return;
    if (!isBullet && builder.sectionKind === "experience" && line.bold && short) {
      // A bold line that is not a role line: an organisation or project name above roles.
      builder.heading(mapped(index, lead), 3);
      return;
    }
    const block = new MappedText();
    block.append(line.text.slice(content), (lineStarts[index] as number) + content);
    open = {
      kind: isBullet ? "bullet" : "paragraph",
      text: block,
      lastLine: text,
      x: line.x,
      lines: 1,
      short,
      bold: line.bold,
    };
  });
  flush();
  return attachGeometry(builder.finish(), lines);
}

/** Whether a line carries on the open block rather than starting a new one. */
function continues(open: OpenBlock, line: LayoutLine, text: string): boolean {
  if (line.gapAbove > 1.6) return false;
  // A line bold throughout under plain text is a title of its own ("QR Login Service" over bullets).
  if (line.bold && !open.bold) return false;
  if (open.kind === "bullet") return true;
  // A paragraph runs on while the previous line did not end a sentence, or this one starts lower case.
  return !sentenceEnd.test(open.lastLine) || /^\p{Ll}/u.test(text);
}

/** Appends line `index` to the open block, mending a word split by a line-end hyphen. */
function join(
  open: OpenBlock,
  lines: readonly LayoutLine[],
  index: number,
  lineStarts: readonly number[],
  wordCounts: ReadonlyMap<string, number>,
  compoundTails: ReadonlySet<string>,
): void {
  const line = lines[index] as LayoutLine;
  const lead = line.text.length - line.text.trimStart().length;
  const start = (lineStarts[index] as number) + lead;
  const text = line.text.slice(lead);
  const split = /(\p{L}+)-$/u.exec(open.lastLine);
  const next = /^(\p{L}+)/u.exec(text);
  if (split?.[1] && next?.[1]) {
    // "migra-" + "tion" is one word split by hyphenation when "migration" occurs in the resume or
    // the fragment after the break cannot stand alone (it occurs nowhere else and is no short
    // word); "blue-" + "green" and "cut-" + "off" keep their hyphens.
    const whole = `${split[1]}${next[1]}`.toLowerCase();
    const hyphenated =
      wordCounts.has(whole) ||
      ((wordCounts.get(next[1].toLowerCase()) ?? 0) <= 1 &&
        /^\p{Ll}/u.test(next[1]) &&
        next[1].length <= 4 &&
        !compoundTails.has(next[1]));
    if (hyphenated) open.text = open.text.slice(0, open.text.length - 1);
  } else {
    open.text.appendGap(start - 1);
  }
  open.text.append(text, start);
  open.lastLine = text.trim();
  open.lines++;
  open.bold = line.bold;
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/**
 * Gives each claim, role and section heading the page it starts on and the box around its
 * lines on that page.
 */
function attachGeometry(document: ResumeDocument, lines: readonly LayoutLine[]): ResumeDocument {
  for (const claim of document.claims) {
    for (let line = claim.range.start.line; line <= claim.range.end.line; line++) {
      const reason = lines[line - 1]?.unreliable;
      if (reason !== undefined) claim.unreliable ??= reason;
    }
  }
  for (const item of [...document.sections, ...document.roles, ...document.claims]) {
    const first = lines[item.range.start.line - 1];
    if (first?.page === undefined) continue;
    item.page = first.page;
    let box: Box | undefined = first.box;
    for (let line = item.range.start.line; line < item.range.end.line; line++) {
      const next = lines[line];
      if (next?.box && next.page === first.page) box = box ? union(box, next.box) : next.box;
    }
    if (box) item.box = box;
  }
  return document;
}
