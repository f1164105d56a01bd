import type { Vocabulary } from "../vocabulary/compile.js";
import {
  afterTo,
  lemmaOf as clauseLemmaOf,
  clauseVerbPositions,
  describesWriter,
  findMainVerb,
  isAdjectival,
  isAdverb,
  isCapitalised,
  labelEnd,
  mainVerbPosition,
  opensClause,
  opensSentence,
  sentenceStarts,
} from "./clauses.js";
import type { Lexicon } from "./lexicon.js";
import { findAll, isYear, tokenMatch, toMatch } from "./match.js";
import { numberValue, type PhraseList, type PhraseMatch, type Token, tokenize } from "./phrases.js";
import {
  type ClaimSignals,
  type MainVerb,
  type Match,
  type OwnershipStrength,
  SCOPE_LEVELS,
  type ScopeLevel,
  type ScopeMarker,
} from "./signals.js";

function ownershipOf(lexicon: Lexicon, verb: MainVerb | null, weak: boolean): OwnershipStrength {
  if (weak) return "contributor";
  if (!verb) return "none";
  if (lexicon.ownership.owner.has(verb.lemma)) return "owner";
  if (lexicon.ownership.builder.has(verb.lemma)) return "builder";
  if (lexicon.ownership.contributor.has(verb.lemma)) return "contributor";
  return "builder";
}

function findLeadership(lexicon: Lexicon, text: string, tokens: readonly Token[], mainAt: number): Match[] {
  const acts = lexicon.leadership.findAll(tokens).filter((match) => {
    const first = tokens[match.first] as Token;
    const next = tokens[match.last];
    // "which led to a 30% drop" reports a consequence; "inspired by" is passive.
    const passive =
      lexicon.leadershipPassiveMarkers.has(next?.norm ?? "") &&
      !lexicon.leadershipPassiveExceptions.matchAt(tokens, match.last);
    if (
      passive ||
      lexicon.leadershipConsequences.matchAt(tokens, match.first) ||
      isAdjectival(lexicon, tokens, match.first)
    )
      return false;
    // "Directed read traffic to the replicas": the verb moves requests, not people.
    if (lexicon.leadershipNotBefore.matchAt(tokens, match.last)) return false;
    // "committed to empowering the community": after "to" some verbs only state an aim.
    if (lexicon.leadershipPurposeOnly.has(first.norm) && afterTo(lexicon, tokens, match.first)) return false;
    if (!lexicon.leadershipClauseOnly.has(first.norm)) return true;
    // "Lead Developer on …", "Key skills: …, Mentoring" name a title or a skill, not an act.
    if (!next || /^\p{Lu}/u.test(next.raw) || lexicon.roleNouns.has(next.norm)) return false;
    return opensClause(lexicon, text, tokens, match.first, mainAt);
  });
  return acts.map((match) => toMatch(text, tokens, match));
}

/** "Tech lead for the partner squad" claims the role; "paired with the team lead" names another. */
function findLeadTitles(lexicon: Lexicon, text: string, tokens: readonly Token[]): Match[] {
  return (
    lexicon.leadTitles
      .findAll(tokens)
      // "Tech Lead | Tooling Engineer | Maintainer" lists titles, it claims nothing.
      .filter((match) => {
        const after = text.slice((tokens[match.last - 1] as Token).end, tokens[match.last]?.start ?? text.length);
        return describesWriter(lexicon, tokens, match.first) && !after.includes("|");
      })
      .map((match) => toMatch(text, tokens, match))
  );
}

/** "This noticeably increased …", "My work enabled …": an outcome right after a sentence's subject. */
function followsSubject(lexicon: Lexicon, text: string, tokens: readonly Token[], at: number): boolean {
  let index = at;
  while (index > 0 && at - index < 2 && isAdverb(lexicon, (tokens[index - 1] as Token).norm)) index--;
  for (let start = Math.max(0, index - 3); start < index; start++) {
    // Matched on the words before the outcome only, so the subject must end where the verb starts.
    const subject = lexicon.outcomeSubjects.matchAt(tokens.slice(0, index), start);
    if (subject && subject.last === index && opensSentence(text, tokens, start)) return true;
  }
  return false;
}

