import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import {
  BASELINE_FILE,
  type Baseline,
  ConfigError,
  DEFAULT_TARGET_LEVEL,
  fatalResult,
  formatCompact,
  formatGithub,
  formatJson,
  formatOf,
  formatSarif,
  formatStylish,
  type LintResult,
  lintResumeFile,
  pruneBaseline,
  suppressAll,
  type TargetLevel,
  withBaseline,
} from "@reslint/core";
import { baselineFileGone, baselineName, readBaselineFile, writeBaselineFile } from "../baseline-file.js";
import { type CliConfigs, PostingProblem } from "../configs.js";
import { asGiven, pathToOpen, resolveTargets, type Target } from "../files.js";
import { type CliIo, EXIT_FATAL, EXIT_OK, EXIT_PROBLEMS } from "../io.js";
import { useColor } from "../options.js";
import { packageVersion } from "../package-version.js";
import { startProgress } from "../progress.js";
import { sarifRules } from "../sarif-rules.js";
import { InputError, UsageError } from "../usage.js";

export const OUTPUT_FORMATS = ["stylish", "json", "sarif", "github", "compact"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface LintRun {
  files: readonly string[];
  format: OutputFormat;
  /** -o: the report goes to this file, and the terminal gets one line saying so. */
  outputFile: string | undefined;
  /** --no-progress turns the bar off; it only ever shows on a terminal, for stylish and compact. */
  progress: boolean;
  maxWarnings: number | null;
  quiet: boolean;
  color: boolean | undefined;
  /** The level named by --level or the --posting, for results that come before any config (a glob that matched nothing). */
  level: TargetLevel | undefined;
  configs: CliConfigs;
  /** --report-unused-disable-directives: disable comments that turn nothing off are errors. */
  reportUnusedDirectives: boolean;
  /** --suppress-all writes every finding to the baseline; --prune-suppressions drops what no longer matches. */
  baselineMode: "apply" | "suppress-all" | "prune";
}

/** ESLint's --quiet: warnings are dropped from the output and from the counts. */
function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((message) => message.severity === 2);
  return { ...result, messages, errorCount: messages.length, warningCount: 0 };
}

/** One file's result; null when the config's ignorePatterns take it in. */
async function lintTarget(
  target: Target,
  io: CliIo,
  run: LintRun,
  baseline: Baseline | null,
): Promise<LintResult | null> {
  if ("result" in target) return target.result;
  const opened = pathToOpen(target.path, io);
  const fatal = (reason: string) =>
    fatalResult(target.path, formatOf(target.path), reason, run.level ?? DEFAULT_TARGET_LEVEL);
  let config: Awaited<ReturnType<CliConfigs["forFile"]>>;
  try {
    config = await run.configs.forFile(opened);
  } catch (error) {
    if (error instanceof ConfigError) return fatal(error.summary(io.cwd));
    if (error instanceof PostingProblem) return fatal(error.message);
    throw error;
  }
  if (config.ignored) {
    if (target.named) {
      const where = config.configFile === null ? "" : ` in ${relative(io.cwd, config.configFile)}`;
      io.stderr.write(`reslint: skipped ${target.path}: it matches ignorePatterns${where}.\n`);
    }
    return null;
  }
  const { result } = await lintResumeFile(opened, config, {
    ...(run.reportUnusedDirectives ? { reportUnusedDirectives: 2 as const } : {}),
    ...(baseline ? { baseline: { entries: baseline, file: baselineName(target.path, io.cwd) } } : {}),
  });
  if (opened === target.path) return result;
  return {
    ...result,
    filePath: target.path,
    messages: result.messages.map((message) =>
      message.fatal ? { ...message, message: asGiven(message.message, opened, target.path) } : message,
    ),
  };
}

/**
 * --suppress-all and --prune-suppressions: the baseline from this run's findings, one line saying
 * what changed (on stderr with --format json), and the results as the next run will show them.
 */
