import { relative } from "node:path";

/** Where a resolved value came from, so `--print-config` can say why it holds. */
export type ConfigSource =
  | { layer: "default" }
  /** A config file (absolute path), at its top level. */
  | { layer: "file"; file: string }
  /** One of a config file's `overrides`, by index. */
  | { layer: "override"; file: string; index: number }
  /** A command-line flag, such as `--level`. */
  | { layer: "cli"; flag: string }
  /** An editor setting, such as `reslint.level`. */
  | { layer: "editor"; setting: string }
  /** The level a job posting asks for (absolute path), which became the target. */
  | { layer: "posting"; file: string };

/** A value with where it came from. */
export interface Sourced<T> {
  value: T;
  source: ConfigSource;
}

const shown = (file: string, cwd: string | undefined) => (cwd === undefined ? file : relative(cwd, file) || file);

/** A source in a few words: "default", ".reslintrc.yaml", ".reslintrc.yaml overrides[1]", "--level"… */
export function describeSource(source: ConfigSource, cwd?: string): string {
  switch (source.layer) {
    case "default":
      return "default";
    case "file":
      return shown(source.file, cwd);
    case "override":
      return `${shown(source.file, cwd)} overrides[${source.index}]`;
    case "cli":
      return source.flag;
    case "editor":
      return `editor setting ${source.setting}`;
    case "posting":
      return `the level the posting ${shown(source.file, cwd)} asks for`;
  }
}