/**
 * "Enhanced the order service with multi-currency support", "maintain and enhance their app": with
 * a thing as its object and the addition named, or beside a verb of building, "enhance" means
 * building on it, a change made rather than an effect claimed, unless a quality follows.
 */
function buildsOnArtefact(lexicon: Lexicon, text: string, tokens: readonly Token[], match: PhraseMatch): boolean {
  if (!lexicon.outcomeBuildVerbs.has((tokens[match.first] as Token).norm)) return false;
  let artefact = false;
  let addition = false;
  for (let at = match.last; at < Math.min(tokens.length, match.last + 6); at++) {
    const token = tokens[at] as Token;
    if (at > match.last && /[,.;:()—–]/.test(text.slice((tokens[at - 1] as Token).end, token.start))) break;
    if (lexicon.outcomeObjectEnds.has(token.norm)) {
      addition = lexicon.outcomeAdditionMarkers.has(token.norm);
      break;
    }
    if (lexicon.outcomeArtefacts.has(token.norm)) artefact = true;
  }
  const paired =
    lexicon.outcomeBuildJoiners.has(tokens[match.first - 1]?.norm ?? "") &&
    lexicon.outcomeBuildPairs.has(tokens[match.first - 2]?.norm ?? "");
  const quality = tokens.slice(match.last).some((token) => lexicon.outcomeQualities.has(token.norm));
  return artefact && (addition || paired) && !quality;
}

/** End of a lead-in written in title case ("Improving Deep Neural Networks: …"): a course or project name. */
function titleEnd(text: string, tokens: readonly Token[]): number {
  const end = labelEnd(text, tokens);
  if (end === null || end < 2) return 0;
  const title = tokens.slice(0, end).every((token) => token.raw.length < 4 || /^[\p{Lu}\d]/u.test(token.raw));
  return title ? end : 0;
}

function findOutcomes(
  lexicon: Lexicon,
  text: string,
  tokens: readonly Token[],
  mainAt: number,
  mainVerb: MainVerb | null,
): Match[] {
  const hasMainVerb = mainVerb !== null;
  const helpVerb = mainVerb !== null && lexicon.outcomeHelpVerbs.has(mainVerb.lemma);
  const title = titleEnd(text, tokens);
  // "Won the hackathon with a tool to streamline …": the claim names its result.
  if (lexicon.outcomeNamedResults.findAll(tokens).length > 0) return [];
  return lexicon.outcomes
    .findAll(tokens)
    .filter((match) => {
      const previous = tokens[match.first - 1];
      const first = tokens[match.first] as Token;
      if (isCapitalised(first) || match.first < title) return false;
      if (buildsOnArtefact(lexicon, text, tokens, match)) return false;
      // "to improve …" states an aim; it is a claim of impact only when the writer did the work
      // ("Rewrote the cache to improve …"), not in "opportunities to grow" or "hired me to enhance".
      const after = previous?.norm ?? "";
      if (lexicon.infinitiveMarkers.has(after) && (!hasMainVerb || !lexicon.outcomeBaseForms.has(first.norm)))
        return false;
      if (lexicon.outcomeNotAfterWithoutVerb.has(after) && !hasMainVerb) return false;
      // "Helped the team reduce flaky tests": the help verb takes a bare outcome verb.
      if (helpVerb && match.first > mainAt && match.first <= mainAt + 4 && lexicon.outcomeBaseForms.has(first.norm)) {
        return true;
      }
      if (previous && lexicon.outcomeAdjectiveBefore.has(previous.norm) && match.first !== mainAt) return false;
      return (
        opensClause(lexicon, text, tokens, match.first, mainAt) || followsSubject(lexicon, text, tokens, match.first)
      );
    })
    .map((match) => toMatch(text, tokens, match));
}

