import { isMap, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { phraseProblem } from "../analyse/phrases.js";
import { didYouMean } from "../config/suggest.js";
import type { SectionKind } from "../model/document.js";
import { TARGET_LEVELS, type TargetLevel } from "../model/target-levels.js";
import { VocabularyError } from "../vocabulary/parts.js";
import type { DeclarativeRuleDefinition, SignalCondition, UnlessCondition } from "./declarative.js";
import { COUNT_SIGNALS, RULE_SIGNALS, type RuleSignal } from "./signals.js";

/**
 * The format of a file of declarative rules (a pack's `rules.yaml`, the built-in
 * `rules/declarative/*.yaml`), checked with zod. Every problem is one sentence naming the file,
 * the line, the entry and the fix. Only pack loading and the build load this module.
 */

/** A file of declarative rules that cannot be used: `problems` holds one sentence each, file and line in front. */
export class RulesFileError extends VocabularyError {
  constructor(problems: readonly string[]) {
    super(problems.join("\n"), problems);
    this.name = "RulesFileError";
  }
}

/** One rule as the file declares it, with where its page is when it is kept in a file of its own. */
export interface DeclaredRule {
  definition: DeclarativeRuleDefinition;
  /** `docFile`, relative to the rules file, as written. */
  docFile?: string;
  /** The line the rule's entry starts on. */
  line: number;
}

/** The kinds of section a rule can be limited to; education and skills are never checked. */
const CHECKED_SECTIONS = ["summary", "experience", "projects", "other"] as const satisfies readonly SectionKind[];
const UNCHECKED_SECTIONS = ["education", "skills"] as const satisfies readonly SectionKind[];

const RULE_KEYS = [
  "id",
  "description",
  "severity",
  "levels",
  "when",
  "unless",
  "sections",
  "skipSections",
  "message",
  "doc",
  "docFile",
] as const;

const SEVERITY_HABITS: Record<string, string> = { warning: "warn", warnings: "warn", err: "error", errors: "error" };

/** Adds a problem to the entry being checked; its text follows the entry's name. */
type Problem = (message: string, path?: PropertyKey[]) => void;
const problemOf =
  (context: z.RefinementCtx): Problem =>
  (message, path = []) =>
    context.addIssue({ code: "custom", message, path });

function signalName(value: string, allowCounts: boolean, problem: Problem): RuleSignal | null {
  if ((RULE_SIGNALS as readonly string[]).includes(value)) return value as RuleSignal;
  if ((COUNT_SIGNALS as readonly string[]).includes(value)) {
    if (allowCounts) return value as RuleSignal;
    problem(
      `"${value}" counts something but holds no words to point at; put it under unless, and under when a signal that holds words (such as leadership) or phrases.`,
    );
    return null;
  }
  const known = allowCounts ? [...RULE_SIGNALS, ...COUNT_SIGNALS] : [...RULE_SIGNALS];
  const hint = didYouMean(value, known);
  problem(
    hint
      ? `"${value}" is not a signal;${hint}`
      : `"${value}" is not a signal; the signals are ${known.join(", ")} (docs/writing-a-pack.md says what each holds), or write { phrases: [...] } for words of your own.`,
  );
  return null;
}

function phrasesCondition(value: Record<string, unknown>, problem: Problem): { phrases: string[] } | null {
  const extra = Object.keys(value).filter((key) => key !== "phrases");
  if (extra.length > 0) {
    for (const key of extra)
      problem(
        `is not a key of a condition;${didYouMean(key, ["phrases"]) || " a condition is a signal's name, or { phrases: [...] }."}`,
        [key],
      );
    return null;
  }
  const phrases = value.phrases;
  if (!Array.isArray(phrases) || phrases.length === 0) {
    problem("must be a list of one or more phrases, one a line (- rockstar|ninja).", ["phrases"]);
    return null;
  }
  let ok = true;
  phrases.forEach((phrase, index) => {
    if (typeof phrase !== "string") {
      problem(`must be a phrase (text); put it in quotes ("${String(phrase)}").`, ["phrases", index]);
      ok = false;
      return;
    }
    const wrong = phraseProblem(phrase);
    if (wrong) {
      problem(`"${phrase}" ${wrong}`, ["phrases", index]);
      ok = false;
    }
  });
  return ok ? { phrases: phrases as string[] } : null;
}

/** `when` or one entry of `unless`: a signal's name, or `{ phrases: [...] }`. */
function condition(value: unknown, allowCounts: boolean, problem: Problem): SignalCondition | UnlessCondition | null {
  if (typeof value === "string") {
    const signal = signalName(value.trim(), allowCounts, problem);
    return signal ? { signal } : null;
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value))
    return phrasesCondition(value as Record<string, unknown>, problem);
  problem(
    `must be a signal's name (such as ${allowCounts ? "results" : "leadership"}) or { phrases: [...] }; it is ${kindOf(value)}.`,
  );
  return null;
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a group of keys";
  if (typeof value === "string") return `"${value}"`;
  return String(value);
}

