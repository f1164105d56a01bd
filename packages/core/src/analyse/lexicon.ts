import { type DataReader, readData } from "../vocabulary/read-data.js";
import type { VocabularyData } from "../vocabulary/types.js";
import { PhraseList } from "./phrases.js";

/**
 * The word lists the claim analysis, the level model and posting reading use, compiled from a
 * vocabulary's data: phrase lists indexed by first word, word sets, and the word-form rules.
 * Nothing here names a word; every word comes from the data.
 */
export function compileLexicon(data: VocabularyData) {
  const read = readData(data);
  const numberWords = new Map(
    Object.entries(read.part("numbers").map("words")).map(([word, value]) => {
      if (typeof value !== "number") throw read.part("numbers").error(`words.${word}`, "must be a number");
      return [word, value] as const;
    }),
  );
  const reader = (name: Parameters<typeof read.part>[0]) => {
    const part = read.part(name);
    return {
      words: (key: string) => new Set(part.strings(key)),
      phrases: (key: string) => new PhraseList(part.strings(key), numberWords),
      strings: (key: string) => part.strings(key),
      group: (key: string) => part.group(key),
      part,
    };
  };
  const phrasesOf = (group: DataReader, key: string) => new PhraseList(group.strings(key), numberWords);

  const syntax = reader("syntax");
  const forms = reader("word-forms");
  const weak = reader("weak-ownership");
  const leadership = reader("leadership");
  const mechanisms = reader("mechanisms");
  const artifacts = reader("artifacts");
  const scope = reader("scope");
  const strategy = reader("strategy");
  const complexity = reader("complexity");
  const outcomes = reader("outcomes");
  const results = reader("results");
  const tenure = reader("tenure");
  const ownership = reader("ownership");
  const titles = reader("title-levels");
  const posting = reader("posting-clues");
  const teamLead = reader("team-lead");
  const buildSense = outcomes.group("buildSense");
  const scopeLevels = scope.group("levels");
  const scopeReach = scope.group("reach");
  const titleLevels = titles.group("levels");
  const silentE = forms.group("silentE");
  const alternatives = (endings: readonly string[]) =>
    endings.map((ending) => ending.replace(/[^\p{L}]/gu, "")).join("|");

  const owner = ownership.words("owner");
  const builder = ownership.words("builder");
  const contributor = ownership.words("contributor");

  return {
    numberWords,
    leadingFiller: syntax.words("leadingFiller"),
    articles: syntax.words("articles"),
    linkingVerbs: syntax.words("linkingVerbs"),
    objectMarkers: syntax.words("objectMarkers"),
    titleFollowers: syntax.words("titleFollowers"),
    infinitiveMarkers: syntax.words("infinitiveMarkers"),
    verbJoiners: syntax.words("verbJoiners"),
    copulas: syntax.words("copulas"),
    wordForms: {
      adverbEndings: forms.strings("adverbEndings"),
      /** A word of three or more letters in a past tense ("migrated"). */
      pastTense: new RegExp(`^[a-z-]{3,}(?:${alternatives(forms.strings("pastTenseEndings"))})$`),
      /** A verb form before "and" ("listening and helping"). */
      verbForm: new RegExp(`[a-z](?:${alternatives(forms.strings("verbFormEndings"))})$`),
      replaced: forms.part.list("replacedEndings").map((entry, index) => {
        const pair = forms.part.item("replacedEndings", index, entry);
        return { ending: pair.string("ending"), by: pair.string("by") };
      }),
      stripped: forms.strings("strippedEndings"),
      silentE: { letter: silentE.string("letter"), after: new RegExp(silentE.string("after")) },
    },
    weakOwnership: weak.phrases("phrases"),
    weakOwnershipNotBefore: weak.phrases("notBefore"),
    collaboration: weak.phrases("collaboration"),
    clauseSubjects: weak.words("clauseSubjects"),
    clauseLeadIns: weak.phrases("leadIns"),
    lightVerbs: weak.words("lightVerbs"),
    placeOpeners: weak.words("placeOpeners"),
    leadership: leadership.phrases("phrases"),
    leadershipPurposeOnly: leadership.words("purposeOnly"),
    leadershipClauseOnly: leadership.words("clauseOnly"),
    leadershipNotBefore: leadership.phrases("notBefore"),
    leadershipConsequences: leadership.phrases("consequences"),
    leadershipPassiveMarkers: leadership.words("passiveMarkers"),
    leadershipPassiveExceptions: leadership.phrases("passiveExceptions"),
    leadTitles: leadership.phrases("titles"),
    mechanisms: mechanisms.phrases("phrases"),
    mechanismsNotAfter: mechanisms.words("notAfter"),
    mechanismsNotBefore: mechanisms.phrases("notBefore"),
    mechanismPassiveAfter: mechanisms.words("passiveAfter"),
    mechanismWriterObjects: mechanisms.words("writerObjects"),
    determiners: mechanisms.words("determiners"),
    artifacts: artifacts.phrases("phrases"),
    artifactsNotAfter: artifacts.words("notAfter"),
    adoption: reader("adoption").phrases("phrases"),
    productionOwnership: reader("production-ownership").phrases("phrases"),
    decisions: reader("decisions").phrases("phrases"),
    teamLeadActs: teamLead.phrases("phrases"),
    leadsTeam: teamLead.phrases("leadsTeam"),
    coordination: reader("coordination").phrases("phrases"),
    systemOwnership: reader("system-ownership").phrases("phrases"),
    scope: {
      team: phrasesOf(scopeLevels, "team"),
      "multi-team": phrasesOf(scopeLevels, "multi-team"),
      organisation: phrasesOf(scopeLevels, "organisation"),
      company: phrasesOf(scopeLevels, "company"),
      industry: phrasesOf(scopeLevels, "industry"),
    },
    scopeReach: {
      organisation: phrasesOf(scopeReach, "organisation"),
      company: phrasesOf(scopeReach, "company"),
      industry: phrasesOf(scopeReach, "industry"),
    },
    scopeReachNotAfter: scope.words("reachNotAfter"),
    teamCount: scope.phrases("teamCount"),
    serviceCount: scope.phrases("serviceCount"),
    engineerCount: scope.phrases("engineerCount"),
    notScope: scope.phrases("notScope"),
    broadStrategy: strategy.phrases("broad"),
    scopedStrategy: strategy.phrases("scoped"),
    strategyContextBefore: strategy.phrases("contextBefore"),
    strategyContextBreaks: strategy.words("contextBreaks"),
    planningMismatch: strategy.part.list("planningMismatch").map((entry, index) => {
      const pair = strategy.part.item("planningMismatch", index, entry);
      return { claims: phrasesOf(pair, "claims"), planning: phrasesOf(pair, "planning") };
    }),
    complexityBuzzwords: complexity.phrases("buzzwords"),
    complexityConstraints: complexity.phrases("constraints"),
    complexityDescriptive: complexity.phrases("descriptive"),
    complexityNotLabels: complexity.phrases("notLabels"),
    complexityTopicBefore: complexity.phrases("topicBefore"),
    complexityObjectBreaks: complexity.words("objectBreaks"),
    outcomes: outcomes.phrases("phrases"),
    outcomeClauseOpeners: outcomes.words("clauseOpeners"),
    outcomeBaseForms: outcomes.words("intentOnly"),
    outcomeHelpVerbs: outcomes.words("helpVerbs"),
    outcomeNotAfterWithoutVerb: outcomes.words("notAfterWithoutVerb"),
    outcomeAdjectiveBefore: outcomes.words("adjectiveBefore"),
    outcomeSubjects: outcomes.phrases("subjects"),
    outcomeNamedResults: outcomes.phrases("namedResults"),
    outcomeBuildVerbs: new Set(buildSense.strings("verbs")),
    outcomeArtefacts: new Set(buildSense.strings("artefacts")),
    outcomeQualities: new Set(buildSense.strings("qualities")),
    outcomeObjectEnds: new Set(buildSense.strings("objectEnds")),
    outcomeBuildPairs: new Set(buildSense.strings("pairedWith")),
    outcomeBuildJoiners: new Set(buildSense.strings("pairJoiners")),
    outcomeAdditionMarkers: new Set(buildSense.strings("additionMarkers")),
    results: results.phrases("phrases"),
    resultUnits: results.words("units"),
    tenure: tenure.phrases("phrases"),
    tenureSelfLabels: tenure.phrases("selfLabels"),
    tenureDurations: tenure.phrases("durations"),
    tenureNotAfter: tenure.words("notAfter"),
    tenureRemovableAfter: tenure.words("removableAfter"),
    tenureStories: tenure.phrases("careerStories"),
    careerSpanOpeners: tenure.phrases("careerSpanOpeners"),
    careerSubjects: tenure.words("careerSubjects"),
    careerVerbsAfterName: tenure.words("careerVerbsAfterName"),
    careerNarrativeVerbs: tenure.words("careerNarrativeVerbs"),
    durationsNotAfter: new Set([...tenure.strings("notAfter"), ...tenure.strings("durationsNotAfter")]),
    peopleManagement: reader("people-management").phrases("phrases"),
    ownership: { owner, builder, contributor },
    /** Every verb the ownership lists know, for finding a verb's dictionary form. */
    knownLemmas: new Set([...owner, ...builder, ...contributor]),
    irregularVerbs: new Map(
      Object.entries(read.part("irregular-verbs").map("verbs")).map(([past, lemma]) => {
        if (typeof lemma !== "string") throw read.part("irregular-verbs").error(`verbs.${past}`, "must be a word");
        return [past, lemma] as const;
      }),
    ),
    titleNotLevels: titles.phrases("notLevels"),
    titleLevels: {
      manager: phrasesOf(titleLevels, "manager"),
      staff: phrasesOf(titleLevels, "staff"),
      "tech-lead": phrasesOf(titleLevels, "tech-lead"),
      senior: phrasesOf(titleLevels, "senior"),
    },
    postingNegations: posting.words("negations"),
    postingParticipation: posting.words("participation"),
    postingClues: posting.part.list("groups").map((entry, index) => {
      const group = posting.part.item("groups", index, entry);
      const shape = group.value("shape");
      const after = group.value("afterParticipation");
      return {
        shape: typeof shape === "string" ? shape : null,
        /** False for clues that do not hold when the role only takes part ("contributes to hiring"). */
        afterParticipation: after === undefined ? true : after === true,
        dimensions: group.map("dimensions") as Readonly<Record<string, number>>,
        phrases: phrasesOf(group, "phrases"),
      };
    }),
    handsOn: ownership.words("handsOn"),
    handsOnNotBefore: ownership.words("handsOnNotBefore"),
    nounPhraseOpeners: ownership.words("nounPhraseOpeners"),
    roleNouns: new Set(read.part("roles").strings("titleWords")),
  };
}

/** The compiled word lists of one vocabulary. */
export type Lexicon = ReturnType<typeof compileLexicon>;
