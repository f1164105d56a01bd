import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { ResumeDocument, SourceFormat } from "../model/document.js";
import { ResumeReadError } from "./errors.js";
import { type MarkdownPieceCache, readMarkdown } from "./markdown.js";
import type { ReadOptions } from "./options.js";
import { readText } from "./text-file.js";

export type { ReadOptions };
export { ResumeReadError };

/** Largest file reslint reads; a resume is a few kilobytes. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

const formatsByExtension: Record<string, SourceFormat> = {
  ".md": "markdown",
  ".markdown": "markdown",
  ".mdown": "markdown",
  ".mkd": "markdown",
  ".txt": "text",
  ".text": "text",
  ".pdf": "pdf",
  ".docx": "docx",
};

export const SUPPORTED_EXTENSIONS = Object.keys(formatsByExtension);

/** The format a path names by its extension; Markdown when it names none reslint knows. */
export function formatOf(filePath: string): SourceFormat {
  return formatsByExtension[extname(filePath).toLowerCase()] ?? "markdown";
}

/** Reads resume text already in memory, with the vocabulary's words; a cache makes re-reads of edited Markdown cheap. */
export function readResumeText(
  text: string,
  options: ReadOptions & { format?: SourceFormat; cache?: MarkdownPieceCache },
): ResumeDocument {
  const format = options.format ?? "markdown";
  if (format === "text") return readText(text, { vocabulary: options.vocabulary });
  return readMarkdown(text.replace(/^\uFEFF/, ""), { vocabulary: options.vocabulary, format, cache: options.cache });
}

export interface ReadFileResult {
  format: SourceFormat;
  text: string;
  document: ResumeDocument;
}

function decodeUtf8(bytes: Uint8Array, filePath: string): string {
  if (bytes.includes(0)) {
    throw new ResumeReadError(
      `${filePath} looks like a binary file, not a text resume; pass a Markdown (.md) or plain-text (.txt) file.`,
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ResumeReadError(
      `${filePath} is not valid UTF-8 text; save it with UTF-8 encoding and run reslint again.`,
    );
  }
}

/** Largest PDF or Word file reslint reads; a resume, even with images, is well under this. */
export const MAX_BINARY_BYTES = 20 * 1024 * 1024;

const emptyMessage = (filePath: string) =>
  `${filePath} is empty, so there is nothing to lint; check that you passed the right file, or save the resume again.`;

/**
 * PDF and Word readers are loaded on first use, so linting Markdown never pays for pdf.js or
 * mammoth. Their messages say "this file"; the path is put in front here.
 */
async function readBinaryResume(
  filePath: string,
  format: "pdf" | "docx",
  size: number,
  options: ReadOptions,
): Promise<ReadFileResult> {
  if (size > MAX_BINARY_BYTES) {
    throw new ResumeReadError(
      `${filePath} is ${(size / 1024 / 1024).toFixed(1)} MB, larger than the ${MAX_BINARY_BYTES / 1024 / 1024} MB reslint reads; export the resume again without large images.`,
    );
  }
  const bytes = new Uint8Array(await readFile(filePath));
  if (bytes.length === 0) throw new ResumeReadError(emptyMessage(filePath));
  try {
    const reader = format === "pdf" ? (await import("./pdf.js")).readPdf : (await import("./docx.js")).readDocx;
    const document = await reader(bytes, options);
    return { format, text: document.text, document };
  } catch (error) {
    if (error instanceof ResumeReadError) throw new ResumeReadError(`${filePath}: ${error.message}`);
    throw error;
  }
}

/** Reads a resume file from disk. Throws `ResumeReadError` with a human message on bad input. */
export async function readResumeFile(filePath: string, options: ReadOptions): Promise<ReadFileResult> {
  const format = formatOf(filePath);
  let size: number;
  try {
    const info = await stat(filePath);
    if (info.isDirectory()) {
      throw new ResumeReadError(
        `${filePath} is a directory; pass the resume files inside it, or a glob such as "${filePath}/*.md".`,
      );
    }
    size = info.size;
  } catch (error) {
    if (error instanceof ResumeReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ResumeReadError(`${filePath} does not exist; check the path and try again.`);
    if (code === "EACCES")
      throw new ResumeReadError(`${filePath} cannot be opened (permission denied); check its permissions.`);
    throw new ResumeReadError(
      `${filePath} could not be read (${code ?? "unknown error"}); check that it is a readable file.`,
    );
  }
  if (format === "pdf" || format === "docx") return readBinaryResume(filePath, format, size, options);
  if (size > MAX_TEXT_BYTES) {
    throw new ResumeReadError(
      `${filePath} is ${(size / 1024 / 1024).toFixed(1)} MB, larger than the ${MAX_TEXT_BYTES / 1024 / 1024} MB reslint reads; a resume should be a few kilobytes, so check that this is the right file.`,
    );
  }
  const text = decodeUtf8(await readFile(filePath), filePath);
  if (text.trim() === "") throw new ResumeReadError(emptyMessage(filePath));
  return { format, text, document: readResumeText(text, { vocabulary: options.vocabulary, format }) };
}
