import { dirname, relative } from "node:path";
import {
  ConfigError,
  ConfigExplorer,
  type ConfigLayer,
  didYouMean,
  editorLayer,
  fileLayers,
  PackError,
  type PostingLoader,
  READING_CONFIDENCE_ID,
  type ResolvedConfig,
  type Rule,
  type RuleEntry,
  resolveConfig,
  type Vocabulary,
} from "@reslint/core";
import type { ServerSettings } from "./settings.js";

/** The config of one document, or the config file that could not be used. */
export type DocumentConfig = { config: ResolvedConfig } | { error: ConfigError };

/** What the editor's settings add on top of a config file, and a sentence for each rule id it does not know. */
function settingsLayer(
  settings: ServerSettings,
  base: string,
  known: ReadonlySet<string>,
): { layer: ConfigLayer; problems: string[] } {
  const rules: Record<string, RuleEntry> = {};
  const problems: string[] = [];
  for (const [id, severity] of Object.entries(settings.rules)) {
    if (!known.has(id)) {
      const hint = didYouMean(id, [...known]);
      problems.push(
        `reslint.rules.${id} is not a rule;${hint || " the rules are listed by reslint --list-rules."}`.trim(),
      );
      continue;
    }
    rules[id] = severity === "warning" ? "warn" : severity;
  }
  const layer = editorLayer(
    {
      ...(settings.level !== null ? { level: settings.level } : {}),
      ...(settings.posting !== null ? { posting: settings.posting } : {}),
      rules,
    },
    base,
  );
  return { layer, problems };
}

/**
 * Each document's configuration, resolved as the CLI resolves it (the nearest config file from the
 * document's folder upwards, and its overrides that match) with the editor's settings on top.
 * Config files are read once per folder until `clear()`, which the server calls when one changes.
 */
export class DocumentConfigs {
  private readonly explorer: ConfigExplorer;
  private readonly known: ReadonlySet<string>;

  constructor(
    private readonly rules: readonly Rule[],
    private readonly vocabulary: Vocabulary,
  ) {
    this.explorer = new ConfigExplorer(rules.map((rule) => rule.meta));
    this.known = new Set([...rules.map((rule) => rule.meta.id), READING_CONFIDENCE_ID]);
  }

  /**
   * The config for a document at `path`; `workspaceFolder` is where the editor's posting is
   * relative to. `warn` hears about editor settings that name no rule. Never throws for a bad
   * config file: it is returned as the error.
   */
  async resolve(
    path: string,
    settings: ServerSettings,
    workspaceFolder: string,
    loadPosting: PostingLoader,
    warn: (problem: string) => void,
  ): Promise<DocumentConfig> {
    let layers: ConfigLayer[];
    let configFile: string | null = null;
    let known = this.known;
    try {
      const loaded = await this.explorer.search(dirname(path));
      layers = loaded ? fileLayers(loaded, path) : [];
      configFile = loaded?.file ?? null;
      // The editor's settings may set the rules of the config's packs too.
      const packRules = (loaded?.packs ?? []).flatMap((pack) => pack.rules.map((rule) => rule.meta.id));
      if (packRules.length > 0) known = new Set([...this.known, ...packRules]);
    } catch (error) {
      if (error instanceof ConfigError) return { error };
      throw error;
    }
    const { layer, problems } = settingsLayer(settings, workspaceFolder, known);
    for (const problem of problems) warn(problem);
    layers.push(layer);
    return {
      config: await resolveConfig({
        filePath: path,
        layers,
        rules: this.rules,
        vocabulary: this.vocabulary,
        configFile,
        loadPosting,
      }),
    };
  }

  /** Forgets what every config file said: the next lint reads them again. */
  clear(): void {
    this.explorer.clear();
  }
}

/** A config file's problem as the one sentence a diagnostic shows, the file relative to the workspace. */
export function configProblem(error: ConfigError, workspaceFolder: string | undefined): string {
  if (error instanceof PackError) {
    const [first = "", ...rest] = error.lines(workspaceFolder);
    const config = workspaceFolder ? relative(workspaceFolder, error.file) || error.file : error.file;
    const more =
      rest.length === 0 ? "" : ` (and ${rest.length} more problem${rest.length === 1 ? "" : "s"} in its packs).`;
    return `reslint did not lint this file: a rule pack its config file ${config} names cannot be used: ${more ? first.replace(/\.$/, "") : first}${more}`;
  }
  const shown = workspaceFolder ? relative(workspaceFolder, error.file) || error.file : error.file;
  const [first = "", ...rest] = error.problems;
  if (rest.length === 0) return `reslint did not lint this file: its config file ${shown} cannot be used: ${first}`;
  const more = `(and ${rest.length} more problem${rest.length === 1 ? "" : "s"} there).`;
  return `reslint did not lint this file: its config file ${shown} cannot be used: ${first.replace(/\.$/, "")} ${more}`;
}