function findResults(lexicon: Lexicon, text: string, tokens: readonly Token[]): Match[] {
  const matches = lexicon.results.findAll(tokens).filter((match) => {
    // "from 2019 to 2021" or "by 2024" is a date, not a measure.
    const numbers = tokens
      .slice(match.first, match.last)
      .filter((token) => numberValue(token.norm, lexicon.numberWords) !== null);
    return numbers.length === 0 || numbers.some((token) => !isYear(token));
  });
  const found = matches.map((match) => toMatch(text, tokens, match));
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (!next || isYear(token) || numberValue(token.norm, lexicon.numberWords) === null) return;
    if (!lexicon.resultUnits.has(next.norm)) return;
    if (found.some((match) => match.start <= token.start && match.end >= next.end)) return;
    found.push({ text: text.slice(token.start, next.end), start: token.start, end: next.end });
  });
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The words at `at` tell the writer's career in general: "I've worked for…", "Harry has applied
 * his skills…". "I have owned the pipelines…" names work and is not a story of time served.
 */
function aboutTheWriter(lexicon: Lexicon, tokens: readonly Token[], at: number): boolean {
  const subject = tokens[at];
  if (!subject) return false;
  const named = /^\p{Lu}\p{Ll}/u.test(subject.raw) && lexicon.careerVerbsAfterName.has(tokens[at + 1]?.norm ?? "");
  if (!lexicon.careerSubjects.has(subject.norm) && !named) return false;
  let verb = at + 1;
  while (verb < at + 3 && lexicon.careerVerbsAfterName.has(tokens[verb]?.norm ?? "")) verb++;
  const word = tokens[verb]?.norm ?? "";
  return lexicon.careerNarrativeVerbs.has(word);
}

function findTenure(
  lexicon: Lexicon,
  text: string,
  tokens: readonly Token[],
  mainAt: number,
  hasMainVerb: boolean,
): Match[] {
  const spans = lexicon.tenure.findAll(tokens).filter((match) => {
    const previous = tokens[match.first - 1];
    // "ran the rotation for 3 years" is how long an activity lasted.
    return !(previous && lexicon.tenureNotAfter.has(previous.norm));
  });
  // "12 years of hands-on Java", "A decade in machine learning": a span of years standing in
  // for the claim itself, before any verb says what was done.
  const durations = lexicon.tenureDurations.findAll(tokens).filter((match) => {
    const previous = tokens[match.first - 1];
    if (previous && lexicon.durationsNotAfter.has(previous.norm)) return false;
    return !hasMainVerb || match.first < mainAt;
  });
  // "Seasoned engineer …" labels the writer; "coached a seasoned Java team" describes others.
  const labels = lexicon.tenureSelfLabels
    .findAll(tokens)
    .filter((match) => describesWriter(lexicon, tokens, match.first));
  // "My passion for technology began in 2004", "Extensive experience in SQL tuning": a career
  // told as a story or a quantity, rather than as work.
  const stories = lexicon.tenureStories.findAll(tokens);
  // "Over the past 13 years, I've worked for…", "Since 2006, he has…": a sentence that opens with
  // the length of a career and goes on about the writer; "Over the past 2 years, cut costs 30%"
  // is how long one piece of work took.
  const openers = [0, ...sentenceStarts(text, tokens, 0)]
    .map((start) => lexicon.careerSpanOpeners.matchAt(tokens, start))
    .filter((match): match is PhraseMatch => match !== null)
    .filter((match) => aboutTheWriter(lexicon, tokens, match.last));
  const found: PhraseMatch[] = [];
  for (const match of [...spans, ...durations, ...labels, ...stories, ...openers].sort((a, b) => a.first - b.first)) {
    const last = found.at(-1);
    if (!last || match.first >= last.last) found.push(match);
  }
  return found.map((match) => toMatch(text, tokens, match));
}

/** What a clause can end on: the text after a removable phrase must start with one of these, or be empty. */
const CLAUSE_END = /^\s*(?:[.,;:!?)]|$)/u;

