import { relative } from "node:path";
import { ConfigError } from "../config/config-error.js";

/** One problem with a pack: the file it is in (absolute) and the rest of the sentence, ":12: …" or ": …". */
export interface PackProblem {
  file: string;
  text: string;
}

/**
 * A config file whose packs cannot be used: a pack that cannot be found, or pack files that do not
 * load. Each problem names its own file (the config file for a pack it cannot find, else the pack
 * file and line), so `lines` and `summary` say where to look. `file` is the config file.
 */
export class PackError extends ConfigError {
  override readonly name: string = "PackError";

  constructor(
    configFile: string,
    readonly entries: readonly PackProblem[],
    /** The folders of the packs the config names, found or not yet valid, for an editor to watch. */
    readonly folders: readonly string[] = [],
  ) {
    super(
      configFile,
      entries.map((entry) => `${entry.file}${entry.text}`),
    );
    this.message = entries.map((entry) => `${entry.file}${entry.text}`).join("\n");
  }

  override lines(cwd?: string): string[] {
    return this.entries.map((entry) => {
      const shown = cwd === undefined ? entry.file : relative(cwd, entry.file) || entry.file;
      return `${shown}${entry.text}`;
    });
  }
}