function levelsOf(value: unknown, problem: Problem): TargetLevel[] | null {
  if (value === "all") return [...TARGET_LEVELS];
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list) || list.length === 0) {
    problem(`must be all, or a list of one or more of ${TARGET_LEVELS.join(", ")}; it is ${kindOf(value)}.`);
    return null;
  }
  let ok = true;
  list.forEach((level, index) => {
    if (typeof level === "string" && (TARGET_LEVELS as readonly string[]).includes(level)) return;
    ok = false;
    const hint = typeof level === "string" ? didYouMean(level, [...TARGET_LEVELS, "all"]) : "";
    problem(
      `${kindOf(level)} is not a level;${hint || ` the levels are ${TARGET_LEVELS.join(", ")}, or write levels: all.`}`,
      typeof value === "string" ? [] : [index],
    );
  });
  return ok ? (list as TargetLevel[]) : null;
}

function sectionsOf(value: unknown, problem: Problem): SectionKind[] | null {
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list) || list.length === 0) {
    problem(`must be a list of one or more of ${CHECKED_SECTIONS.join(", ")}; it is ${kindOf(value)}.`);
    return null;
  }
  let ok = true;
  list.forEach((kind, index) => {
    const at = typeof value === "string" ? [] : [index];
    if (typeof kind === "string" && (CHECKED_SECTIONS as readonly string[]).includes(kind)) return;
    ok = false;
    if (typeof kind === "string" && (UNCHECKED_SECTIONS as readonly string[]).includes(kind)) {
      problem(
        `"${kind}" is never checked: claims in education and skills sections list facts, so no rule sees them; remove it.`,
        at,
      );
      return;
    }
    const hint = typeof kind === "string" ? didYouMean(kind, CHECKED_SECTIONS) : "";
    problem(`${kindOf(kind)} is not a kind of section;${hint || ` the kinds are ${CHECKED_SECTIONS.join(", ")}.`}`, at);
  });
  return ok ? (list as SectionKind[]) : null;
}

/** A text the rule needs: its problem, or null. */
function textProblem(value: unknown, what: string): string | null {
  if (value === undefined) return `is missing; add ${what}.`;
  if (typeof value !== "string")
    return `must be ${what}; it is ${kindOf(value)}${typeof value === "number" || typeof value === "boolean" ? `; put it in quotes ("${String(value)}")` : ""}.`;
  if (value.trim() === "") return `is empty; write ${what}.`;
  return null;
}