function findTenureRemoval(
  lexicon: Lexicon,
  text: string,
  tokens: readonly Token[],
  tenure: readonly Match[],
): Match | null {
  const first = tenure[0];
  if (!first) return null;
  const at = tokens.findIndex((token) => token.start === first.start);
  const connector = tokens[at - 1];
  // "with over 9 years" already holds its connector; "with 9 years" has it just before.
  const opening = tokens[at];
  const start = opening && lexicon.tenureRemovableAfter.has(opening.norm) ? opening : connector;
  if (!start || !lexicon.tenureRemovableAfter.has(start.norm) || start === tokens[0]) return null;
  if (!CLAUSE_END.test(text.slice(first.end))) return null;
  // The space before the connector goes too, so "engineer with 9 years." becomes "engineer.".
  const from = text.slice(0, start.start).trimEnd().length;
  return { text: text.slice(from, first.end), start: from, end: first.end };
}

function findScope(
  lexicon: Lexicon,
  text: string,
  tokens: readonly Token[],
): { markers: ScopeMarker[]; scope: ScopeLevel } {
  // "to the industry standard" describes a protocol, not the writer's reach.
  const descriptive = findAll(text, tokens, lexicon.notScope);
  const within = (match: Match, spans: readonly Match[]) =>
    spans.some((other) => other.start <= match.start && other.end >= match.end);
  const reach: ScopeMarker[] = [];
  // "used by the whole company", "presented to the entire org": an audience, not the claim's scope.
  const audience: Match[] = [];
  for (const [level, list] of Object.entries(lexicon.scopeReach) as [ScopeMarker["level"], PhraseList][]) {
    for (const match of list.findAll(tokens)) {
      const found = toMatch(text, tokens, match);
      const before = tokens[match.first - 1];
      if (before && lexicon.scopeReachNotAfter.has(before.norm)) audience.push(found);
      else if (!within(found, descriptive)) reach.push({ ...found, level, reach: true });
    }
  }
  const markers: ScopeMarker[] = [...reach];
  for (const [level, list] of Object.entries(lexicon.scope) as [ScopeMarker["level"], PhraseList][]) {
    const found = findAll(text, tokens, list).filter(
      (match) => !within(match, descriptive) && !within(match, reach) && !within(match, audience),
    );
    markers.push(...found.map((match) => ({ ...match, level, reach: false })));
  }
  markers.sort((a, b) => a.start - b.start);
  const widest = Math.max(0, ...markers.map((marker) => SCOPE_LEVELS.indexOf(marker.level)));
  return { markers, scope: SCOPE_LEVELS[widest] ?? "none" };
}

/** The largest number inside the list's matches ("across 300 services" → 300), years aside. */
function largestCount(lexicon: Lexicon, tokens: readonly Token[], list: PhraseList): number | null {
  let largest: number | null = null;
  for (const match of list.findAll(tokens)) {
    for (let at = match.first; at < match.last; at++) {
      const token = tokens[at] as Token;
      const value = numberValue(token.norm, lexicon.numberWords);
      if (value !== null && !isYear(token)) largest = Math.max(largest ?? 0, value);
    }
  }
  return largest;
}

/** A label in the first words after the main verb describes what the writer made ("Built a robust …"). */
function inMainObject(
  lexicon: Lexicon,
  text: string,
  tokens: readonly Token[],
  first: number,
  mainAt: number,
  hasMainVerb: boolean,
): boolean {
  if (!hasMainVerb || first <= mainAt || first - mainAt > 5) return false;
  for (let at = mainAt + 1; at <= first; at++) {
    if (at < first && lexicon.complexityObjectBreaks.has((tokens[at] as Token).norm)) return false;
    if (/[.;:()]/.test(text.slice((tokens[at - 1] as Token).end, (tokens[at] as Token).start))) return false;
  }
  return true;
}

