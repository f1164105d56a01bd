import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { BASELINE_FILE, type Baseline, parseBaseline, serialiseBaseline } from "@reslint/core";
import { InputError } from "./usage.js";

/** The baseline beside the working folder, as `--suppress-all` writes it. */
export function baselinePath(cwd: string): string {
  return join(cwd, BASELINE_FILE);
}

/**
 * A file's path as the baseline names it: relative to the working folder, with "/", however it
 * was given (`cv/a.md`, `./cv/a.md` and the absolute path are one file).
 */
export function baselineName(filePath: string, cwd: string): string {
  return relative(cwd, resolve(cwd, filePath)).split(sep).join("/");
}

/** Whether a file the baseline names is gone from disk, for --prune-suppressions. */
export function baselineFileGone(file: string, cwd: string): boolean {
  return !existsSync(resolve(cwd, file));
}

const cannot = (action: string, error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === "EISDIR" ? "it is a folder" : code === "EACCES" ? "permission denied" : (code ?? String(error));
  return new InputError([
    `${BASELINE_FILE} cannot be ${action} (${why}); move it out of the way, or run reslint from another folder.`,
  ]);
};

/** The baseline if there is one; a broken one stops the run with one sentence on what to do. */
export async function readBaselineFile(cwd: string): Promise<Baseline | null> {
  let text: string;
  try {
    text = await readFile(baselinePath(cwd), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw cannot("read", error);
  }
  try {
    return parseBaseline(text, BASELINE_FILE);
  } catch (error) {
    throw new InputError([error instanceof Error ? error.message : String(error)]);
  }
}

export async function writeBaselineFile(cwd: string, baseline: Baseline): Promise<void> {
  try {
    await writeFile(baselinePath(cwd), serialiseBaseline(baseline));
  } catch (error) {
    throw cannot("written", error);
  }
}
