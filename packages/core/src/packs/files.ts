import type { DeclaredRule } from "./rules-file.js";
import type { LoadedPack } from "./types.js";

/*
 * Reading packs loads yaml and zod, which a lint without packs never needs: these load the
 * loader on first use, so importing @reslint/core stays cheap.
 */

export type { DeclaredRule };

/**
 * The packs a config file names (folders relative to it, or installed package names), read and
 * checked; throws a `PackError` with every problem of every pack, each naming its file and line.
 */
export async function loadPacks(
  specs: readonly string[],
  configFile: string,
  builtInIds: readonly string[] = [],
): Promise<LoadedPack[]> {
  return (await import("./load.js")).loadPacks(specs, configFile, builtInIds);
}

/**
 * Parses and checks one file of declarative rules; `namespace` is the pack's name every id starts
 * with, or null for built-in rules. Throws a `RulesFileError` naming the file, line, entry and fix.
 */
export async function parseRulesFile(
  source: { path: string; text: string },
  namespace: string | null,
): Promise<DeclaredRule[]> {
  return (await import("./rules-file.js")).parseRulesFile(source, namespace);
}

/** Forgets every pack read, so the next load reads each from disk. */
export async function clearPackCache(): Promise<void> {
  (await import("./load.js")).clearPackCache();
}