function findComplexityLabels(
  lexicon: Lexicon,
  text: string,
  tokens: readonly Token[],
  mainAt: number,
  hasMainVerb: boolean,
): Match[] {
  const notLabels = findAll(text, tokens, lexicon.complexityNotLabels);
  const descriptive = lexicon.complexityDescriptive
    .findAll(tokens)
    .filter((match) => inMainObject(lexicon, text, tokens, match.first, mainAt, hasMainVerb));
  return [...lexicon.complexityBuzzwords.findAll(tokens), ...descriptive]
    .sort((a, b) => a.first - b.first)
    .filter((match) => {
      const first = tokens[match.first] as Token;
      const next = tokens[match.last];
      // "the Large-Scale Scrum framework": capitalised inside a sentence and followed by another
      // capitalised word, the label is part of a name.
      const named = /^\p{Lu}/u.test(first.raw) && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next.raw);
      if (named && !opensSentence(text, tokens, match.first)) return false;
      // "talks on fault tolerance and high availability": the subject of a talk or course, not the
      // writer's system.
      for (let at = match.first - 1; at >= Math.max(0, match.first - 6); at--) {
        if (/[.;:()]/.test(text.slice((tokens[at] as Token).end, (tokens[at + 1] as Token).start))) break;
        const topic = lexicon.complexityTopicBefore.matchAt(tokens, at);
        if (topic && topic.last <= match.first) return false;
      }
      return true;
    })
    .map((match) => toMatch(text, tokens, match))
    .filter((match) => !notLabels.some((other) => other.start <= match.start && other.end >= match.end));
}

/** "Route 53", "Java 17": a bare number after a capitalised word inside a sentence is a name or version. */
function isVersion(text: string, tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1];
  const token = tokens[at] as Token;
  if (!previous || !/^\d+(?:\.\d+)*$/.test(token.norm) || !/^\p{Lu}/u.test(previous.raw)) return false;
  return text.slice(previous.end, token.start) === " " && !opensSentence(text, tokens, at - 1);
}

function findQuantities(lexicon: Lexicon, text: string, tokens: readonly Token[]): Match[] {
  return tokens
    .filter((token, at) => /\d/.test(token.norm) && !isYear(token) && !isVersion(text, tokens, at))
    .filter(
      (token) =>
        numberValue(token.norm.replace(/[%x]$/, ""), lexicon.numberWords) !== null || /^[$€£]\d/.test(token.norm),
    )
    .map(tokenMatch);
}

/** How far after a hands-on verb its object is looked for. */
const HANDS_ON_OBJECT_WINDOW = 3;

function findHandsOn(lexicon: Lexicon, tokens: readonly Token[]): Match[] {
  return tokens
    .filter((token, at) => {
      if (!lexicon.handsOn.has(clauseLemmaOf(lexicon, token.norm))) return false;
      const object = tokens.slice(at + 1, at + 1 + HANDS_ON_OBJECT_WINDOW);
      return !object.some((word) => lexicon.handsOnNotBefore.has(word.norm));
    })
    .map(tokenMatch);
}

/**
 * Strategy words the writer claims as their own. "contributing to the company's shift" or
 * "translated the company strategy into …" name a strategy the writer worked within; the context
 * word reaches the term only inside its clause ("a strong, aligned team and reshape …" does not).
 * "to the industry standard" describes a protocol, not a standard the writer set.
 */
function findStrategy(lexicon: Lexicon, text: string, tokens: readonly Token[], list: PhraseList): Match[] {
  const descriptive = lexicon.notScope.findAll(tokens);
  return list
    .findAll(tokens)
    .filter((match) => !descriptive.some((other) => other.first <= match.first && other.last >= match.last))
    .filter((match) => {
      for (let at = match.first - 1; at >= Math.max(0, match.first - 4); at--) {
        const token = tokens[at] as Token;
        const gap = text.slice(token.end, (tokens[at + 1] as Token).start);
        if (lexicon.strategyContextBreaks.has(token.norm) || /[,;:]/.test(gap)) break;
        if (lexicon.strategyContextBefore.matchAt(tokens, at)) return false;
      }
      return true;
    })
    .map((match) => toMatch(text, tokens, match));
}

