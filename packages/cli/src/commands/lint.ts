import { relative } from "node:path";
import {
  BASELINE_FILE,
  type Baseline,
  ConfigError,
  DEFAULT_TARGET_LEVEL,
  fatalResult,
  formatJson,
  formatOf,
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
import { UsageError } from "../usage.js";

export interface LintRun {
  files: readonly string[];
  format: "stylish" | "json";
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
  (run.format === "json" ? io.stderr : io.stdout).write(note);
  for (const result of results.filter((each) => !readable.includes(each)))
    io.stderr.write(
      `reslint: ${result.filePath} was not linted, so its baseline entries are kept as they were: ${result.messages[0]?.message ?? ""}\n`,
    );
  if (run.format === "json") {
    const file = (result: LintResult) => baselineName(result.filePath, io.cwd);
    io.stdout.write(
      formatJson(results.map((result) => withBaseline(result, { entries: baseline, file: file(result) }))),
    );
  }
  return readable.length === results.length ? EXIT_OK : EXIT_FATAL;
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
  for (const target of await resolveTargets(run.files, io, run.level ?? DEFAULT_TARGET_LEVEL)) {
    const result = await lintTarget(target, io, run, run.baselineMode === "apply" ? baseline : null);
    if (result) results.push(run.quiet && run.baselineMode === "apply" ? errorsOnly(result) : result);
  }
  if (run.baselineMode !== "apply")
    return writeBaseline(results, { ...run, baselineMode: run.baselineMode }, baseline, io);

  io.stdout.write(
    run.format === "json" ? formatJson(results) : formatStylish(results, { color: useColor(run.color, io) }),
  );

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
