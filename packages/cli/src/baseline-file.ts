import { readFile, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";
import { BASELINE_FILE, type Baseline, parseBaseline, serialiseBaseline } from "@reslint/core";
import { UsageError } from "./usage.js";

/** The baseline beside the working folder, as `--suppress-all` writes it. */
export function baselinePath(cwd: string): string {
  return join(cwd, BASELINE_FILE);
}

/** A file's path as the baseline names it: relative to the working folder, with "/". */
export function baselineName(filePath: string, cwd: string): string {
  const path = isAbsolute(filePath) ? relative(cwd, filePath) : filePath;
  return path.split(sep).join("/");
}

/** The baseline if there is one; a broken one is a usage mistake with one sentence on what to do. */
export async function readBaselineFile(cwd: string): Promise<Baseline | null> {
  let text: string;
  try {
    text = await readFile(baselinePath(cwd), "utf8");
  } catch {
    return null;
  }
  try {
    return parseBaseline(text, BASELINE_FILE);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export async function writeBaselineFile(cwd: string, baseline: Baseline): Promise<void> {
  await writeFile(baselinePath(cwd), serialiseBaseline(baseline));
}
