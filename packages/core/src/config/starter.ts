import { DEFAULT_TARGET_LEVEL, TARGET_LEVELS, type TargetLevel } from "../model/target-levels.js";

export type StarterFormat = "yaml" | "json";

/** The file `reslint --init` writes, by format. */
export const STARTER_FILE_NAMES: Readonly<Record<StarterFormat, string>> = {
  yaml: ".reslintrc.yaml",
  json: ".reslintrc.json",
};

export interface StarterOptions {
  /** The target level; null leaves it to the posting. */
  level: TargetLevel | null;
  /** A job posting, relative to the config file's folder. */
  posting?: string;
  /** The JSON Schema, relative to the config file's folder or a URL, for editors. */
  schema: string;
}

/** A starter config: the target level set, everything else shown in comments (YAML) or empty (JSON). */
export function starterConfig(format: StarterFormat, options: StarterOptions): string {
  return format === "json" ? starterJson(options) : starterYaml(options);
}

function starterYaml({ level, posting, schema }: StarterOptions): string {
  const postingLine = posting === undefined ? "# posting: job-posting.md" : `posting: ${JSON.stringify(posting)}`;
  const levelLine = level === null ? `# level: ${DEFAULT_TARGET_LEVEL}` : `level: ${level}`;
  return `# yaml-language-server: $schema=${schema}
# reslint configuration. reslint uses the nearest config file above the resume it lints;
# \`reslint --print-config <resume>\` shows the settings that apply and where each came from.

# The level the resume is checked against: ${TARGET_LEVELS.join(", ")}.
${levelLine}

# A job posting (text or Markdown), relative to this file. Without a level above, the level
# the posting asks for becomes the target; either way the output adds the posting worksheet.
${postingLine}

# Rule severities by rule id: off, warn or error, or [severity, { options }].
# \`reslint --list-rules\` lists the rules and their defaults; \`reslint --explain <rule-id>\`
# explains one.
# rules:
#   weak-ownership-verb: error
#   coordination-heavy: off

# Rule packs: folders relative to this file, or installed package names. A pack adds words to
# the vocabulary and rules of its own (ids such as acme/no-rockstar, set under rules like any).
# packs:
#   - packs/acme-ladder

# Files reslint skips, relative to this file.
# ignorePatterns:
#   - "drafts/**"

# Settings for some files only, by glob relative to this file; later entries win.
# overrides:
#   - files: ["manager/**"]
#     level: manager
#     rules:
#       unquantified-impact: error
`;
}

function starterJson({ level, posting, schema }: StarterOptions): string {
  const settings = {
    $schema: schema,
    ...(level === null ? {} : { level }),
    ...(posting === undefined ? {} : { posting }),
    rules: {},
    ignorePatterns: [],
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}
