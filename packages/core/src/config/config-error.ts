import { relative } from "node:path";

/**
 * A config file that cannot be used: unreadable, not valid YAML or JSON, or settings that do not
 * validate. `problems` are sentences without the file's name; `describe` puts it in front.
 */
export class ConfigError extends Error {
  override readonly name: string = "ConfigError";

  constructor(
    /** The config file, absolute. */
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(problems.map((problem) => `${file}: ${problem}`).join("\n"));
  }

  /** One line per problem, the file shown relative to `cwd` when given. */
  lines(cwd?: string): string[] {
    const shown = cwd === undefined ? this.file : relative(cwd, this.file) || this.file;
    return this.problems.map((problem) => `${shown}: ${problem}`);
  }

  /** One sentence for a place that has room for one (a lint result, a diagnostic): the first problem, and how many more. */
  summary(cwd?: string): string {
    const [first = "", ...rest] = this.lines(cwd);
    if (rest.length === 0) return first;
    const more = `${rest.length} more problem${rest.length === 1 ? "" : "s"} in this config`;
    return `${first.replace(/\.$/, "")} (${more}; run reslint --print-config on the resume to see them all).`;
  }
}