function ruleSchema(namespace: string | null) {
  const idPattern = /^[a-z0-9][a-z0-9-]*$/;
  return z
    .looseObject({}, { error: "must be a rule: a group of keys, starting with - id:" })
    .transform((entry: Record<string, unknown>, context) => {
      const problem = problemOf(context);
      const missing = (key: string, fix: string): null => {
        problem(`is missing; ${fix}`, [key]);
        return null;
      };
      const before = context.issues.length;
      for (const key of Object.keys(entry)) {
        if ((RULE_KEYS as readonly string[]).includes(key)) continue;
        const hint = didYouMean(key, RULE_KEYS);
        problem(`is not a key of a rule;${hint || ` a rule has ${RULE_KEYS.join(", ")}.`}`, [key]);
      }
      const texts = {
        id: "the rule's id, such as acme/no-rockstar",
        description: "one line saying what the rule flags",
        message: "the finding's message",
        doc: "the rule's page in Markdown",
        docFile: "the path of the rule's page (a Markdown file), relative to this file",
      } as const;
      for (const [key, what] of Object.entries(texts)) {
        if ((key === "doc" || key === "docFile") && entry[key] === undefined) continue;
        const wrong = textProblem(entry[key], what);
        if (wrong) problem(wrong, [key]);
      }
      const id = typeof entry.id === "string" ? entry.id : "";
      const message = typeof entry.message === "string" ? entry.message : "";
      // The id: the pack's name, a slash and the rule's own name; a built-in rule has no pack name.
      if (id !== "") {
        const name = namespace === null ? id : id.slice(namespace.length + 1);
        if (namespace !== null && !id.startsWith(`${namespace}/`)) {
          const own = id.includes("/") ? id.slice(id.indexOf("/") + 1) : id;
          problem(`"${id}" must start with the pack's name and a slash; write "${namespace}/${own}".`, ["id"]);
        } else if (!idPattern.test(name))
          problem(
            `"${id}" must be ${namespace === null ? "" : `${namespace}/ then `}lower-case letters, digits and hyphens, such as "${namespace === null ? "" : `${namespace}/`}no-rockstar".`,
            ["id"],
          );
      }
      let severity: "warn" | "error" | null = null;
      if (entry.severity === "warn" || entry.severity === "error") severity = entry.severity;
      else {
        const habit = typeof entry.severity === "string" ? SEVERITY_HABITS[entry.severity.toLowerCase()] : undefined;
        problem(
          entry.severity === undefined
            ? "is missing; add severity: warn or severity: error."
            : `must be warn or error; ${kindOf(entry.severity)} is not one${habit ? `; did you mean "${habit}"?` : "."}`,
          ["severity"],
        );
      }
      const levels =
        entry.levels === undefined
          ? missing("levels", "add levels: all, or a list such as [senior, staff].")
          : levelsOf(entry.levels, (message, path = []) => problem(message, ["levels", ...path]));
      const when =
        entry.when === undefined
          ? missing("when", "add the signal that must be present, such as when: leadership.")
          : condition(entry.when, false, (message, path = []) => problem(message, ["when", ...path]));
      const unlessList = entry.unless === undefined ? [] : Array.isArray(entry.unless) ? entry.unless : [entry.unless];
      const unless = unlessList.map((item, index) =>
        condition(item, true, (message, path = []) =>
          problem(message, Array.isArray(entry.unless) ? ["unless", index, ...path] : ["unless", ...path]),
        ),
      );
      const sections =
        entry.sections === undefined
          ? undefined
          : sectionsOf(entry.sections, (message, path = []) => problem(message, ["sections", ...path]));
      const skipSections =
        entry.skipSections === undefined
          ? undefined
          : sectionsOf(entry.skipSections, (message, path = []) => problem(message, ["skipSections", ...path]));
      if (entry.sections !== undefined && entry.skipSections !== undefined)
        problem("cannot be given with sections; keep one of them.", ["skipSections"]);
      if (entry.doc !== undefined && entry.docFile !== undefined)
        problem("cannot be given with doc; keep the page inline (doc) or in a file (docFile).", ["docFile"]);
      for (const [placeholder] of message.matchAll(/\{[^}]*\}/g))
        if (placeholder !== "{trigger}")
          problem(
            `has "${placeholder}", which is no placeholder; write {trigger} for the words that triggered the rule.`,
            ["message"],
          );
      if (context.issues.length > before || !severity || !levels || !when || unless.some((item) => item === null))
        return z.NEVER;
      const definition: DeclarativeRuleDefinition = {
        id,
        description: String(entry.description).trim(),
        severity,
        levels,
        when: when as SignalCondition,
        unless: unless as UnlessCondition[],
        ...(sections ? { sections } : {}),
        ...(skipSections ? { skipSections } : {}),
        message: message.trim(),
        ...(typeof entry.doc === "string" ? { doc: entry.doc } : {}),
      };
      return { definition, ...(typeof entry.docFile === "string" ? { docFile: entry.docFile } : {}) };
    });
}

