import { CommanderError } from "commander";

export const USAGE =
  "Usage: reslint [options] <files, directories or globs…>\n       reslint inspect <file> [--format text|json]\n       reslint report <file> [--level <level>] [--posting <file>] -o <report.html>";
export const USAGE_HINT = `${USAGE}\nRun "reslint --help" for the options.\n`;

/** A mistake in how reslint was called: one sentence, printed with the usage hint, exit 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * Bad input that is not a mistake in the command line (a config file or posting that cannot be
 * used): its sentences go to stderr without the usage hint, exit 2.
 */
export class InputError extends Error {
  override readonly name = "InputError";

  constructor(readonly lines: readonly string[]) {
    super(lines.join("\n"));
  }
}

const quotedOption = (message: string) => /'([^']+)'/.exec(message)?.[1] ?? "";

/** The long form of an option as commander names it (`-l, --level <level>`): `--level`. */
const longName = (flags: string) => /--[\w-]+/.exec(flags)?.[0] ?? /-\w/.exec(flags)?.[0] ?? flags;

/**
 * Turns commander's error into one sentence a user can act on, in reslint's words, given the
 * boolean options of the command (to tell `--quiet=yes` from an unknown option).
 */
export function usageErrorFrom(error: CommanderError, booleans: ReadonlySet<string>): UsageError {
  const quoted = quotedOption(error.message);
  if (error.code === "commander.unknownOption") {
    const [option = quoted, value] = quoted.split("=");
    if (value !== undefined && booleans.has(option))
      return new UsageError(`Option "${option}" does not take a value; remove the "=…" after it.`);
    const suggestion = /Did you mean (--?[\w-]+)\?/.exec(error.message)?.[1];
    if (suggestion)
      return new UsageError(
        `Unknown option "${option}"; did you mean "${suggestion}"? Run "reslint --help" to see the options.`,
      );
    return new UsageError(`Unknown option "${option}"; run "reslint --help" to see the options.`);
  }
  if (error.code === "commander.optionMissingArgument") {
    const option = longName(quoted);
    return new UsageError(
      `Option "${option}" needs a value, as in "${option} <value>"; write "${option}=<value>" if the value starts with "-".`,
    );
  }
  if (error.code === "commander.excessArguments" || error.code === "commander.unknownCommand")
    return new UsageError(`Unexpected argument ${quoted ? `"${quoted}"` : ""}; run "reslint --help" for usage.`);
  const first = error.message.replace(/^error:\s*/, "").split("\n")[0] ?? "The arguments could not be read";
  return new UsageError(`${first.charAt(0).toUpperCase()}${first.slice(1)}.`);
}

export { CommanderError };
