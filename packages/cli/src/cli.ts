import { readFile, stat, writeFile } from "node:fs/promises";
import { extname, isAbsolute, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  DEFAULT_TARGET_LEVEL,
  evidenceByClaim,
  evidenceFromReading,
  fatalResult,
  formatHtmlReport,
  formatInspectText,
  formatJson,
  formatOf,
  formatStylish,
  inspectView,
  isTargetLevel,
  LEVEL_DESCRIPTIONS,
  type LintOptions,
  type LintResult,
  lintFile,
  lintFileWithReading,
  MAX_TEXT_BYTES,
  type PostingRequirements,
  type ResumeDocument,
  ResumeReadError,
  readPosting,
  readResumeFile,
  SUPPORTED_EXTENSIONS,
  TARGET_LEVELS,
  type TargetLevel,
} from "@reslint/core";
import { rules, vocabulary } from "@reslint/rules";
import { glob, isDynamicPattern } from "tinyglobby";

/** Anything with a `write(text)`: `process.stdout`, or a collector in tests. */
export interface OutputStream {
  write(chunk: string): unknown;
}

/** What `run` talks to instead of `process`, so it can be driven from tests. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Directory relative paths and globs are resolved against. */
  cwd: string;
  /** Whether stdout is a terminal (colour is on by default only then). */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** Exit codes, as documented in `--help` and the README. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FATAL = 2;

const OUTPUT_FORMATS = ["stylish", "json"] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const INSPECT_FORMATS = ["text", "json"] as const;
type InspectFormat = (typeof INSPECT_FORMATS)[number];

const USAGE =
  "Usage: reslint [options] <files, directories or globs…>\n       reslint inspect <file> [--format text|json]\n       reslint report <file> [--level <level>] [--posting <file>] -o <report.html>";
const USAGE_HINT = `${USAGE}\nRun "reslint --help" for the options.\n`;

/** A mistake in how reslint was called: one sentence, printed with the usage hint, exit 2. */
class UsageError extends Error {
  override readonly name = "UsageError";
}

function helpText(): string {
  const levelWidth = Math.max(...TARGET_LEVELS.map((level) => level.length));
  const levels = TARGET_LEVELS.map((level) => {
    const note = LEVEL_DESCRIPTIONS[level];
    const suffix = level === DEFAULT_TARGET_LEVEL ? " (default)" : "";
    return `  ${level.padEnd(levelWidth)}  ${note ?? ""}${suffix}`.trimEnd();
  }).join("\n");
  return `reslint: checks that a resume's claims read at the level it targets.

${USAGE}

Lints each file (Markdown, plain text, Word .docx or PDF) and reports claims that
undersell or overreach for the target level. PDF findings also name the page.
A directory is searched recursively for resume files (${SUPPORTED_EXTENSIONS.join(", ")}),
skipping node_modules and dot-folders. Quote globs so reslint expands them, e.g. "cv/**/*.md".

Options:
  -l, --level <level>     Target level to check against (default: ${DEFAULT_TARGET_LEVEL})
                          With --posting and no --level, the level the posting asks for
  -p, --posting <file>    A job posting (text or Markdown): infer the level it asks for and
                          print the calibration worksheet against the resume
  -f, --format <format>   Output format: stylish or json (default: stylish)
      --max-warnings <n>  Exit with 1 when there are more than n warnings (default: no limit)
      --quiet             Report errors only; warnings are not shown or counted
      --color, --no-color Force colour on or off (default: on for a terminal unless NO_COLOR is set)
  -h, --help              Show this help
  -v, --version           Show the version

Levels:
${levels}

Commands:
  reslint inspect <file> [--format text|json]
                          Show what reslint read from a resume: its sections, the roles
                          in them and every claim with its line:column, so you can check
                          the resume was understood before acting on the findings.

  reslint report <file> [--level <level>] [--posting <file>] -o <report.html>
                          Write one self-contained HTML page (no network needed to view it):
                          the lens radar against the target, the rubric, the posting worksheet,
                          and the resume's text with every finding marked where it stands.

Exit codes:
  0  No errors, and no more warnings than --max-warnings allows
  1  At least one error, or more warnings than --max-warnings allows
  2  Bad usage, or a file could not be read (the other files are still linted)

Examples:
  reslint resume.md
  reslint resume.md --level staff
  reslint resumes/ --format json > report.json
  reslint "cv/**/*.md" --quiet
  reslint resume.md --max-warnings 5
  reslint resume.pdf --posting job.txt
  reslint inspect resume.md
  reslint report resume.pdf --level staff -o report.html
`;
}

