import { join, resolve } from "node:path";
import { printableConfig } from "@reslint/core";
import type { CliConfigs } from "../configs.js";
import { pathToOpen, statOrNull } from "../files.js";
import { type CliIo, EXIT_OK } from "../io.js";
import { UsageError } from "../usage.js";
import { configFor } from "./config-errors.js";

/** `reslint --print-config <file>`: the settings that apply to the file, each with where it came from, as JSON. */
export async function printConfigCommand(filePath: string, configs: CliConfigs, io: CliIo): Promise<number> {
  const opened = pathToOpen(filePath, io);
  // Overrides and ignorePatterns apply file by file, so a folder has no one config to show.
  if ((await statOrNull(resolve(io.cwd, opened)))?.isDirectory())
    throw new UsageError(
      `--print-config shows the settings of one file, and ${filePath} is a folder; name a resume in it, such as ${join(filePath, "resume.md")}.`,
    );
  const config = await configFor(configs, opened, io);
  io.stdout.write(`${JSON.stringify(printableConfig(config, io.cwd), null, 2)}\n`);
  return EXIT_OK;
}
