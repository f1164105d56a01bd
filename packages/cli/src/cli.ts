import { readPosting } from "@reslint/core";
import { rules, vocabulary } from "@reslint/rules";
import { Command, CommanderError, Option } from "commander";
import { asInputError } from "./commands/config-errors.js";
import { inspectCommand } from "./commands/inspect.js";
import { lintCommand, OUTPUT_FORMATS } from "./commands/lint.js";
import { reportCommand } from "./commands/report.js";
import { CliConfigs, type CliFlags, configChoice } from "./configs.js";
import { pathToOpen } from "./files.js";
import { helpText } from "./help.js";
import { type CliIo, EXIT_FATAL, EXIT_OK } from "./io.js";
import { parseChoice, parseLevelFlag, parseMaxWarnings, useColor } from "./options.js";
import { packageVersion } from "./package-version.js";
import { PostingProblem, readPostingText } from "./posting.js";
import { InputError, USAGE_HINT, UsageError, usageErrorFrom } from "./usage.js";

export { type CliIo, EXIT_FATAL, EXIT_OK, EXIT_PROBLEMS, type OutputStream } from "./io.js";

const INSPECT_FORMATS = ["text", "json"] as const;
const LIST_FORMATS = ["stylish", "json"] as const;
const INIT_FORMATS = ["yaml", "json"] as const;

/** What commander hands each command: every option as a string, a boolean, or absent. */
type Values = Record<string, string | boolean | undefined>;

const text = (value: string | boolean | undefined) => (typeof value === "string" ? value : undefined);
const flag = (value: string | boolean | undefined) => (typeof value === "boolean" ? value : undefined);

/** --posting, read before anything is linted: a posting that cannot be read is a usage mistake. */
async function postingFlag(values: Values, io: CliIo): Promise<CliFlags["posting"]> {
  const path = text(values.posting);
  if (path === undefined) return undefined;
  try {
    const postingText = await readPostingText(path, pathToOpen(path, io));
    return { path, text: postingText, requirements: readPosting(postingText, vocabulary) };
  } catch (error) {
    if (error instanceof PostingProblem) throw new UsageError(error.message);
    throw error;
  }
}

/** The config files a run uses, with the flags on top; a `--config` file that cannot be used stops the run. */
async function configsFor(values: Values, io: CliIo): Promise<{ configs: CliConfigs; flags: CliFlags }> {
  const posting = await postingFlag(values, io);
  const level = parseLevelFlag(text(values.level));
  const flags: CliFlags = { ...(level ? { level } : {}), ...(posting ? { posting } : {}) };
  const configs = new CliConfigs(io, configChoice(values.config), flags);
  try {
    await configs.preload();
  } catch (error) {
    throw asInputError(error, io);
  }
  return { configs, flags };
}

/** The options that choose the level and the config, shared by lint and report. */
function levelOptions(command: Command): Command {
  return command
    .option("-l, --level <level>")
    .option("-p, --posting <file>")
    .option("--config <file>")
    .option("--no-config");
}

/** --print-config, --init, --explain and --list-rules each replace a lint; one at a time, without files. */
function chosenMode(
  values: Values,
  files: readonly string[],
): "print-config" | "init" | "explain" | "list-rules" | null {
  const modes = (["print-config", "init", "explain", "list-rules"] as const).filter(
    (mode) => values[mode.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())] !== undefined,
  );
  if (modes.length > 1)
    throw new UsageError(
      `${modes.map((mode) => `--${mode}`).join(" and ")} cannot be used together; run them one at a time.`,
    );
  const [mode] = modes;
  if (mode && files.length > 0) {
    const what = mode === "print-config" ? "the one file named after it" : "no files";
    throw new UsageError(`--${mode} takes ${what}; remove ${files.map((file) => `"${file}"`).join(", ")}.`);
  }
  return mode ?? null;
}

function showHelp(io: CliIo): number {
  io.stdout.write(helpText());
  return EXIT_OK;
}