async function packageVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8")) as {
    version?: unknown;
  };
  return typeof manifest.version === "string" ? manifest.version : "unknown";
}

/** Turns a `parseArgs` error into one sentence a user can act on. */
function usageErrorFrom(error: unknown): UsageError {
  const code = (error as { code?: unknown }).code;
  const text = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(text)?.[1] ?? "";
  const option = /--?[\w-]+/.exec(quoted.split(",").pop() ?? "")?.[0] ?? quoted;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    return new UsageError(`Unknown option "${option}"; run "reslint --help" to see the options.`);
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    if (/does not take an argument/.test(text)) {
      return new UsageError(`Option "${option}" does not take a value; remove the "=…" after it.`);
    }
    return new UsageError(
      `Option "${option}" needs a value, as in "${option} <value>"; write "${option}=<value>" if the value starts with "-".`,
    );
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    return new UsageError(`Unexpected argument ${quoted ? `"${quoted}"` : ""}; run "reslint --help" for usage.`);
  }
  return new UsageError(`${text.split("\n")[0] ?? "The arguments could not be read"}.`);
}

function withUsageErrors<T>(parseArguments: () => T): T {
  try {
    return parseArguments();
  } catch (error) {
    throw usageErrorFrom(error);
  }
}

function parseLevel(value: string | undefined): TargetLevel {
  if (value === undefined) return DEFAULT_TARGET_LEVEL;
  if (isTargetLevel(value)) return value;
  throw new UsageError(`"${value}" is not a level reslint knows; use one of ${TARGET_LEVELS.join(", ")}.`);
}

function parseChoice<T extends string>(value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`"${value}" is not an output format; use ${choices.join(" or ")}.`);
}

function parseMaxWarnings(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (/^\d+$/.test(value.trim())) return Number.parseInt(value, 10);
  throw new UsageError(
    `--max-warnings needs a whole number of 0 or more, such as "--max-warnings 10"; "${value}" is not one.`,
  );
}

/** Colour: --color / --no-color win, then FORCE_COLOR, then NO_COLOR, then whether stdout is a terminal. */
function useColor(flag: boolean | undefined, io: CliIo): boolean {
  if (flag !== undefined) return flag;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  return io.isTTY;
}

// ─── Files ────────────────────────────────────────────────────────────────────

/** A file to lint, or a fatal result already decided (a glob that matched nothing). */
type Target = { path: string } | { result: LintResult };

const extensionPattern = `**/*.{${SUPPORTED_EXTENSIONS.map((extension) => extension.slice(1)).join(",")}}`;
const isSupported = (path: string) => SUPPORTED_EXTENSIONS.includes(extname(path).toLowerCase());
const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function statOrNull(path: string) {
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
    return found.sort(byPath).map((path) => ({ path: join(argument, path) }));
  }
  if (info || !isDynamicPattern(argument)) return [{ path: argument }];
  // Matches are relative to cwd, or absolute when the pattern is, so paths read the way they were asked for.
  const matches = await glob(argument, {
    cwd: io.cwd,
    absolute: isAbsolute(argument),
    ignore: ["**/node_modules/**"],
    expandDirectories: false,
  });
  const supported = matches.filter(isSupported).sort(byPath);
  if (supported.length > 0) return supported.map((path) => ({ path }));
  const reason =
    matches.length === 0
      ? `No files match "${argument}"; check the pattern or quote it so your shell does not expand it.`
      : `"${argument}" matches no resume files (${SUPPORTED_EXTENSIONS.join(", ")}), only ${matches.length === 1 ? "1 other file" : `${matches.length} other files`}; narrow the pattern to your resumes.`;
  return [{ result: fatalResult(argument, formatOf(argument), reason, level) }];
}