/** Team-planning words in a claim that calls that planning strategy, vision or a roadmap. */
function findSprintPlanning(lexicon: Lexicon, text: string, tokens: readonly Token[]): Match[] {
  for (const pair of lexicon.planningMismatch) {
    if (pair.claims.findAll(tokens).length === 0) continue;
    const planning = findAll(text, tokens, pair.planning);
    if (planning.length > 0) return planning;
  }
  return [];
}

function findArtifacts(
  lexicon: Lexicon,
  text: string,
  tokens: readonly Token[],
  leadership: readonly Match[],
): Match[] {
  return (
    lexicon.artifacts
      .findAll(tokens)
      // "to guide decisions" is a verb; "to maintain high-quality standards" names a goal, not a document.
      .filter((match) => !lexicon.artifactsNotAfter.has(tokens[match.first - 1]?.norm ?? ""))
      .map((match) => toMatch(text, tokens, match))
      // "Guides junior engineers …": the word is the leadership verb, not a document.
      .filter((artifact) => !leadership.some((act) => act.start <= artifact.start && act.end >= artifact.end))
  );
}

/** False when a mechanism word is passive ("was hired by"), done to the writer ("hired me"), or an adjective ("the newly designed components"). */
function isWritersAct(lexicon: Lexicon, tokens: readonly Token[], match: PhraseMatch): boolean {
  const previous = tokens[match.first - 1];
  if (previous && (lexicon.mechanismsNotAfter.has(previous.norm) || lexicon.mechanismPassiveAfter.has(previous.norm))) {
    return false;
  }
  if (lexicon.mechanismWriterObjects.has(tokens[match.last]?.norm ?? "")) return false;
  return !(match.last - match.first === 1 && isAdjectival(lexicon, tokens, match.first));
}

/** Decisions and mechanisms are the writer's own acts only when not passive or done to the writer. */
function findActs(lexicon: Lexicon, text: string, tokens: readonly Token[], list: PhraseList): Match[] {
  return list
    .findAll(tokens)
    .filter((match) => isWritersAct(lexicon, tokens, match))
    .map((match) => toMatch(text, tokens, match));
}

function findMechanisms(lexicon: Lexicon, text: string, tokens: readonly Token[]): Match[] {
  return (
    lexicon.mechanisms
      .findAll(tokens)
      // "Setting technical vision" restates a leadership claim rather than showing how it was done.
      .filter(
        (match) => isWritersAct(lexicon, tokens, match) && !lexicon.mechanismsNotBefore.matchAt(tokens, match.last),
      )
      .map((match) => toMatch(text, tokens, match))
  );
}

/**
 * The weak phrase at `at`, if any. A leadership reading of the same words wins ("Worked with many
 * teams" is an influence claim), and working alongside others is weak only when the claim names
 * no part of the writer's own: no act, result or adoption ("Worked with the tax team to close 14
 * findings", "… then wrote the compatibility rules they now enforce").
 */
function findWeakOwnership(
  lexicon: Lexicon,
  tokens: readonly Token[],
  at: number,
  ownPartNamed: boolean,
): PhraseMatch | null {
  if (lexicon.leadership.matchAt(tokens, at)) return null;
  const match =
    lexicon.weakOwnership.matchAt(tokens, at) ?? (ownPartNamed ? null : lexicon.collaboration.matchAt(tokens, at));
  if (!match) return null;
  // "Contributed 40 pull requests", "Supported 300 merchants": counted work names what was done.
  if (lexicon.weakOwnershipNotBefore.matchAt(tokens, match.last)) return null;
  return match;
}

/** Dictionary form of a verb, as the vocabulary's word forms find it ("designed" → "design"). */
export function lemmaOf(norm: string, vocabulary: Vocabulary): string {
  return clauseLemmaOf(vocabulary.lexicon, norm);
}

