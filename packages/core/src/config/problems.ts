import type * as z from "zod";
import { TARGET_LEVELS } from "../model/target-levels.js";
import { CONFIG_KEYS, OVERRIDE_KEYS } from "./config-file.js";
import { keyPath } from "./key-path.js";
import { LIMIT_KEYS, LIMIT_MAXIMUMS, LIMIT_UNITS, type LimitKey } from "./limits.js";
import { didYouMean } from "./suggest.js";

const quoted = (words: readonly string[]) => words.map((word) => `"${word}"`);
const list = (words: readonly string[], last = "or") =>
  words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} ${last} ${words.at(-1)}`;

const SEVERITY_WORDS = list(quoted(["off", "warn", "error"]));

/** What the value at a path has to be, in words; null for a path inside a rule's own options. */
function expectation(path: readonly PropertyKey[]): string | null {
  const [first, second, third] = path;
  if (path.length === 0) return "an object of settings, such as { level: staff }";
  if (first === "overrides" && typeof second === "number") {
    if (path.length === 2) return "an object with files and any of level, posting and rules";
    if (third === "files")
      return path.length === 3
        ? 'a list of one or more globs, relative to this file, such as ["staff/*.md"]'
        : "a glob, such as staff/*.md";
    return expectation(path.slice(2));
  }
  switch (first) {
    case "$schema":
      return "the path or URL of reslint's JSON Schema";
    case "level":
      return `one of ${TARGET_LEVELS.join(", ")}`;
    case "posting":
      return "the path of a job posting (text or Markdown), relative to this file";
    case "rules":
      if (path.length === 1) return `an object mapping rule ids to ${SEVERITY_WORDS}`;
      if (path.length === 2) return `${SEVERITY_WORDS}, or [severity, { options }]`;
      if (path.length === 3 && third === 0) return SEVERITY_WORDS;
      if (path.length === 3 && third === 1) return "an object of the rule's options";
      return null;
    case "packs":
      return path.length === 1
        ? 'a list of rule packs: folders relative to this file, or package names, such as ["packs/acme"]'
        : "a folder relative to this file, or a package name, such as packs/acme";
    case "ignorePatterns":
      return path.length === 1
        ? 'a list of globs, relative to this file, such as ["drafts/**"]'
        : "a glob, such as drafts/**";
    case "overrides":
      return "a list of { files, level, posting, rules, accept } objects";
    case "accept":
      if (path.length === 1) return "a list of { rule, claim, reason } objects";
      if (path.length === 2) return "an object with a rule, the words of the claim, and a reason if you like";
      if (third === "rule") return "a rule id (run reslint --list-rules to see them)";
      if (third === "claim") return 'words of the claim, such as "the whole company"';
      if (third === "reason") return "a sentence saying why";
      return null;
    case "limits":
      if (path.length === 1) return `an object with any of ${list(LIMIT_KEYS, "and")}`;
      if (LIMIT_KEYS.includes(second as LimitKey)) {
        const key = second as LimitKey;
        return `a whole number of ${LIMIT_UNITS[key]} from 1 to ${LIMIT_MAXIMUMS[key]} (the built-in limit)`;
      }
      return null;
    default:
      return null;
  }
}

/** A value in a message: strings quoted, containers named, anything long cut short. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

/** Severities people write out of habit (ESLint's numbers, "warning", YAML 1.1's booleans). */
const SEVERITY_HABITS = new Map<unknown, string>([
  ["warning", "warn"],
  ["warnings", "warn"],
  ["on", "warn"],
  [0, "off"],
  [1, "warn"],
  [2, "error"],
  [false, "off"],
  [true, "warn"],
]);

function severityHint(path: readonly PropertyKey[], input: unknown): string {
  const isSeverity =
    (path[0] === "rules" && (path.length === 2 || path[2] === 0)) ||
    (path[0] === "overrides" && path[2] === "rules" && (path.length === 4 || path[4] === 0));
  if (!isSeverity) return "";
  const habit = SEVERITY_HABITS.get(typeof input === "string" ? input.toLowerCase() : input);
  if (habit) return ` did you mean "${habit}"?`;
  return typeof input === "string" ? didYouMean(input, ["off", "warn", "error"]) : "";
}

/** The words for what an unknown key is not, and the keys that would be valid there. */
function keysAt(path: readonly PropertyKey[], ruleIds: readonly string[]): { noun: string; known: readonly string[] } {
  const last = path.at(-1);
  const rulesAt = path[0] === "overrides" ? 2 : 0;
  // Only a rule without options of its own gets here: its options must be an empty object.
  if (path[rulesAt] === "rules" && path.length === rulesAt + 3 && last === 1)
    return { noun: `option of ${String(path[rulesAt + 1])}`, known: [] };
  if (last === "rules") return { noun: "rule", known: ruleIds };
  if (last === "limits") return { noun: "limit", known: LIMIT_KEYS };
  if (path[0] === "overrides" && path.length === 2) return { noun: "setting of an override", known: OVERRIDE_KEYS };
  const accepting = path[0] === "accept" || (path[0] === "overrides" && path[2] === "accept");
  if (accepting && typeof last === "number")
    return { noun: "key of an accepted finding", known: ["rule", "claim", "reason"] };
  return { noun: "setting", known: CONFIG_KEYS };
}

function unknownKey(
  path: readonly PropertyKey[],
  key: string,
  ruleIds: readonly string[],
  prefix: readonly PropertyKey[],
): string {
  const { noun, known } = keysAt(path, ruleIds);
  if (noun === "setting of an override" && key === "packs")
    return `${keyPath([...prefix, ...path, key])} cannot be set in an override: packs apply to the whole config file; move packs to the top level.`;
  const where = path.length + prefix.length === 0 ? JSON.stringify(key) : keyPath([...prefix, ...path, key]);
  const hint = didYouMean(key, known);
  if (hint !== "") return `${where} is not a ${noun};${hint}`;
  if (noun === "rule") return `${where} is not a rule; run "reslint --list-rules" to see the rules.`;
  if (known.length === 0) return `${where} is not an ${noun}, which takes no options; write its severity alone.`;
  return `${where} is not a ${noun}; reslint reads ${list(known, "and")}.`;
}

/**
 * A rule written as `[severity, options]` that fails inside the list: the issues of the list
 * branch, placed under the rule's key, rather than "must be a severity or a list".
 */
function tupleIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] | null {
  if (issue.code !== "invalid_union" || !Array.isArray((issue as { input?: unknown }).input)) return null;
  const branch = issue.errors.find(
    (issues) =>
      !issues.some(
        (inner) => inner.path.length === 0 && (inner.code === "invalid_type" || inner.code === "invalid_value"),
      ),
  );
  if (!branch || branch.length === 0) return null;
  return branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
}

/**
 * One issue from the schema as sentences: the key path, what it must be, and what was there.
 * `prefix` is where the settings sit in the file (`["reslint"]` in package.json).
 */
export function issueSentences(
  issue: z.core.$ZodIssue,
  ruleIds: readonly string[],
  prefix: readonly PropertyKey[] = [],
): string[] {
  const { path } = issue;
  if (issue.code === "unrecognized_keys") return issue.keys.map((key) => unknownKey(path, key, ruleIds, prefix));
  const tuple = tupleIssues(issue);
  if (tuple) return tuple.flatMap((inner) => issueSentences(inner, ruleIds, prefix));
  const where = path.length + prefix.length === 0 ? "the file" : keyPath([...prefix, ...path]);
  const wanted = expectation(path);
  if (wanted === null) return [`${where}: ${issue.message}.`];
  const input = (issue as { input?: unknown }).input;
  const got = input === undefined ? "" : `; ${shown(input)} is not one`;
  const hint =
    path.at(-1) === "rule" && typeof input === "string" ? didYouMean(input, ruleIds) : severityHint(path, input);
  return [`${where} must be ${wanted}${got}.${hint}`.replace(/\.\s*did/, "; did")];
}
