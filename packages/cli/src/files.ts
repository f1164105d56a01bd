import { stat } from "node:fs/promises";
import { extname, isAbsolute, join, resolve } from "node:path";
import { fatalResult, formatOf, type LintResult, SUPPORTED_EXTENSIONS, type TargetLevel } from "@reslint/core";
import { glob, isDynamicPattern } from "tinyglobby";
import type { CliIo } from "./io.js";

/**
 * A file to lint (`named` when the user named it, rather than a directory or glob finding it), or
 * a fatal result already decided (a glob that matched nothing).
 */
export type Target = { path: string; named: boolean } | { result: LintResult };

const extensionPattern = `**/*.{${SUPPORTED_EXTENSIONS.map((extension) => extension.slice(1)).join(",")}}`;
const isSupported = (path: string) => SUPPORTED_EXTENSIONS.includes(extname(path).toLowerCase());
const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

async function expandArgument(argument: string, io: CliIo, level: TargetLevel): Promise<Target[]> {
  const absolute = resolve(io.cwd, argument);
  const info = await statOrNull(absolute);
  if (info?.isDirectory()) {
    const found = await glob(extensionPattern, {
      cwd: absolute,
      ignore: ["**/node_modules/**"],
      dot: false,
      caseSensitiveMatch: false,
      followSymbolicLinks: false,
    });
    if (found.length === 0) {
      const reason = `${argument} contains no resume files (${SUPPORTED_EXTENSIONS.join(", ")}); pass the files themselves or another directory.`;
      return [{ result: fatalResult(argument, formatOf(argument), reason, level) }];
    }
    return found.sort(byPath).map((path) => ({ path: join(argument, path), named: false }));
  }
  if (info || !isDynamicPattern(argument)) return [{ path: argument, named: true }];
  // Matches are relative to cwd, or absolute when the pattern is, so paths read the way they were asked for.
  const matches = await glob(argument, {
    cwd: io.cwd,
    absolute: isAbsolute(argument),
    ignore: ["**/node_modules/**"],
    expandDirectories: false,
  });
  const supported = matches.filter(isSupported).sort(byPath);
  if (supported.length > 0) return supported.map((path) => ({ path, named: false }));
  const reason =
    matches.length === 0
      ? `No files match "${argument}"; check the pattern or quote it so your shell does not expand it.`
      : `"${argument}" matches no resume files (${SUPPORTED_EXTENSIONS.join(", ")}), only ${matches.length === 1 ? "1 other file" : `${matches.length} other files`}; narrow the pattern to your resumes.`;
  return [{ result: fatalResult(argument, formatOf(argument), reason, level) }];
}

/** Files, directories and globs to the files they name, in command-line order, each once. */
export async function resolveTargets(
  argumentsGiven: readonly string[],
  io: CliIo,
  level: TargetLevel,
): Promise<Target[]> {
  const seen = new Set<string>();
  const targets: Target[] = [];
  for (const argument of argumentsGiven) {
    for (const target of await expandArgument(argument, io, level)) {
      const key = "path" in target ? resolve(io.cwd, target.path) : `result:${target.result.filePath}`;
      if (seen.has(key)) continue;
      seen.add(key);
      targets.push(target);
    }
  }
  return targets;
}

/** The path to open: as given when it already resolves against `cwd`, absolute otherwise. */
export function pathToOpen(path: string, io: CliIo): string {
  if (isAbsolute(path) || resolve(path) === resolve(io.cwd, path)) return path;
  return resolve(io.cwd, path);
}

/** Core words its results and messages with the path it opened; show the user's path instead. */
export function asGiven(text: string, opened: string, given: string): string {
  return opened === given ? text : text.split(opened).join(given);
}
