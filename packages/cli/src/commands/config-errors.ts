import { ConfigError, type ResolvedConfig } from "@reslint/core";
import { type CliConfigs, PostingProblem } from "../configs.js";
import type { CliIo } from "../io.js";
import { InputError } from "../usage.js";

/** The config for one file a command works on; a config or posting that cannot be used stops the command (exit 2). */
export async function configFor(configs: CliConfigs, filePath: string, io: CliIo): Promise<ResolvedConfig> {
  try {
    return await configs.forFile(filePath);
  } catch (error) {
    throw asInputError(error, io);
  }
}

/** A config file's or posting's problem as the lines to print; anything else is passed on. */
export function asInputError(error: unknown, io: CliIo): unknown {
  if (error instanceof ConfigError) return new InputError(error.lines(io.cwd));
  if (error instanceof PostingProblem) return new InputError([error.message]);
  return error;
}
