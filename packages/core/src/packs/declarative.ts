import { findAll } from "../analyse/match.js";
import { PhraseList, type Token, tokenize } from "../analyse/phrases.js";
import type { AnalysedClaim, Match } from "../analyse/signals.js";
import type { Rule, RuleContext, RuleMeta } from "../check/rule.js";
import type { SectionKind } from "../model/document.js";
import type { TargetLevel } from "../model/target-levels.js";
import type { Vocabulary } from "../vocabulary/compile.js";
import { type CountSignal, type RuleSignal, signalMatches, signalPresent } from "./signals.js";

/** A claim signal by name, or phrases of the phrase language a pack declares for one rule. */
export type SignalCondition = { signal: RuleSignal } | { phrases: readonly string[] };

/** What cancels a finding: a signal (a count signal too), or phrases. */
export type UnlessCondition = { signal: RuleSignal | CountSignal } | { phrases: readonly string[] };

/**
 * A rule written as data (a pack's `rules.yaml`, or the built-in `rules/declarative/`): when a
 * signal is present in a claim, unless others are, report the message at the words that
 * triggered it. The loader (`packs/rules-file.ts`) checks a file into this shape; nothing here
 * loads yaml or zod.
 */
export interface DeclarativeRuleDefinition {
  /** `pack/name` for a pack's rule; a built-in rule's id has no pack name. */
  id: string;
  description: string;
  severity: "warn" | "error";
  /** The target levels it runs for. */
  levels: readonly TargetLevel[];
  when: SignalCondition;
  unless: readonly UnlessCondition[];
  /** Only claims in these kinds of section; every kind when absent. */
  sections?: readonly SectionKind[];
  /** Never claims in these kinds of section. */
  skipSections?: readonly SectionKind[];
  /** The finding's message; `{trigger}` stands for the words that triggered it. */
  message: string;
  /** The rule's page in Markdown, shown by `reslint --explain`. */
  doc?: string;
}

/** The placeholders a message may hold. */
export const MESSAGE_PLACEHOLDERS = ["trigger"] as const;

/** A rule made from a definition, which it keeps for listings and docs. */
export interface DeclarativeRule extends Rule {
  readonly definition: DeclarativeRuleDefinition;
}

interface Compiled {
  when: PhraseList | null;
  unless: (PhraseList | null)[];
}

const phrasesOf = (condition: SignalCondition | UnlessCondition, vocabulary: Vocabulary) =>
  "phrases" in condition ? new PhraseList(condition.phrases, vocabulary.lexicon.numberWords) : null;

/** Fills the message's placeholders; the text is inserted as written (no `$` patterns). */
const filled = (message: string, trigger: Match) => message.split("{trigger}").join(trigger.text);

/**
 * The rule a definition describes. `url` is where its page lives (a file URL for a pack's doc);
 * `pack` names the pack it comes from, absent for a built-in rule.
 */
export function declarativeRule(
  definition: DeclarativeRuleDefinition,
  options: { url: string; pack?: string },
): DeclarativeRule {
  const compiled = new WeakMap<Vocabulary, Compiled>();
  const compile = (vocabulary: Vocabulary): Compiled => {
    let lists = compiled.get(vocabulary);
    if (!lists) {
      lists = {
        when: phrasesOf(definition.when, vocabulary),
        unless: definition.unless.map((condition) => phrasesOf(condition, vocabulary)),
      };
      compiled.set(vocabulary, lists);
    }
    return lists;
  };
  const { sections, skipSections, when, unless, message } = definition;
  const meta: RuleMeta = {
    id: definition.id,
    description: definition.description,
    severity: definition.severity === "error" ? "error" : "warning",
    levels: definition.levels,
    url: options.url,
    ...(options.pack !== undefined ? { pack: options.pack } : {}),
    ...(definition.doc !== undefined ? { doc: definition.doc } : {}),
  };
  return {
    meta,
    definition,
    check(context: RuleContext) {
      const lists = compile(context.vocabulary);
      for (const claim of context.claims) {
        const kind = claim.section.kind;
        if (sections && !sections.includes(kind)) continue;
        if (skipSections?.includes(kind)) continue;
        let tokens: Token[] | null = null;
        const phraseMatches = (list: PhraseList): Match[] => {
          tokens ??= tokenize(claim.claim.text);
          return findAll(claim.claim.text, tokens, list);
        };
        const trigger = firstMatch(claim, when, lists.when, phraseMatches);
        if (!trigger) continue;
        const cancelled = unless.some((condition, index) => {
          const list = lists.unless[index] ?? null;
          if (list) return phraseMatches(list).length > 0;
          return "signal" in condition && signalPresent(claim.signals, condition.signal);
        });
        if (cancelled) continue;
        context.report({ claim, trigger, message: filled(message, trigger) });
      }
    },
  };
}

function firstMatch(
  claim: AnalysedClaim,
  when: SignalCondition,
  list: PhraseList | null,
  phraseMatches: (list: PhraseList) => Match[],
): Match | undefined {
  if (list) return phraseMatches(list)[0];
  return "signal" in when ? signalMatches(claim.signals, when.signal)[0] : undefined;
}
