import { statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { type LoaderSync, lilconfigSync } from "lilconfig";
import type { LoadedPack } from "../packs/types.js";
import { ConfigError } from "./config-error.js";
import type { ConfigFile, KnownRule } from "./config-file.js";
import { loadJson, loadModule, loadYaml } from "./loaders.js";

/** Where discovery looks in each folder, first match winning; then it goes up a folder. */
export const CONFIG_FILE_NAMES = [
  ".reslintrc.json",
  ".reslintrc.yaml",
  ".reslintrc.yml",
  "reslint.config.mjs",
  "package.json",
] as const;

/** The key of reslint's settings in package.json. */
export const PACKAGE_KEY = "reslint";

/** A config file, read and validated. */
export interface LoadedConfig {
  /** Absolute path of the file. */
  file: string;
  settings: ConfigFile;
  /** The packs its `packs` key names, read and checked; absent or empty without packs. */
  packs?: readonly LoadedPack[];
}

/** A config's `packs`, when it is a list of texts; anything else is left for the schema to name. */
function packSpecs(content: unknown): string[] | null {
  if (content === null || typeof content !== "object" || Array.isArray(content)) return null;
  const packs = (content as { packs?: unknown }).packs;
  if (!Array.isArray(packs) || packs.length === 0) return null;
  return packs.every((pack) => typeof pack === "string" && pack !== "") ? (packs as string[]) : null;
}

/**
 * A config file found but not read yet: YAML waits for its parser, a module for its import, both
 * loaded on first use. The walk up the folders is synchronous (a few stat calls per folder, far
 * quicker than as many trips through libuv's thread pool); reading a config file it finds is not.
 */
class Deferred {
  constructor(
    readonly kind: "yaml" | "module",
    readonly content: string,
  ) {}
}

const yaml: LoaderSync = (_, content) => new Deferred("yaml", content);
const module: LoaderSync = () => new Deferred("module", "");
const loaders = {
  // JSON is parsed during the walk: lilconfig looks for the "reslint" key in each package.json.
  ".json": loadJson,
  ".yaml": yaml,
  ".yml": yaml,
  ".mjs": module,
  ".js": module,
  ".cjs": module,
  // A config named without an extension is read as YAML, which JSON is a part of.
  noExt: yaml,
} satisfies Record<string, LoaderSync>;

/** A file's settings as written: YAML parsed and modules imported now. */
async function contentOf(file: string, raw: unknown): Promise<unknown> {
  if (!(raw instanceof Deferred)) return raw;
  return raw.kind === "yaml" ? loadYaml(file, raw.content) : loadModule(file);
}

const isPackageJson = (file: string) => basename(file) === "package.json";

/**
 * Finds and reads config files: the nearest one from a folder upwards (lilconfig does the walk),
 * or one named file. Outcomes are cached per folder and per file, failures included, until
 * `clear()`: a language server calls it when a config file changes.
 */
export class ConfigExplorer {
  private readonly lilconfig;
  private readonly byDirectory = new Map<string, Promise<LoadedConfig | null>>();
  private readonly byFile = new Map<string, Promise<LoadedConfig>>();

  constructor(
    private readonly rules: readonly KnownRule[],
    options: { stopDir?: string } = {},
  ) {
    this.lilconfig = lilconfigSync(PACKAGE_KEY, {
      searchPlaces: [...CONFIG_FILE_NAMES],
      loaders,
      ...(options.stopDir ? { stopDir: options.stopDir } : {}),
    });
  }

  /** The config that applies to files in `directory`, or null when there is none. Throws `ConfigError`. */
  search(directory: string): Promise<LoadedConfig | null> {
    const key = resolve(directory);
    let found = this.byDirectory.get(key);
    if (!found) {
      found = Promise.resolve()
        .then(() => this.lilconfig.search(key))
        .then(
          (result) => (result === null ? null : this.validated(result.filepath, result.config)),
          (error: unknown) => rethrowAsConfigError(error, key),
        );
      this.byDirectory.set(key, found);
    }
    return found;
  }

  /** The config file at `path` (`--config`), whatever its folder. Throws `ConfigError`. */
  load(path: string): Promise<LoadedConfig> {
    const file = resolve(path);
    let loaded = this.byFile.get(file);
    if (!loaded) {
      loaded = this.read(file);
      this.byFile.set(file, loaded);
    }
    return loaded;
  }

  /** Forgets every folder's and file's outcome, so the next lint reads the files again. */
  clear(): void {
    this.byDirectory.clear();
    this.byFile.clear();
    this.lilconfig.clearCaches();
  }

  private async read(file: string): Promise<LoadedConfig> {
    const extension = extname(file).toLowerCase();
    if (extension !== "" && !(extension in loaders))
      throw new ConfigError(file, [
        "reslint reads config files in YAML (.yaml, .yml), JSON (.json) or an ES module (.mjs); rename the file or pass one of those.",
      ]);
    let result: ReturnType<typeof this.lilconfig.load>;
    try {
      result = this.lilconfig.load(file);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === "ENOENT") throw new ConfigError(file, ["this config file does not exist; check the path."]);
      if (code === "EISDIR") throw new ConfigError(file, ["this is a folder; pass the config file inside it."]);
      return rethrowAsConfigError(error);
    }
    if (isPackageJson(file) && (result === null || result.config === undefined || result.config === null))
      throw new ConfigError(file, [
        `there is no "${PACKAGE_KEY}" key in this package.json; add one, or pass another file.`,
      ]);
    return this.validated(file, result?.config);
  }

  private async validated(file: string, raw: unknown): Promise<LoadedConfig> {
    const content = await contentOf(file, raw);
    const prefix = isPackageJson(file) ? [PACKAGE_KEY] : [];
    // Packs come first: their rule ids are known ids in the rest of the file. Their loader, like the
    // schema library, loads only when a config file names packs.
    const specs = packSpecs(content);
    let packs: LoadedPack[] = [];
    let known = this.rules;
    if (specs) {
      const { loadPacks } = await import("../packs/load.js");
      packs = await loadPacks(
        specs,
        file,
        this.rules.map((rule) => rule.id),
        prefix.length > 0 ? `${PACKAGE_KEY}.` : "",
      );
      known = [...this.rules, ...packs.flatMap((pack) => pack.rules.map((rule) => rule.meta))];
    }
    const { validateConfig } = await import("./validate.js");
    return { file, settings: validateConfig(content, file, known, prefix), ...(specs ? { packs } : {}) };
  }
}

/** The first folder, from `directory` upwards, that has a config file's name: lilconfig cannot read it. */
function folderNamedAsConfig(directory: string): string | null {
  for (let folder = directory; ; folder = dirname(folder)) {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(folder, name);
      if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) return path;
    }
    if (dirname(folder) === folder) return null;
  }
}

function rethrowAsConfigError(error: unknown, searchedFrom?: string): never {
  if (error instanceof ConfigError) throw error;
  const folder =
    (error as { code?: unknown }).code === "EISDIR" && searchedFrom ? folderNamedAsConfig(searchedFrom) : null;
  if (folder)
    throw new ConfigError(folder, [
      `this is a folder with a config file's name, so reslint cannot read the settings here; rename the folder, or move it.`,
    ]);
  const path = (error as { path?: unknown }).path;
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  throw new ConfigError(typeof path === "string" ? path : "config", [
    `reslint could not read this config file (${reason}); check that it is a readable file.`,
  ]);
}

/** The folder discovery starts from for a linted file. */
export const searchFrom = (filePath: string): string => dirname(resolve(filePath));