async function resolveTargets(argumentsGiven: readonly string[], io: CliIo, level: TargetLevel): Promise<Target[]> {
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
function pathToOpen(path: string, io: CliIo): string {
  if (isAbsolute(path) || resolve(path) === resolve(io.cwd, path)) return path;
  return resolve(io.cwd, path);
}

/** Core words its results and messages with the path it opened; show the user's path instead. */
function asGiven(text: string, opened: string, given: string): string {
  return opened === given ? text : text.split(opened).join(given);
}

async function lintTarget(target: Target, io: CliIo, options: LintOptions): Promise<LintResult> {
  if ("result" in target) return target.result;
  const opened = pathToOpen(target.path, io);
  const result = await lintFile(opened, options);
  if (opened === target.path) return result;
  return {
    ...result,
    filePath: target.path,
    messages: result.messages.map((message) =>
      message.fatal ? { ...message, message: asGiven(message.message, opened, target.path) } : message,
    ),
  };
}

/** ESLint's --quiet: warnings are dropped from the output and from the counts. */
function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((message) => message.severity === 2);
  return { ...result, messages, errorCount: messages.length, warningCount: 0 };
}

// ─── Job postings ─────────────────────────────────────────────────────────────

const POSTING_EXTENSIONS = [".txt", ".md", ".markdown", ""];

/** Reads and interprets a job posting; a posting that cannot be read is a usage mistake (exit 2). */
async function loadPosting(path: string, io: CliIo): Promise<PostingRequirements> {
  const opened = pathToOpen(path, io);
  const info = await statOrNull(opened);
  if (!info)
    throw new UsageError(
      `The posting ${path} does not exist; pass a text or Markdown file with the job's description.`,
    );
  if (info.isDirectory()) throw new UsageError(`The posting ${path} is a directory; pass one text or Markdown file.`);
  if (!POSTING_EXTENSIONS.includes(extname(path).toLowerCase()))
    throw new UsageError(
      `The posting ${path} is not text or Markdown; save the job description as a .txt or .md file.`,
    );
  if (info.size > MAX_TEXT_BYTES)
    throw new UsageError(
      `The posting ${path} is larger than reslint reads (${Math.round(MAX_TEXT_BYTES / 1024)} KB); paste only the job description into a file.`,
    );
  const bytes = await readFile(opened);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`The posting ${path} is not UTF-8 text; save it as UTF-8 and try again.`);
  }
  if (text.trim() === "") throw new UsageError(`The posting ${path} is empty; paste the job description into it.`);
  return readPosting(text, vocabulary);
}

/** --level wins; with a posting and no --level, the level the posting asks for is the target. */
function targetLevel(value: string | undefined, posting: PostingRequirements | undefined): TargetLevel {
  if (value === undefined && posting) return posting.inferred;
  return parseLevel(value);
}

// ─── Commands ─────────────────────────────────────────────────────────────────

/** The options that choose the level a resume is checked against, shared by lint and report. */
const LEVEL_OPTIONS = {
  level: { type: "string", short: "l" },
  posting: { type: "string", short: "p" },
} as const;

async function lintCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = withUsageErrors(() =>
    parseArgs({
      args,
      options: {
        ...LEVEL_OPTIONS,
        format: { type: "string", short: "f" },
        "max-warnings": { type: "string" },
        quiet: { type: "boolean" },
        color: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
      allowPositionals: true,
      allowNegative: true,
      strict: true,
    }),
  );
  if (values.help) {
    io.stdout.write(helpText());
    return EXIT_OK;
  }
  if (values.version) {
    io.stdout.write(`${await packageVersion()}\n`);
    return EXIT_OK;
  }
  const posting = values.posting === undefined ? undefined : await loadPosting(values.posting, io);
  const level = targetLevel(values.level, posting);
  const format = parseChoice<OutputFormat>(values.format, OUTPUT_FORMATS, "stylish");
  const maxWarnings = parseMaxWarnings(values["max-warnings"]);
  if (positionals.length === 0) {
    throw new UsageError("No files given; name the resume files, directories or globs to lint.");
  }

  const results: LintResult[] = [];
  for (const target of await resolveTargets(positionals, io, level)) {
    const result = await lintTarget(target, io, { level, rules, vocabulary, ...(posting ? { posting } : {}) });
    results.push(values.quiet ? errorsOnly(result) : result);
  }

  io.stdout.write(
    format === "json" ? formatJson(results) : formatStylish(results, { color: useColor(values.color, io) }),
  );

  const fatal = results.some((result) => result.messages.some((message) => message.fatal));
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  const tooManyWarnings = maxWarnings !== null && warnings > maxWarnings;
  if (tooManyWarnings && format === "stylish") {
    io.stderr.write(`reslint found too many warnings (maximum: ${maxWarnings}).\n`);
  }
  if (fatal) return EXIT_FATAL;
  if (errors > 0 || tooManyWarnings) return EXIT_PROBLEMS;
  return EXIT_OK;
}

