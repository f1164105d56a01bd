import type { ResumeDocument, SourceFormat } from "../model/document.js";
import { maskDirectives, withDirectives } from "./directives.js";
import { type LayoutLineInput, readLayout } from "./layout.js";
import type { ReadOptions } from "./options.js";

const underline = /^\s*(?:={3,}|-{3,}|_{3,}|~{3,})\s*$/;

/**
 * Reads a plain-text resume, as people paste it from a job site or export it from an editor, with
 * the heuristics used for extracted PDF text. Line numbers are the file's own.
 */
export function readText(source: string, options: ReadOptions & { format?: SourceFormat }): ResumeDocument {
  const text = source.replace(/^\uFEFF/, "");
  // A disable comment is not part of the resume's text; it is read on its own, from the file.
  const document = readLines(maskDirectives(text), options);
  return withDirectives(document, text);
}

function readLines(source: string, options: ReadOptions & { format?: SourceFormat }): ResumeDocument {
  const rawLines = source.split(/\r?\n/);
  const lines: LayoutLineInput[] = rawLines.map((text) => ({ text, x: text.length - text.trimStart().length }));
  rawLines.forEach((text, index) => {
    const previous = lines[index - 1];
    // "EXPERIENCE" over "==========": a heading underlined the way Markdown's setext style does.
    if (underline.test(text) && previous && previous.text.trim() !== "") previous.headingHint = true;
  });
  return readLayout(lines, options.format ?? "text", options.vocabulary.reading);
}
