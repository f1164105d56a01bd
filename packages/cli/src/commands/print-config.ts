import { printableConfig } from "@reslint/core";
import type { CliConfigs } from "../configs.js";
import { pathToOpen } from "../files.js";
import { type CliIo, EXIT_OK } from "../io.js";
import { configFor } from "./config-errors.js";

/** `reslint --print-config <file>`: the settings that apply to the file, each with where it came from, as JSON. */
export async function printConfigCommand(filePath: string, configs: CliConfigs, io: CliIo): Promise<number> {
  const config = await configFor(configs, pathToOpen(filePath, io), io);
  io.stdout.write(`${JSON.stringify(printableConfig(config, io.cwd), null, 2)}\n`);
  return EXIT_OK;
}