async function lintOrMode(files: string[], values: Values, io: CliIo): Promise<number> {
  if (values.help) return showHelp(io);
  if (values.version) {
    io.stdout.write(`${await packageVersion()}\n`);
    return EXIT_OK;
  }
  const mode = chosenMode(values, files);
  if (values.suppressAll === true && values.pruneSuppressions === true)
    throw new UsageError("--suppress-all and --prune-suppressions cannot be used together; run one, then the other.");
  const format = parseChoice(text(values.format), OUTPUT_FORMATS, "stylish");
  // The modes are loaded when used, so a lint never loads them.
  if (mode === "list-rules" || mode === "explain") {
    // The rules of the packs the config here names are listed and explained with the built-in ones.
    // A broken pack does not hide the built-in rules: they are listed and explained, then the
    // pack's problems are reported (exit 2).
    const { configs } = await configsFor(values, io);
    let packProblem: unknown = null;
    const packs = await configs.packsHere().catch((error: unknown) => {
      packProblem = asInputError(error, io);
      return [];
    });
    if (mode === "list-rules") {
      const listed = parseChoice(text(values.format), LIST_FORMATS, "stylish");
      const code = (await import("./commands/list-rules.js")).listRulesCommand(listed, packs, io);
      if (packProblem) throw packProblem;
      return code;
    }
    const id = text(values.explain) ?? "";
    if (packProblem && !rules.some((rule) => rule.meta.id === id)) throw packProblem;
    const { explainCommand } = await import("./commands/explain.js");
    return explainCommand(id, packs, useColor(flag(values.color), io), io);
  }
  if (mode === "init") {
    const chosen = values.init === true ? undefined : text(values.init);
    const { initCommand } = await import("./commands/init.js");
    return initCommand(
      {
        format: parseChoice(chosen, INIT_FORMATS, "yaml", "a config format"),
        level: parseLevelFlag(text(values.level)),
        posting: text(values.posting),
      },
      io,
    );
  }
  const { configs, flags } = await configsFor(values, io);
  if (mode === "print-config") {
    const { printConfigCommand } = await import("./commands/print-config.js");
    return printConfigCommand(text(values.printConfig) ?? "", configs, io);
  }
  return lintCommand(
    {
      files,
      format,
      maxWarnings: parseMaxWarnings(text(values.maxWarnings)),
      quiet: values.quiet === true,
      reportUnusedDirectives: values.reportUnusedDisableDirectives === true,
      baselineMode:
        values.suppressAll === true ? "suppress-all" : values.pruneSuppressions === true ? "prune" : "apply",
      color: flag(values.color),
      level: flags.level ?? flags.posting?.requirements.inferred,
      configs,
      outputFile: text(values.output),
      progress: values.progress !== false,
    },
    io,
  );
}

/** The whole command line: lint by default, `inspect` and `report` as commands. */
function program(io: CliIo, done: (code: number) => void): Command {
  const root = new Command("reslint");
  const quietly = (command: Command) =>
    command
      .exitOverride()
      .configureOutput({ writeOut: () => {}, writeErr: () => {} })
      .helpOption(false)
      .allowExcessArguments(false)
      .argument("[files...]")
      .option("-h, --help");
  quietly(root).enablePositionalOptions();
  levelOptions(root)
    .option("-f, --format <format>")
    .option("--max-warnings <n>")
    .option("--quiet")
    .option("--report-unused-disable-directives")
    .option("--suppress-all")
    .option("--prune-suppressions")
    .option("-o, --output <file>")
    .option("--no-progress")
    .option("--color")
    .option("--no-color")
    .option("--print-config <file>")
    .addOption(new Option("--init [format]"))
    .option("--explain <rule-id>")
    .option("--list-rules")
    .option("-v, --version")
    .action(async (files: string[], values: Values) => done(await lintOrMode(files, values, io)));

  quietly(root.command("inspect"))
    .option("-f, --format <format>")
    .option("--config <file>")
    .option("--no-config")
    .action(async (files: string[], values: Values) => {
      if (values.help) return done(showHelp(io));
      const format = parseChoice(text(values.format), INSPECT_FORMATS, "text");
      done(await inspectCommand(files, format, configChoice(values.config as string | boolean | undefined), io));
    });

  levelOptions(quietly(root.command("report")))
    .option("-o, --output <file>")
    .action(async (files: string[], values: Values) => {
      if (values.help) return done(showHelp(io));
      const { configs } = await configsFor(values, io);
      done(await reportCommand(files, text(values.output), configs, io));
    });
  return root;
}

/** The boolean options of every command, so `--quiet=yes` reads as "takes no value", not "unknown". */
function booleanOptions(command: Command): Set<string> {
  const names = new Set<string>();
  for (const each of [command, ...command.commands])
    for (const option of each.options) if (!option.required && !option.optional && option.long) names.add(option.long);
  return names;
}

/**
 * Runs reslint with command-line arguments (without `node` and the script path) and returns the
 * exit code. Never throws: usage mistakes and unexpected failures become one sentence on stderr.
 */
/** `--config` and `--no-config` in one command line: commander would quietly keep the last. */
function configConflict(argv: readonly string[]): UsageError | null {
  const options = argv.slice(0, argv.includes("--") ? argv.indexOf("--") : argv.length);
  const named = options.some((arg) => arg === "--config" || arg.startsWith("--config="));
  return named && options.includes("--no-config")
    ? new UsageError("--config and --no-config cannot be used together; keep the one you mean.")
    : null;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  let code: number = EXIT_OK;
  const root = program(io, (exitCode) => {
    code = exitCode;
  });
  try {
    const conflict = configConflict(argv);
    if (conflict) throw conflict;
    await root.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      io.stderr.write(`reslint: ${usageErrorFrom(error, booleanOptions(root)).message}\n${USAGE_HINT}`);
      return EXIT_FATAL;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`reslint: ${error.message}\n${USAGE_HINT}`);
      return EXIT_FATAL;
    }
    if (error instanceof InputError) {
      io.stderr.write(error.lines.map((line) => `reslint: ${line}\n`).join(""));
      return EXIT_FATAL;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      `reslint stopped unexpectedly (${detail.split("\n")[0]}); this is a bug in reslint, please report it with the command you ran.\n`,
    );
    return EXIT_FATAL;
  }
}