/** Computes every signal for one claim, with the vocabulary's words. Rules read these; none of them re-reads the text. */
export function analyseClaim(text: string, vocabulary: Vocabulary): ClaimSignals {
  const lexicon = vocabulary.lexicon;
  const tokens = tokenize(text);
  let mainAt = mainVerbPosition(lexicon, tokens);
  let mainVerb = findMainVerb(lexicon, tokens, mainAt);
  const afterLabel = labelEnd(text, tokens);
  if (!mainVerb && afterLabel !== null) {
    // "Rate limiting service: Built a custom …": the verb follows a lead-in label.
    mainAt = mainVerbPosition(lexicon, tokens, afterLabel);
    mainVerb = findMainVerb(lexicon, tokens, mainAt);
  }
  // "Billing: Service for invoices. Involved in the dunning work.": every clause of a claim has a
  // verb of its own, and a weak one anywhere hides the writer's part.
  const results = findResults(lexicon, text, tokens);
  const quantities = findQuantities(lexicon, text, tokens);
  const mechanisms = findMechanisms(lexicon, text, tokens);
  const adoption = findAll(text, tokens, lexicon.adoption);
  const ownPartNamed = [results, quantities, mechanisms, adoption].some((found) => found.length > 0);
  const weakMatch =
    clauseVerbPositions(lexicon, text, tokens, mainAt, mainVerb)
      .map((at) => findWeakOwnership(lexicon, tokens, at, ownPartNamed))
      .find((match) => match !== null) ?? null;
  const weakOwnership = weakMatch ? toMatch(text, tokens, weakMatch) : null;
  const leadership = findLeadership(lexicon, text, tokens, mainAt);
  const { markers, scope } = findScope(lexicon, text, tokens);
  const sprintPlanning = findSprintPlanning(lexicon, text, tokens);
  const tenure = findTenure(lexicon, text, tokens, mainAt, mainVerb !== null);
  return {
    mainVerb,
    ownershipStrength: ownershipOf(lexicon, mainVerb, weakOwnership !== null),
    mainVerbBuilds: mainVerb !== null && lexicon.ownership.builder.has(mainVerb.lemma),
    weakOwnership,
    leadership,
    leadTitles: findLeadTitles(lexicon, text, tokens),
    artifacts: findArtifacts(lexicon, text, tokens, leadership),
    mechanisms,
    adoption,
    results,
    productionOwnership: findAll(text, tokens, lexicon.productionOwnership),
    systemOwnership: findAll(text, tokens, lexicon.systemOwnership),
    decisions: findActs(lexicon, text, tokens, lexicon.decisions),
    teamLeadActs: findActs(lexicon, text, tokens, lexicon.teamLeadActs),
    leadsTeam: findActs(lexicon, text, tokens, lexicon.leadsTeam),
    coordination: findAll(text, tokens, lexicon.coordination),
    scopeMarkers: markers,
    scope,
    teamCount: largestCount(lexicon, tokens, lexicon.teamCount),
    serviceCount: largestCount(lexicon, tokens, lexicon.serviceCount),
    engineerCount: largestCount(lexicon, tokens, lexicon.engineerCount),
    strategyTerms: findStrategy(lexicon, text, tokens, lexicon.scopedStrategy),
    broadStrategyTerms: findStrategy(lexicon, text, tokens, lexicon.broadStrategy),
    sprintPlanning,
    complexityConstraints: findAll(text, tokens, lexicon.complexityConstraints),
    complexityBuzzwords: findComplexityLabels(lexicon, text, tokens, mainAt, mainVerb !== null),
    outcomes: findOutcomes(lexicon, text, tokens, mainAt, mainVerb),
    tenure,
    tenureRemoval: findTenureRemoval(lexicon, text, tokens, tenure),
    peopleManagement: findAll(text, tokens, lexicon.peopleManagement),
    handsOn: findHandsOn(lexicon, tokens),
    quantities,
  };
}
