import type { Point, SourceRange } from "../model/document.js";
import type { ReadingWords } from "./reading-words.js";

/** What `/\s/u` matches, tested by char code: this runs for every character a reader reads. */
function isSpace(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Text as a reader reads it, with the source offset of every character, so a claim found in the
 * plain text can be pointed at in the source.
 */
export class MappedText {
  private chars: string[] = [];
  private offsets: number[] = [];

  /**
   * Adds text that came from `source` (the exact source slice starting at `sourceStart`). Escapes,
   * entities and line indents make the source longer than the text, so each character is matched
   * to its next occurrence in the source; whitespace matches any whitespace.
   */
  append(text: string, sourceStart: number, source: string = text): void {
    if (source === text) {
      // Text read straight from its source: each character is where it stands.
      let index = 0;
      for (const char of text) {
        this.chars.push(char);
        this.offsets.push(sourceStart + index);
        index += char.length;
      }
      return;
    }
    let cursor = 0;
    for (const char of text) {
      const space = isSpace(char);
      let found = cursor;
      while (found < source.length && (space ? !isSpace(source[found]) : source[found] !== char)) found++;
      if (found >= source.length) found = Math.min(cursor, Math.max(0, source.length - 1));
      this.chars.push(char);
      this.offsets.push(sourceStart + found);
      cursor = found + 1;
    }
  }

  /** A separator that has no source of its own (a line break, a gap between runs). */
  appendGap(sourceOffset: number): void {
    this.chars.push(" ");
    this.offsets.push(sourceOffset);
  }

  get length(): number {
    return this.chars.length;
  }

  /** Collapses whitespace and trims, keeping each kept character's offset. */
  collapsed(): MappedText {
    const result = new MappedText();
    let pendingSpace = -1;
    for (let index = 0; index < this.chars.length; index++) {
      const char = this.chars[index] as string;
      const offset = this.offsets[index] as number;
      if (isSpace(char)) {
        if (result.length > 0 && pendingSpace < 0) pendingSpace = offset;
        continue;
      }
      if (pendingSpace >= 0) {
        result.chars.push(" ");
        result.offsets.push(pendingSpace);
        pendingSpace = -1;
      }
      result.chars.push(char);
      result.offsets.push(offset);
    }
    return result;
  }

  toString(): string {
    return this.chars.join("");
  }

  slice(start: number, end: number): MappedText {
    const result = new MappedText();
    result.chars = this.chars.slice(start, end);
    result.offsets = this.offsets.slice(start, end);
    return result;
  }

  /** Index of the first space that stands for a line break in `source` (a newline or `<br>`), or -1. */
  firstLineBreak(source: string): number {
    return this.chars.findIndex((char, index) => {
      const offset = this.offsets[index] as number;
      return char === " " && (source[offset] === "\n" || /^<br\s*\/?>/i.test(source.slice(offset, offset + 6)));
    });
  }

  /** Source offsets covering characters [start, end): end is exclusive. */
  sourceSpan(start = 0, end = this.chars.length): { start: number; end: number } | null {
    if (end <= start) return null;
    const first = this.offsets[start];
    const last = this.offsets[end - 1];
    if (first === undefined || last === undefined) return null;
    return { start: first, end: last + 1 };
  }
}

/** ICU keeps "founding member. 12+ years of …" together; a word, a full stop and a figure part. */
function splitBeforeFigures(plain: string, start: number, end: number): [number, number][] {
  const pieces: [number, number][] = [];
  let from = start;
  const boundary = /\p{Ll}{3}[.!?]\s+(?=\d)/gu;
  boundary.lastIndex = start;
  for (let match = boundary.exec(plain); match && match.index < end; match = boundary.exec(plain)) {
    pieces.push([from, match.index + 4]);
    from = match.index + match[0].length;
  }
  pieces.push([from, end]);
  return pieces;
}

/**
 * Splits text into sentences with the platform's own sentence rules (ICU) for the vocabulary's
 * language, keeping sentences together after its abbreviations.
 */
export function splitSentences(text: MappedText, words: ReadingWords): MappedText[] {
  const plain = text.toString();
  const sentences: MappedText[] = [];
  const abbreviationAtEnd = words.text.abbreviationAtEnd;
  let pendingStart: number | null = null;
  for (const segment of words.text.sentences.segment(plain)) {
    const start: number = pendingStart ?? segment.index;
    const end = segment.index + segment.segment.length;
    // ICU ends a sentence after "e.g." or "approx."; keep going when the next word is lower case
    // or the sentence ends in an abbreviation that never closes one.
    const next = plain.slice(end).trimStart();
    if (next !== "" && (/^[a-z]/.test(next) || abbreviationAtEnd.test(segment.segment.trimEnd()))) {
      pendingStart = start;
      continue;
    }
    pendingStart = null;
    for (const [from, to] of splitBeforeFigures(plain, start, end)) {
      const sentence = text.slice(from, to).collapsed();
      if (sentence.length > 0) sentences.push(sentence);
    }
  }
  return sentences;
}

export type OffsetToPoint = (offset: number) => Point;

export function rangeOf(span: { start: number; end: number }, toPoint: OffsetToPoint): SourceRange {
  return { start: toPoint(span.start), end: toPoint(span.end) };
}
