import type { ClaimSignals, Match } from "../analyse/signals.js";

/**
 * The claim signals a declarative rule can name in `when` and `unless`: every signal of
 * `ClaimSignals` that holds words of the claim (a list of matches, or one match or none).
 */
export const RULE_SIGNALS = [
  "mainVerb",
  "weakOwnership",
  "leadership",
  "leadTitles",
  "artifacts",
  "mechanisms",
  "adoption",
  "results",
  "productionOwnership",
  "decisions",
  "leadsTeam",
  "teamLeadActs",
  "coordination",
  "systemOwnership",
  "scopeMarkers",
  "strategyTerms",
  "broadStrategyTerms",
  "quantities",
  "sprintPlanning",
  "complexityConstraints",
  "complexityBuzzwords",
  "outcomes",
  "tenure",
  "tenureRemoval",
  "peopleManagement",
  "handsOn",
] as const satisfies readonly (keyof ClaimSignals)[];

/** Signals that count something (teams, services, engineers): present when the claim names a count. Only for `unless`. */
export const COUNT_SIGNALS = [
  "teamCount",
  "serviceCount",
  "engineerCount",
] as const satisfies readonly (keyof ClaimSignals)[];

export type RuleSignal = (typeof RULE_SIGNALS)[number];
export type CountSignal = (typeof COUNT_SIGNALS)[number];

// Every signal that holds matches is listed: a new one missing from RULE_SIGNALS fails to type-check here.
type MatchSignal = {
  [K in keyof ClaimSignals]: ClaimSignals[K] extends readonly Match[] | Match | null ? K : never;
}[keyof ClaimSignals];
type Unlisted = Exclude<MatchSignal, RuleSignal>;
const allListed: [Unlisted] extends [never] ? true : Unlisted = true;
void allListed;

/** The words of the claim a signal found, in reading order; empty when it found none. */
export function signalMatches(signals: ClaimSignals, name: RuleSignal): readonly Match[] {
  const value = signals[name] as readonly Match[] | Match | null;
  if (value === null) return [];
  return Array.isArray(value) ? value : [value as Match];
}

/** Whether a signal of either kind is present in the claim. */
export function signalPresent(signals: ClaimSignals, name: RuleSignal | CountSignal): boolean {
  if ((COUNT_SIGNALS as readonly string[]).includes(name)) return signals[name as CountSignal] !== null;
  return signalMatches(signals, name as RuleSignal).length > 0;
}
