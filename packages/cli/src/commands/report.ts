import { writeFile } from "node:fs/promises";
import { evidenceFromReading, formatHtmlReport, lintResumeFile } from "@reslint/core";
import type { CliConfigs } from "../configs.js";
import { asGiven, pathToOpen } from "../files.js";
import { type CliIo, EXIT_FATAL, EXIT_OK } from "../io.js";
import { UsageError } from "../usage.js";
import { configFor } from "./config-errors.js";

/** `reslint report <file> -o <page>`: one self-contained HTML page of the lint, with the same config a lint uses. */
export async function reportCommand(
  files: readonly string[],
  output: string | undefined,
  configs: CliConfigs,
  io: CliIo,
): Promise<number> {
  const [filePath, ...extra] = files;
  if (filePath === undefined)
    throw new UsageError("report needs a resume; run it as reslint report <file> -o report.html.");
  if (extra.length > 0)
    throw new UsageError(`report reads one resume at a time; run it once for each of ${files.join(", ")}.`);
  if (output === undefined || output.trim() === "")
    throw new UsageError('report needs somewhere to write the page; add "-o report.html".');
  const opened = pathToOpen(filePath, io);
  const config = await configFor(configs, opened, io);
  // One read serves both the lint and the page.
  const read = await lintResumeFile(opened, config);
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
  const target = pathToOpen(output, io);
  try {
    await writeFile(target, html, "utf8");
  } catch (error) {
    const reason =
      (error as { code?: string }).code === "ENOENT" ? "its folder does not exist" : "it cannot be written";
    io.stderr.write(`reslint: could not write the report to ${output}: ${reason}; choose another path with -o.\n`);
    return EXIT_FATAL;
  }
  const count = result.messages.length;
  io.stdout.write(
    `Wrote ${output}: ${count} finding${count === 1 ? "" : "s"}, evidence reads as ${result.level.estimated ?? "too little to estimate"} (target ${config.level.value}).\n`,
  );
  return EXIT_OK;
}
