import { join, relative, resolve } from "node:path";
import {
  ConfigExplorer,
  type ConfigLayer,
  type ConfigSource,
  cliLayer,
  fileLayers,
  type LoadedConfig,
  type LoadedPack,
  type PostingRequirements,
  type ResolvedConfig,
  resolveConfig,
  searchFrom,
  type TargetLevel,
} from "@reslint/core";
import { rules, vocabulary } from "@reslint/rules";
import type { CliIo } from "./io.js";
import { loadPosting, PostingProblem } from "./posting.js";

/** Which config file a run uses: the nearest to each file, one named with `--config`, or none. */
export type ConfigChoice = { kind: "discover" } | { kind: "file"; path: string } | { kind: "none" };

/** `--config FILE` (a path), `--no-config` (false) or neither (undefined), as commander gives them. */
export function configChoice(value: string | boolean | undefined): ConfigChoice {
  if (value === false) return { kind: "none" };
  if (typeof value === "string") return { kind: "file", path: value };
  return { kind: "discover" };
}

/** The flags that sit on top of every config file. */
export interface CliFlags {
  level?: TargetLevel;
  /** The posting as given, and what it asks for (read before any file, so a bad one stops the run). */
  posting?: { path: string; requirements: PostingRequirements };
}

/**
 * The resolved config of each file a run lints: defaults, then the config file (found from the
 * file's folder upwards, or the one `--config` names), its overrides that match, then the flags.
 * Config files and postings are read once per run.
 */
export class CliConfigs {
  private readonly explorer = new ConfigExplorer(rules.map((rule) => rule.meta));
  private readonly postings = new Map<string, Promise<PostingRequirements>>();

  constructor(
    private readonly io: CliIo,
    private readonly choice: ConfigChoice,
    private readonly flags: CliFlags,
  ) {}

  /** The config file `--config` names, read now so a broken one stops the run before any lint. Throws `ConfigError`. */
  async preload(): Promise<void> {
    if (this.choice.kind === "file") await this.explorer.load(resolve(this.io.cwd, this.choice.path));
  }

  /** The config file that applies to `filePath`, or null. Throws `ConfigError`. */
  async configFileFor(filePath: string): Promise<LoadedConfig | null> {
    if (this.choice.kind === "none") return null;
    if (this.choice.kind === "file") return this.explorer.load(resolve(this.io.cwd, this.choice.path));
    return this.explorer.search(searchFrom(resolve(this.io.cwd, filePath)));
  }

  /**
   * The packs of the config that applies in the current folder (or the one `--config` names), for
   * `--list-rules` and `--explain`. Throws `ConfigError`.
   */
  async packsHere(): Promise<readonly LoadedPack[]> {
    const loaded = await this.configFileFor(join(this.io.cwd, "resume.md"));
    return loaded?.packs ?? [];
  }

  /** The resolved config for one file. Throws `ConfigError`, or `PostingProblem` for a config's posting. */
  async forFile(filePath: string): Promise<ResolvedConfig> {
    const absolute = resolve(this.io.cwd, filePath);
    const loaded = await this.configFileFor(filePath);
    const layers: ConfigLayer[] = loaded ? fileLayers(loaded, absolute) : [];
    const { level, posting } = this.flags;
    layers.push(cliLayer({ ...(level ? { level } : {}), ...(posting ? { posting: posting.path } : {}) }, this.io.cwd));
    return resolveConfig({
      filePath: absolute,
      layers,
      rules,
      vocabulary,
      configFile: loaded?.file ?? null,
      loadPosting: (path, source) => this.posting(path, source),
    });
  }

  private posting(path: string, source: ConfigSource): Promise<PostingRequirements> {
    if (source.layer === "cli" && this.flags.posting) return Promise.resolve(this.flags.posting.requirements);
    let read = this.postings.get(path);
    if (!read) {
      const where = source.layer === "file" || source.layer === "override" ? source.file : null;
      const shown = relative(this.io.cwd, path) || path;
      read = loadPosting(where ? `${shown} (set in ${relative(this.io.cwd, where) || where})` : shown, path);
      this.postings.set(path, read);
    }
    return read;
  }
}

export { PostingProblem };