function fileSchema(namespace: string | null) {
  return z
    .strictObject({
      rules: z.array(ruleSchema(namespace), { error: "must be a list of rules, each starting with - id:" }),
    })
    .superRefine((file, context) => {
      const seen = new Map<string, number>();
      file.rules.forEach((rule, index) => {
        const earlier = seen.get(rule.definition.id);
        if (earlier !== undefined)
          context.addIssue({
            code: "custom",
            path: ["rules", index, "id"],
            message: `"${rule.definition.id}" is the id of rules[${earlier}] too; give each rule its own id.`,
          });
        else seen.set(rule.definition.id, index);
      });
    });
}

/** "rules[0].when", "rules[2].unless[1].phrases[0]". */
function entryName(path: readonly PropertyKey[]): string {
  let name = "";
  for (const segment of path)
    name += typeof segment === "number" ? `[${segment}]` : `${name === "" ? "" : "."}${String(segment)}`;
  return name;
}

function issueMessage(issue: z.core.$ZodIssue, data: unknown): string[] {
  const path = issue.path;
  const where = entryName(path);
  if (issue.code === "unrecognized_keys") {
    const inRule = path.length === 2 && path[0] === "rules";
    const known: readonly string[] = inRule ? RULE_KEYS : ["rules"];
    return issue.keys.map((key) => {
      const hint = didYouMean(key, known);
      const name = entryName([...path, key]);
      return inRule
        ? `${name} is not a key of a rule;${hint || ` a rule has ${known.join(", ")}.`}`
        : `${name} is not a key of a rules file;${hint || " a rules file holds one list, rules."}`;
    });
  }
  let value: unknown = data;
  for (const segment of path)
    value = value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
  if (issue.code === "custom") return [`${where} ${issue.message}`];
  if (issue.code === "invalid_type" && value === undefined) {
    if (path.length === 0 || (path.length === 1 && path[0] === "rules"))
      return ["rules is missing; a rules file holds one list, rules:, each entry starting with - id:."];
    return [`${where} is missing; add it (it ${issue.message}).`];
  }
  if (issue.code === "invalid_type") return [`${where} ${issue.message}; it is ${kindOf(value)}.`];
  return [`${where === "" ? "the file" : where} ${issue.message}.`];
}

/**
 * Parses and checks one file of declarative rules. `namespace` is the pack's name, which every id
 * must start with ("acme/…"), or null for the built-in rules. Throws a `RulesFileError` with every
 * problem of the file, each with the file, the line, the entry and the fix.
 */
export function parseRulesFile(source: { path: string; text: string }, namespace: string | null): DeclaredRule[] {
  const lines = new LineCounter();
  const document = parseDocument(source.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lines.linePos(offset).line;
  if (document.errors.length > 0)
    throw new RulesFileError(
      document.errors.map(
        (error) =>
          `${source.path}:${lineAt(error.pos[0])}: ${error.message.split("\n")[0]}; check the indentation, and put a text that starts with a special character (* & ! | > ' " % @ \` ? [ { or a quote) in quotes.`,
      ),
    );
  const data: unknown = document.toJS();
  if (!isMap(document.contents))
    throw new RulesFileError([`${source.path}: holds no rules; write rules:, a list of rules.`]);
  const lineOf = (path: readonly PropertyKey[]): string => {
    for (let length = path.length; length >= 0; length--) {
      const node = document.getIn(path.slice(0, length) as unknown[], true) as { range?: [number, number, number] };
      if (node?.range) return `:${lineAt(node.range[0])}`;
    }
    return "";
  };
  const parsed = fileSchema(namespace).safeParse(data);
  if (!parsed.success)
    throw new RulesFileError(
      parsed.error.issues.flatMap((issue) =>
        issueMessage(issue, data).map((message) => `${source.path}${lineOf(issue.path)}: ${message}`),
      ),
    );
  return parsed.data.rules.map((rule, index) => ({
    ...rule,
    line: Number(lineOf(["rules", index]).slice(1)) || 1,
  }));
}
