import {
  evidenceByClaim,
  formatInspectText,
  inspectView,
  type ReadOptions,
  type ResumeDocument,
  ResumeReadError,
  readOptionsFor,
  readResumeFile,
} from "@reslint/core";
import { CliConfigs, type ConfigChoice } from "../configs.js";
import { asGiven, pathToOpen } from "../files.js";
import { type CliIo, EXIT_FATAL, EXIT_OK } from "../io.js";
import { UsageError } from "../usage.js";
import { configFor } from "./config-errors.js";

/** Reads the one resume a command works on; a file that cannot be read is one sentence on stderr. */
async function readOneResume(
  opened: string,
  given: string,
  options: ReadOptions,
  io: CliIo,
): Promise<ResumeDocument | null> {
  try {
    return (await readResumeFile(opened, options)).document;
  } catch (error) {
    if (!(error instanceof ResumeReadError)) throw error;
    io.stderr.write(`${asGiven(error.message, opened, given)}\n`);
    return null;
  }
}

/**
 * `reslint inspect <file>`: what reslint read from a resume, as an outline or JSON. It reads with
 * the words of the packs its config names and within its limits, as a lint does (`--config`,
 * `--no-config`); a config that cannot be used is exit 2.
 */
export async function inspectCommand(
  files: readonly string[],
  format: "text" | "json",
  choice: ConfigChoice,
  io: CliIo,
): Promise<number> {
  const [filePath, ...extra] = files;
  if (filePath === undefined) throw new UsageError("inspect needs a file; run it as reslint inspect <file>.");
  if (extra.length > 0) {
    throw new UsageError(`inspect reads one file at a time; run it once for each of ${files.join(", ")}.`);
  }
  const opened = pathToOpen(filePath, io);
  const options = readOptionsFor(await configFor(new CliConfigs(io, choice, {}), opened, io));
  const document = await readOneResume(opened, filePath, options, io);
  if (document === null) return EXIT_FATAL;
  const evidence = evidenceByClaim(document, options.vocabulary);
  io.stdout.write(
    format === "json"
      ? `${JSON.stringify(inspectView(filePath, document, evidence), null, 2)}\n`
      : formatInspectText(filePath, document, evidence),
  );
  return EXIT_OK;
}
