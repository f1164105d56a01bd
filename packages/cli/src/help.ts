import { DEFAULT_TARGET_LEVEL, LEVEL_DESCRIPTIONS, SUPPORTED_EXTENSIONS, TARGET_LEVELS } from "@reslint/core";
import { USAGE } from "./usage.js";

/** The text of `reslint --help`. */
export function helpText(): string {
  const levelWidth = Math.max(...TARGET_LEVELS.map((level) => level.length));
  const levels = TARGET_LEVELS.map((level) => {
    const note = LEVEL_DESCRIPTIONS[level];
    const suffix = level === DEFAULT_TARGET_LEVEL ? " (default)" : "";
    return `  ${level.padEnd(levelWidth)}  ${note ?? ""}${suffix}`.trimEnd();
  }).join("\n");
  return `reslint: checks that a resume's claims read at the level it targets.

${USAGE}

Lints each file (Markdown, plain text, Word .docx or PDF) and reports claims that
undersell or overreach for the target level. PDF findings also name the page.
A directory is searched recursively for resume files (${SUPPORTED_EXTENSIONS.join(", ")}),
skipping node_modules and dot-folders. Quote globs so reslint expands them, e.g. "cv/**/*.md".

Options:
  -l, --level <level>     Target level to check against (default: ${DEFAULT_TARGET_LEVEL})
                          With --posting and no --level, the level the posting asks for
  -p, --posting <file>    A job posting (text or Markdown): infer the level it asks for and
                          print the calibration worksheet against the resume
  -f, --format <format>   Output format (default: stylish): stylish, json, sarif (code
                          scanning), github (pull-request annotations) or compact
                          (file:line:col: severity rule-id message)
  -o, --output <file>     Write the report to <file>; the terminal gets one line saying so
      --no-progress       No progress bar (it shows on a terminal for batches of 4 or more
                          files, with stylish and compact output only)
      --max-warnings <n>  Exit with 1 when there are more than n warnings (default: no limit)
      --quiet             Report errors only; warnings are not shown or counted
      --report-unused-disable-directives
                          Report disable comments that turn nothing off, as errors
      --suppress-all      Write every finding to reslint-suppressions.json in this folder;
                          later runs report only findings that are not in it
      --prune-suppressions
                          Drop the entries of reslint-suppressions.json no longer found
      --color, --no-color Force colour on or off (default: on for a terminal unless NO_COLOR is set)
      --config <file>     Use this config file for every resume instead of looking for one
      --no-config         Use no config file: only the defaults and these flags
  -h, --help              Show this help
  -v, --version           Show the version

Configuration:
  reslint uses the nearest config file in each resume's folder or a folder above it:
  .reslintrc.json, .reslintrc.yaml or .yml, reslint.config.mjs, or a "reslint" key in
  package.json. It can set level, posting, rules (off, warn or error), packs (folders or
  packages of rules and words), ignorePatterns, overrides by glob, and reader limits.
  --level and --posting win over it.

Disable comments (Markdown and text resumes):
  <!-- reslint-disable-next-line rule-id -- why -->   the claim on the next non-blank line
  <!-- reslint-disable-line rule-id -->              this line's claim
  <!-- reslint-disable rule-id --> … <!-- reslint-enable rule-id -->
  Without rule ids a comment covers every rule. Findings turned off this way are listed
  under "suppressedMessages" in --format json.

  --print-config <file>   Print the settings that apply to <file> as JSON, each with where
                          it came from (a default, a config file, an override or a flag)
  --init [yaml|json]      Write a starter .reslintrc.yaml (or .reslintrc.json) here; asks for
                          the target level when run in a terminal without --level

Rules:
  --list-rules            List the rules: default severity, the levels each runs for, and
                          the pack it comes from, with the packs of the config found here
                          (add --format json for JSON)
  --explain <rule-id>     Show a rule's page: what it flags, why, examples and how to fix it

Levels:
${levels}

Commands:
  reslint inspect <file> [--format text|json] [--config <file> | --no-config]
                          Show what reslint read from a resume: its sections, the roles
                          in them and every claim with its line:column, so you can check
                          the resume was understood before acting on the findings.

  reslint report <file> [--level <level>] [--posting <file>] -o <report.html>
                          Write one self-contained HTML page (no network needed to view it):
                          the lens radar against the target, the rubric, the posting worksheet,
                          and the resume's text with every finding marked where it stands.
                          It uses the same config file as a lint (--config, --no-config too).

Exit codes:
  0  No errors, and no more warnings than --max-warnings allows
  1  At least one error, or more warnings than --max-warnings allows
  2  Bad usage, a config file that cannot be used, or a file that could not be read
     (the other files are still linted)

Examples:
  reslint resume.md
  reslint resume.md --level staff
  reslint resumes/ --format json > report.json
  reslint "cv/**/*.md" --quiet
  reslint resume.md --max-warnings 5
  reslint resume.pdf --posting job.txt
  reslint inspect resume.md
  reslint report resume.pdf --level staff -o report.html
  reslint --init --level staff
  reslint --print-config resume.md
  reslint --explain weak-ownership-verb
`;
}
