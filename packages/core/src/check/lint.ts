import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { VFile } from "vfile";
import type { ResolvedConfig } from "../config/resolve.js";
import type { LevelReading } from "../level/assess.js";
import type { ResumeDocument, SourceFormat } from "../model/document.js";
import type { LintResult, Severity } from "../model/results.js";
import { formatOf, type ReadOptions } from "../read/index.js";
import type { Baseline } from "./baseline.js";
import {
  fatalResult,
  type LintOptions,
  lintDocument,
  lintFileWithReading,
  lintTextWithReading,
  summarise,
  toLintMessages,
} from "./engine.js";
import type { LintCache } from "./lint-cache.js";
import { postProcess } from "./post-process.js";
import type { Rule, RuleOptions } from "./rule.js";

/** A lint with the document it read and its level reading: what hovers and the HTML report need. */
export interface DocumentLint {
  result: LintResult;
  document: ResumeDocument;
  levelReading: LevelReading;
}

/** A lint of a file on disk; `document` and `levelReading` are null when it could not be read. */
export interface FileLint {
  result: LintResult;
  document: ResumeDocument | null;
  levelReading: LevelReading | null;
}

/** How files are read under a config: with its vocabulary (packs included) and its reader limits. */
export function readOptionsFor(config: ResolvedConfig): Required<ReadOptions> {
  const { maxPdfPages, timePerFileMs } = config.limits;
  return {
    vocabulary: config.vocabulary,
    limits: { maxPdfPages: maxPdfPages.value, timePerFileMs: timePerFileMs.value },
  };
}

const engineOptions = new WeakMap<ResolvedConfig, LintOptions>();

/** The engine's options for a config: the rules not turned off, their options, the level and posting. */
export function lintOptionsFor(config: ResolvedConfig, cache?: LintCache): LintOptions {
  let options = engineOptions.get(config);
  if (!options) {
    const rules: Rule[] = [];
    const ruleOptions = new Map<string, RuleOptions>();
    for (const entry of config.rules.values()) {
      // A rule turned off is not run at all; `applyConfig` drops its findings all the same.
      if (entry.rule === null || entry.severity === "off") continue;
      rules.push(entry.rule);
      ruleOptions.set(entry.id, entry.options);
    }
    options = {
      level: config.level.value,
      rules,
      vocabulary: config.vocabulary,
      ruleOptions,
      readLimits: readOptionsFor(config).limits,
      ...(config.posting ? { posting: config.posting.requirements } : {}),
    };
    engineOptions.set(config, options);
  }
  return cache ? { ...options, cache } : options;
}

/** How one lint runs, besides its configuration. */
export interface LintRunOptions {
  filePath?: string;
  cache?: LintCache;
  /** Report disable comments that turn nothing off, at this severity. */
  reportUnusedDirectives?: Severity;
  /** Findings to leave out because the baseline holds them; `file` is this file as the baseline names it. */
  baseline?: { entries: Baseline; file: string };
}

const unused = (options: LintRunOptions) => ({
  ...(options.reportUnusedDirectives ? { reportUnusedDirectives: options.reportUnusedDirectives } : {}),
  ...(options.baseline ? { baseline: options.baseline } : {}),
});

/**
 * Lints a document already read, with one resolved configuration: the rules it leaves on run,
 * then the post-processing steps (severities and "off" first) decide the findings.
 */
export function lint(document: ResumeDocument, config: ResolvedConfig, options: LintRunOptions = {}): DocumentLint {
  const lintOptions = lintOptionsFor(config, options.cache);
  const filePath = options.filePath ?? config.filePath;
  const { file, levelReading } = lintDocument(
    document,
    lintOptions,
    new VFile({ path: filePath, value: document.text }),
  );
  const result = summarise(filePath, document.format, toLintMessages(file), lintOptions, levelReading);
  return { result: postProcess(result, { config, document, ...unused(options) }), document, levelReading };
}

/** Lints resume text in memory (an editor's buffer) with one resolved configuration. */
export function lintResumeText(
  text: string,
  config: ResolvedConfig,
  options: LintRunOptions & { format?: SourceFormat } = {},
): DocumentLint {
  const filePath = options.filePath ?? config.filePath;
  const lintOptions = lintOptionsFor(config, options.cache);
  const { result, document, levelReading } = lintTextWithReading(text, {
    ...lintOptions,
    filePath,
    ...(options.format ? { format: options.format } : {}),
  });
  return { result: postProcess(result, { config, document, ...unused(options) }), document, levelReading };
}

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

/**
 * Lints a file on disk with one resolved configuration. Never throws for bad input: a file that
 * cannot be read, or is over the config's `limits.maxFileBytes`, yields one fatal message.
 */
export async function lintResumeFile(
  filePath: string,
  config: ResolvedConfig,
  options: Omit<LintRunOptions, "filePath"> = {},
): Promise<FileLint> {
  const limit = config.limits.maxFileBytes;
  if (limit.value !== null) {
    const bytes = await stat(filePath).then(
      (info) => (info.isFile() ? info.size : 0),
      () => 0,
    );
    if (bytes > limit.value) {
      const where = config.configFile === null ? "" : ` in ${basename(config.configFile)}`;
      const reason = `${filePath} is ${size(bytes)}, more than the ${limit.value} bytes limits.maxFileBytes allows${where}; raise the limit, or check that this is the right file.`;
      return {
        result: fatalResult(filePath, formatOf(filePath), reason, config.level.value),
        document: null,
        levelReading: null,
      };
    }
  }
  const read = await lintFileWithReading(filePath, lintOptionsFor(config, options.cache));
  return { ...read, result: postProcess(read.result, { config, document: read.document, ...unused(options) }) };
}
