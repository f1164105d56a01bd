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
  readPosting,
  resolveConfig,
  searchFrom,
  type TargetLevel,
  type Vocabulary,
} from "@reslint/core";
import { rules, vocabulary } from "@reslint/rules";
import type { CliIo } from "./io.js";
import { PostingProblem, readPostingText } from "./posting.js";

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
  /**
   * The posting as given, its text and what it asks for read with the built-in words (read before
   * any file, so a bad one stops the run).
   */
  posting?: { path: string; text: string; requirements: PostingRequirements };
}

/**
 * The resolved config of each file a run lints: defaults, then the config file (found from the
 * file's folder upwards, or the one `--config` names), its overrides that match, then the flags.
 * Config files and postings are read once per run.
 */
export class CliConfigs {
  private readonly explorer = new ConfigExplorer(rules.map((rule) => rule.meta));
  private readonly postingTexts = new Map<string, Promise<string>>();
  private readonly usedPacks = new Map<string, LoadedPack>();
  /** Postings as read with each vocabulary in use: the built-in one, or one with a config's packs. */
  private readonly postings = new WeakMap<Vocabulary, Map<string, PostingRequirements>>();

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

  /** The packs of every config file read so far, each once: the rules a run's report may name. */
  packsUsed(): LoadedPack[] {
    return [...this.usedPacks.values()];
  }

  /** The resolved config for one file. Throws `ConfigError`, or `PostingProblem` for a config's posting. */
  async forFile(filePath: string): Promise<ResolvedConfig> {
    const absolute = resolve(this.io.cwd, filePath);
    const loaded = await this.configFileFor(filePath);
    for (const pack of loaded?.packs ?? []) this.usedPacks.set(pack.folder, pack);
    const layers: ConfigLayer[] = loaded ? fileLayers(loaded, absolute) : [];
    const { level, posting } = this.flags;
    layers.push(cliLayer({ ...(level ? { level } : {}), ...(posting ? { posting: posting.path } : {}) }, this.io.cwd));
    return resolveConfig({
      filePath: absolute,
      layers,
      rules,
      vocabulary,
      configFile: loaded?.file ?? null,
      loadPosting: (path, source, words) => this.posting(path, source, words),
    });
  }

  private async posting(path: string, source: ConfigSource, words: Vocabulary): Promise<PostingRequirements> {
    const flag = source.layer === "cli" ? this.flags.posting : undefined;
    if (flag && words === vocabulary) return flag.requirements;
    let byPath = this.postings.get(words);
    if (!byPath) {
      byPath = new Map();
      this.postings.set(words, byPath);
    }
    const known = byPath.get(path);
    if (known) return known;
    const requirements = readPosting(flag?.text ?? (await this.postingText(path, source)), words);
    byPath.set(path, requirements);
    return requirements;
  }

  /** A posting's text, read once per run; a problem is thrown to every file that names it. */
  private postingText(path: string, source: ConfigSource): Promise<string> {
    let read = this.postingTexts.get(path);
    if (!read) {
      const where = source.layer === "file" || source.layer === "override" ? source.file : null;
      const shown = relative(this.io.cwd, path) || path;
      read = readPostingText(where ? `${shown} (set in ${relative(this.io.cwd, where) || where})` : shown, path);
      this.postingTexts.set(path, read);
    }
    return read;
  }
}

export { PostingProblem };
