import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { MAX_TEXT_BYTES } from "@reslint/core";
import { statOrNull } from "./files.js";

const POSTING_EXTENSIONS = [".txt", ".md", ".markdown", ""];

/** A posting that cannot be read: one sentence saying why and what to do. */
export class PostingProblem extends Error {
  override readonly name = "PostingProblem";
}

/**
 * Reads the text of a job posting at `opened`, for `readPosting` to interpret with the words of
 * the config in force; `shown` is how messages name it (the path as given, with where it was set
 * when that was a config file).
 */
export async function readPostingText(shown: string, opened: string): Promise<string> {
  const info = await statOrNull(opened);
  if (!info)
    throw new PostingProblem(
      `The posting ${shown} does not exist; pass a text or Markdown file with the job's description.`,
    );
  if (info.isDirectory())
    throw new PostingProblem(`The posting ${shown} is a directory; pass one text or Markdown file.`);
  if (!POSTING_EXTENSIONS.includes(extname(opened).toLowerCase()))
    throw new PostingProblem(
      `The posting ${shown} is not text or Markdown; save the job description as a .txt or .md file.`,
    );
  if (info.size > MAX_TEXT_BYTES)
    throw new PostingProblem(
      `The posting ${shown} is larger than reslint reads (${Math.round(MAX_TEXT_BYTES / 1024)} KB); paste only the job description into a file.`,
    );
  const bytes = await readFile(opened);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new PostingProblem(`The posting ${shown} is not UTF-8 text; save it as UTF-8 and try again.`);
  }
  if (text.trim() === "") throw new PostingProblem(`The posting ${shown} is empty; paste the job description into it.`);
  return text;
}