async function writeBaseline(
  results: readonly LintResult[],
  run: LintRun & { baselineMode: "suppress-all" | "prune" },
  earlier: Baseline | null,
  io: CliIo,
): Promise<number> {
  const readable = results.filter((result) => !result.messages.some((message) => message.fatal));
  const findings = readable.map((result) => ({
    file: baselineName(result.filePath, io.cwd),
    messages: result.messages.filter((message) => message.ruleId !== null),
  }));
  const prune = run.baselineMode === "prune" && earlier !== null;
  const baseline = prune
    ? pruneBaseline(earlier, findings, (file) => baselineFileGone(file, io.cwd))
    : suppressAll(earlier, findings);
  await writeBaselineFile(io.cwd, baseline);
  const count = (entries: Baseline | null) => entries?.suppressions.reduce((sum, entry) => sum + entry.count, 0) ?? 0;
  const fresh = count(suppressAll(null, findings));
  const kept = prune ? 0 : count(baseline) - fresh;
  const files = `${findings.length} ${findings.length === 1 ? "file" : "files"}`;
  const note = prune
    ? `reslint: ${BASELINE_FILE} now holds ${count(baseline)} findings (${count(earlier) - count(baseline)} no longer found were dropped).\n`
    : `reslint: wrote ${BASELINE_FILE} with ${fresh} findings from ${files}${kept > 0 ? `, and kept ${kept} for files not linted this run` : ""}; later runs report only findings that are not in it.\n`;
  (run.format === "stylish" ? io.stdout : io.stderr).write(note);
  for (const result of results.filter((each) => !readable.includes(each)))
    io.stderr.write(
      `reslint: ${result.filePath} was not linted, so its baseline entries are kept as they were: ${result.messages[0]?.message ?? ""}\n`,
    );
  if (run.format !== "stylish") {
    const file = (result: LintResult) => baselineName(result.filePath, io.cwd);
    await writeReport(
      results.map((result) => withBaseline(result, { entries: baseline, file: file(result) })),
      run,
      io,
    );
  }
  return readable.length === results.length ? EXIT_OK : EXIT_FATAL;
}

/** The formats a person reads in a terminal: the only ones a progress bar may sit beside. */
const HUMAN_FORMATS: readonly OutputFormat[] = ["stylish", "compact"];

async function formatted(results: readonly LintResult[], run: LintRun, io: CliIo): Promise<string> {
  switch (run.format) {
    case "json":
      return formatJson(results);
    case "sarif":
      return formatSarif(results, {
        rules: await sarifRules(run.configs.packsUsed()),
        toolVersion: await packageVersion(),
        cwd: io.cwd,
      });
    case "github":
      return formatGithub(results);
    case "compact":
      return formatCompact(results);
    case "stylish":
      // Written to a file, the report has no colour codes.
      return formatStylish(results, { color: run.outputFile === undefined && useColor(run.color, io) });
  }
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** The report on stdout, or in the -o file with one line on stdout saying what it holds. */
async function writeReport(results: readonly LintResult[], run: LintRun, io: CliIo): Promise<void> {
  const report = await formatted(results, run, io);
  if (run.outputFile === undefined) {
    io.stdout.write(report);
    return;
  }
  const target = resolve(io.cwd, run.outputFile);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, report);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new InputError([
      `${run.outputFile} cannot be written (${code}); pass -o a file in a folder you can write to.`,
    ]);
  }
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  io.stdout.write(
    `reslint: wrote the ${run.format} report of ${plural(results.length, "file")} to ${run.outputFile}: ${plural(errors + warnings, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}).\n`,
  );
}

/** Lints every file named, found in a directory or matched by a glob, and prints the results. */
export async function lintCommand(run: LintRun, io: CliIo): Promise<number> {
  if (run.files.length === 0) {
    throw new UsageError("No files given; name the resume files, directories or globs to lint.");
  }
  const baseline = await readBaselineFile(io.cwd);
  if (run.baselineMode === "prune" && !baseline)
    throw new UsageError(`There is no ${BASELINE_FILE} here to prune; run reslint --suppress-all first.`);
  const results: LintResult[] = [];
  const targets = await resolveTargets(run.files, io, run.level ?? DEFAULT_TARGET_LEVEL);
  const progress = await startProgress(targets.length, io, run.progress && HUMAN_FORMATS.includes(run.format));
  try {
    for (const target of targets) {
      const result = await lintTarget(target, io, run, run.baselineMode === "apply" ? baseline : null);
      if (result) results.push(run.quiet && run.baselineMode === "apply" ? errorsOnly(result) : result);
      progress.tick("path" in target ? target.path : target.result.filePath);
    }
  } finally {
    progress.stop();
  }
  if (run.baselineMode !== "apply")
    return writeBaseline(results, { ...run, baselineMode: run.baselineMode }, baseline, io);

  await writeReport(results, run, io);

  const fatal = results.some((result) => result.messages.some((message) => message.fatal));
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  const tooManyWarnings = run.maxWarnings !== null && warnings > run.maxWarnings;
  if (tooManyWarnings && run.format === "stylish") {
    io.stderr.write(`reslint found too many warnings (maximum: ${run.maxWarnings}).\n`);
  }
  if (fatal) return EXIT_FATAL;
  if (errors > 0 || tooManyWarnings) return EXIT_PROBLEMS;
  return EXIT_OK;
}
