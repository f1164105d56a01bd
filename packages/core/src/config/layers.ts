import { dirname } from "node:path";
import type { TargetLevel } from "../model/target-levels.js";
import type { LoadedPack } from "../packs/types.js";
import type { AcceptEntry, RuleEntry } from "./config-file.js";
import type { LoadedConfig } from "./explorer.js";
import type { LimitKey } from "./limits.js";
import { matchesGlobs } from "./match.js";
import type { ConfigSource } from "./sources.js";

/** The settings a layer can hold. */
export type LayerKey = "level" | "posting" | "rules" | "packs" | "ignorePatterns" | "accept" | "limits";

/**
 * One layer of settings: the defaults sit under every layer, then a config file, then its
 * overrides that match the file, then the command line or the editor. Later layers win, key by key.
 */
export interface ConfigLayer {
  /** Where each key of this layer came from. */
  source: (key: LayerKey) => ConfigSource;
  /** The folder the layer's relative paths and globs are resolved against. */
  base: string;
  level?: TargetLevel;
  posting?: string;
  rules?: Readonly<Record<string, RuleEntry>>;
  /** Rule packs, read: their rules join the rules, their words the vocabulary. */
  packs?: readonly LoadedPack[];
  ignorePatterns?: readonly string[];
  accept?: readonly AcceptEntry[];
  limits?: Readonly<Partial<Record<LimitKey, number>>>;
}

/** A config file's layers for one linted file: its top level, then each override whose globs match the file. */
export function fileLayers(loaded: LoadedConfig, filePath: string): ConfigLayer[] {
  const { file, settings } = loaded;
  const base = dirname(file);
  const layers: ConfigLayer[] = [
    {
      source: () => ({ layer: "file", file }),
      base,
      ...pick(settings, ["level", "posting", "rules", "ignorePatterns", "accept", "limits"]),
      ...(loaded.packs && loaded.packs.length > 0 ? { packs: loaded.packs } : {}),
    },
  ];
  (settings.overrides ?? []).forEach((override, index) => {
    if (!matchesGlobs(override.files, base, filePath)) return;
    layers.push({
      source: () => ({ layer: "override", file, index }),
      base,
      ...pick(override, ["level", "posting", "rules", "accept"]),
    });
  });
  return layers;
}

/** The flags of the command line as a layer: relative paths are the user's, from the current folder. */
export function cliLayer(flags: { level?: TargetLevel; posting?: string }, cwd: string): ConfigLayer {
  const names: Partial<Record<LayerKey, string>> = { level: "--level", posting: "--posting" };
  return { source: (key) => ({ layer: "cli", flag: names[key] ?? `--${key}` }), base: cwd, ...flags };
}

/** Editor settings as a layer; a posting is relative to the workspace folder. */
export function editorLayer(
  settings: { level?: TargetLevel; posting?: string; rules?: Readonly<Record<string, RuleEntry>> },
  workspaceFolder: string,
): ConfigLayer {
  return { source: (key) => ({ layer: "editor", setting: `reslint.${key}` }), base: workspaceFolder, ...settings };
}

function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) if (from[key] !== undefined) picked[key] = from[key];
  return picked;
}
