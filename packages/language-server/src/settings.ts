import { isTargetLevel, TARGET_LEVELS, type TargetLevel } from "@reslint/core";

/** A rule's severity as a user sets it; "off" turns the rule off. */
export type SeveritySetting = "off" | "warning" | "error";

/** What the server needs to know to lint a resume. */
export interface ServerSettings {
  /** The level resumes are checked against; null: the posting's level, or senior without one. */
  level: TargetLevel | null;
  /** A job posting (text or Markdown) whose level becomes the target when `level` is not set by the user. */
  posting: string | null;
  /** Severity overrides by rule id. */
  rules: Record<string, SeveritySetting>;
  /** How long to wait after a keystroke before linting, in milliseconds. */
  debounceMs: number;
  /** Globs of the files that are resumes; other Markdown and text files are left alone. */
  files: string[];
}

export const DEFAULT_SETTINGS: Readonly<ServerSettings> = {
  level: null,
  posting: null,
  rules: {},
  debounceMs: 150,
  files: ["**/*resume*.md", "**/*cv*.md", "**/*.resume.md", "**/*resume*.txt"],
};

const SEVERITIES: readonly SeveritySetting[] = ["off", "warning", "error"];
/** Config files write "warn"; the editor takes either word. */
const SEVERITY_ALIASES: Readonly<Record<string, SeveritySetting>> = { warn: "warning" };
const MAX_DEBOUNCE_MS = 5000;

/** The settings, and one sentence for each value that was ignored because it was not valid. */
export interface ResolvedSettings {
  settings: ServerSettings;
  problems: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Merges the editor's setting layers, later ones winning field by field, over the defaults.
 * Invalid values are skipped with a sentence saying why, so one typo does not switch reslint off.
 * Config files sit beneath all of these (see `document-config.ts`).
 */
export function resolveSettings(...layers: unknown[]): ResolvedSettings {
  const settings: ServerSettings = { ...DEFAULT_SETTINGS, rules: {}, files: [...DEFAULT_SETTINGS.files] };
  const problems: string[] = [];
  for (const layer of layers) {
    if (layer === undefined || layer === null) continue;
    if (!isRecord(layer)) {
      problems.push("reslint settings must be an object; they were ignored.");
      continue;
    }
    const { level, posting, rules, debounceMs, files } = layer;
    if (level !== undefined) {
      if (level === null || level === "") settings.level = null;
      else if (typeof level === "string" && isTargetLevel(level)) settings.level = level;
      else problems.push(`reslint.level "${String(level)}" is not a level; use one of ${TARGET_LEVELS.join(", ")}.`);
    }
    if (posting !== undefined) {
      if (posting === null || posting === "") settings.posting = null;
      else if (typeof posting === "string") settings.posting = posting;
      else problems.push("reslint.posting must be the path of a text or Markdown job posting.");
    }
    if (rules !== undefined) {
      if (!isRecord(rules)) problems.push('reslint.rules must map rule ids to "off", "warning" or "error".');
      else
        for (const [ruleId, severity] of Object.entries(rules)) {
          if (typeof severity === "string" && (SEVERITIES as readonly string[]).includes(severity))
            settings.rules[ruleId] = severity as SeveritySetting;
          else if (typeof severity === "string" && SEVERITY_ALIASES[severity])
            settings.rules[ruleId] = SEVERITY_ALIASES[severity];
          else problems.push(`reslint.rules.${ruleId} must be "off", "warning" or "error".`);
        }
    }
    if (debounceMs !== undefined) {
      if (typeof debounceMs === "number" && Number.isFinite(debounceMs) && debounceMs >= 0)
        settings.debounceMs = Math.min(debounceMs, MAX_DEBOUNCE_MS);
      else problems.push("reslint.debounceMs must be a number of milliseconds, 0 or more.");
    }
    if (files !== undefined) {
      if (Array.isArray(files) && files.every((glob) => typeof glob === "string")) settings.files = [...files];
      else problems.push("reslint.files must be a list of globs, such as **/*resume*.md.");
    }
  }
  return { settings, problems };
}