/** Reads the one resume a command works on; a file that cannot be read is one sentence on stderr. */
async function readOneResume(opened: string, given: string, io: CliIo): Promise<ResumeDocument | null> {
  try {
    return (await readResumeFile(opened, { vocabulary })).document;
  } catch (error) {
    if (!(error instanceof ResumeReadError)) throw error;
    io.stderr.write(`${asGiven(error.message, opened, given)}\n`);
    return null;
  }
}

async function inspectCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = withUsageErrors(() =>
    parseArgs({
      args,
      options: { format: { type: "string", short: "f" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    }),
  );
  if (values.help) {
    io.stdout.write(helpText());
    return EXIT_OK;
  }
  const format = parseChoice<InspectFormat>(values.format, INSPECT_FORMATS, "text");
  const [filePath, ...extra] = positionals;
  if (filePath === undefined) throw new UsageError("inspect needs a file; run it as reslint inspect <file>.");
  if (extra.length > 0) {
    throw new UsageError(`inspect reads one file at a time; run it once for each of ${positionals.join(", ")}.`);
  }
  const opened = pathToOpen(filePath, io);
  const document = await readOneResume(opened, filePath, io);
  if (document === null) return EXIT_FATAL;
  const evidence = evidenceByClaim(document, vocabulary);
  io.stdout.write(
    format === "json"
      ? `${JSON.stringify(inspectView(filePath, document, evidence), null, 2)}\n`
      : formatInspectText(filePath, document, evidence),
  );
  return EXIT_OK;
}

async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = withUsageErrors(() =>
    parseArgs({
      args,
      options: {
        ...LEVEL_OPTIONS,
        output: { type: "string", short: "o" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
      strict: true,
    }),
  );
  if (values.help) {
    io.stdout.write(helpText());
    return EXIT_OK;
  }
  const [filePath, ...extra] = positionals;
  if (filePath === undefined)
    throw new UsageError("report needs a resume; run it as reslint report <file> -o report.html.");
  if (extra.length > 0)
    throw new UsageError(`report reads one resume at a time; run it once for each of ${positionals.join(", ")}.`);
  if (values.output === undefined || values.output.trim() === "")
    throw new UsageError('report needs somewhere to write the page; add "-o report.html".');
  const posting = values.posting === undefined ? undefined : await loadPosting(values.posting, io);
  const level = targetLevel(values.level, posting);
  const opened = pathToOpen(filePath, io);
  // One read serves both the lint and the page.
  const read = await lintFileWithReading(opened, { level, rules, vocabulary, ...(posting ? { posting } : {}) });
  if (read.document === null || read.levelReading === null) {
    io.stderr.write(`${asGiven(read.result.messages[0]?.message ?? "", opened, filePath)}\n`);
    return EXIT_FATAL;
  }
  const result = { ...read.result, filePath };
  const html = formatHtmlReport({
    result,
    document: read.document,
    evidence: evidenceFromReading(read.document, read.levelReading),
  });
  const output = pathToOpen(values.output, io);
  try {
    await writeFile(output, html, "utf8");
  } catch (error) {
    const reason =
      (error as { code?: string }).code === "ENOENT" ? "its folder does not exist" : "it cannot be written";
    io.stderr.write(
      `reslint: could not write the report to ${values.output}: ${reason}; choose another path with -o.\n`,
    );
    return EXIT_FATAL;
  }
  const count = result.messages.length;
  io.stdout.write(
    `Wrote ${values.output}: ${count} finding${count === 1 ? "" : "s"}, evidence reads as ${result.level.estimated ?? "too little to estimate"} (target ${level}).\n`,
  );
  return EXIT_OK;
}

/**
 * Runs reslint with command-line arguments (without `node` and the script path) and returns the
 * exit code. Never throws: usage mistakes and unexpected failures become one sentence on stderr.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    if (argv[0] === "inspect") return await inspectCommand(argv.slice(1), io);
    if (argv[0] === "report") return await reportCommand(argv.slice(1), io);
    return await lintCommand(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`reslint: ${error.message}\n${USAGE_HINT}`);
      return EXIT_FATAL;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      `reslint stopped unexpectedly (${detail.split("\n")[0]}); this is a bug in reslint, please report it with the command you ran.\n`,
    );
    return EXIT_FATAL;
  }
}
