import { nearest } from "../config/suggest.js";
import type { Directive } from "../model/document.js";
import type { LintMessage, Severity, SuppressedMessage, Suppression } from "../model/results.js";
import { claimWords, normaliseClaim } from "./fingerprint.js";

const DIRECTIVE_NAMES = ["disable", "enable", "disable-line", "disable-next-line"];

/** A finding the user has decided to accept, named by rule and by (part of) the claim's text. */
export interface AcceptedFinding {
  rule: string;
  claim: string;
  reason?: string;
}

export interface Suppressed {
  messages: LintMessage[];
  suppressed: SuppressedMessage[];
}

function suppress(message: LintMessage, suppression: Suppression): SuppressedMessage {
  const earlier = "suppressions" in message ? (message as SuppressedMessage).suppressions : [];
  return { ...message, suppressions: [...earlier, suppression] };
}

const before = (directive: Directive, message: LintMessage) =>
  directive.line < message.line || (directive.line === message.line && directive.column <= message.column);

const names = (directive: Directive, rule: string) => directive.rules.length === 0 || directive.rules.includes(rule);

/** Which directive, if any, turns a finding off; the last range directive naming its rule before it wins. */
function suppressingDirective(message: LintMessage, directives: readonly Directive[]): Directive | null {
  const rule = message.ruleId;
  if (rule === null) return null;
  for (const directive of directives) {
    if (directive.targetLine === null || !names(directive, rule)) continue;
    if (directive.targetLine >= message.line && directive.targetLine <= message.endLine) return directive;
  }
  let disabledBy: Directive | null = null;
  for (const directive of directives) {
    if (directive.targetLine !== null || !before(directive, message) || !names(directive, rule)) continue;
    disabledBy = directive.kind === "disable" ? directive : null;
  }
  return disabledBy;
}

export interface DirectiveOutcome extends Suppressed {
  /** Messages about the comments themselves: unknown rule ids, and unused ones when asked for. */
  problems: LintMessage[];
}

export interface DirectiveOptions {
  /** Rule ids that exist; a comment naming another is reported. */
  knownRules: ReadonlySet<string>;
  /** Report disable comments that suppress nothing, at this severity. */
  reportUnused?: Severity;
  /** The nearest known rule id to a mistyped one, for the message. */
  suggest?: (id: string) => string | null;
}

function commentMessage(directive: Directive, severity: Severity, text: string): LintMessage {
  return {
    ruleId: null,
    severity,
    message: text,
    line: directive.line,
    column: directive.column,
    endLine: directive.endLine,
    endColumn: directive.endColumn,
    excerpt: `reslint-${directive.name}${directive.rules.length ? ` ${directive.rules.join(", ")}` : ""}`,
  };
}

/** A `reslint-` comment whose word is none of the four: it turns nothing off, which the writer should know. */
function unknownDirective(directive: Directive): LintMessage {
  const guess = nearest(directive.name, DIRECTIVE_NAMES);
  const hint = guess
    ? `did you mean "reslint-${guess}"?`
    : "reslint reads reslint-disable, reslint-enable, reslint-disable-line and reslint-disable-next-line.";
  return commentMessage(
    directive,
    1,
    `"reslint-${directive.name}" is not a reslint comment, so it turns nothing off; ${hint}`,
  );
}

/** Applies disable comments: what they turn off moves to `suppressed`, with the comment's reason. */
export function applyDirectives(
  messages: readonly LintMessage[],
  all: readonly Directive[],
  options: DirectiveOptions,
): DirectiveOutcome {
  const directives = all.filter((directive) => directive.kind !== "unknown");
  const used = new Map<Directive, Set<string>>();
  const kept: LintMessage[] = [];
  const suppressed: SuppressedMessage[] = [];
  for (const message of messages) {
    const directive = suppressingDirective(message, directives);
    if (!directive || message.ruleId === null) {
      kept.push(message);
      continue;
    }
    used.set(directive, (used.get(directive) ?? new Set()).add(message.ruleId));
    const justification = directive.reason ?? `reslint-${directive.kind} comment on line ${directive.line}`;
    suppressed.push(suppress(message, { kind: "directive", justification }));
  }
  const problems: LintMessage[] = all.filter((directive) => directive.kind === "unknown").map(unknownDirective);
  for (const directive of directives) {
    for (const rule of directive.rules.filter((id) => !options.knownRules.has(id))) {
      const nearest = options.suggest?.(rule);
      const hint = nearest ? `; did you mean "${nearest}"?` : "; run reslint --list-rules for the rule ids.";
      problems.push(
        commentMessage(directive, 1, `reslint-${directive.kind} names "${rule}", which is not a rule${hint}`),
      );
    }
    if (options.reportUnused === undefined || directive.kind === "enable") continue;
    const hits = used.get(directive) ?? new Set();
    const known = directive.rules.filter((id) => options.knownRules.has(id));
    if (directive.rules.length === 0 && hits.size === 0)
      problems.push(
        commentMessage(directive, options.reportUnused, "Unused reslint disable comment: nothing was reported here."),
      );
    for (const rule of known.filter((id) => !hits.has(id)))
      problems.push(
        commentMessage(
          directive,
          options.reportUnused,
          `Unused reslint disable comment: "${rule}" reported nothing here; remove it from the comment.`,
        ),
      );
  }
  return { messages: kept, suppressed, problems };
}

/** Applies accepted findings from the configuration: a finding of that rule whose claim holds that text. */
export function applyAccepted(messages: readonly LintMessage[], accepted: readonly AcceptedFinding[]): Suppressed {
  if (accepted.length === 0) return { messages: [...messages], suppressed: [] };
  // Two readings of each text: hyphens joined (a word broken at a line end) and hyphens as spaces.
  const forms = (text: string) => [normaliseClaim(text), claimWords(text)];
  const holds = (excerpt: readonly string[], claim: readonly string[]) =>
    claim.some((words, index) => words !== "" && ` ${excerpt[index]} `.includes(` ${words} `));
  const wanted = accepted.map((entry) => ({ entry, text: forms(entry.claim) }));
  const kept: LintMessage[] = [];
  const suppressed: SuppressedMessage[] = [];
  for (const message of messages) {
    const excerpt = forms(message.excerpt);
    const match = wanted.find(({ entry, text }) => entry.rule === message.ruleId && holds(excerpt, text));
    if (!match) kept.push(message);
    else
      suppressed.push(
        suppress(message, { kind: "accept", justification: match.entry.reason ?? "accepted in the configuration" }),
      );
  }
  return { messages: kept, suppressed };
}
