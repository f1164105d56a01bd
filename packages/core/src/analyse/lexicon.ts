import roleWords from "../read/role-words.json" with { type: "json" };
import adoption from "./lexicon/adoption.json" with { type: "json" };
import artifacts from "./lexicon/artifacts.json" with { type: "json" };
import complexity from "./lexicon/complexity.json" with { type: "json" };
import coordination from "./lexicon/coordination.json" with { type: "json" };
import decisions from "./lexicon/decisions.json" with { type: "json" };
import irregularVerbs from "./lexicon/irregular-verbs.json" with { type: "json" };
import leadership from "./lexicon/leadership.json" with { type: "json" };
import mechanisms from "./lexicon/mechanisms.json" with { type: "json" };
import outcomes from "./lexicon/outcomes.json" with { type: "json" };
import ownership from "./lexicon/ownership.json" with { type: "json" };
import peopleManagement from "./lexicon/people-management.json" with { type: "json" };
import postingClues from "./lexicon/posting-clues.json" with { type: "json" };
import productionOwnership from "./lexicon/production-ownership.json" with { type: "json" };
import results from "./lexicon/results.json" with { type: "json" };
import scope from "./lexicon/scope.json" with { type: "json" };
import strategy from "./lexicon/strategy.json" with { type: "json" };
import syntax from "./lexicon/syntax.json" with { type: "json" };
import systemOwnership from "./lexicon/system-ownership.json" with { type: "json" };
import teamLead from "./lexicon/team-lead.json" with { type: "json" };
import tenure from "./lexicon/tenure.json" with { type: "json" };
import titleLevels from "./lexicon/title-levels.json" with { type: "json" };
import weakOwnership from "./lexicon/weak-ownership.json" with { type: "json" };
import { PhraseList } from "./phrases.js";

/** Every word list compiled once, when the module loads. */
export const lexicon = {
  leadingFiller: new Set(syntax.leadingFiller),
  articles: new Set(syntax.articles),
  linkingVerbs: new Set(syntax.linkingVerbs),
  objectMarkers: new Set(syntax.objectMarkers),
  titleFollowers: new Set(syntax.titleFollowers),
  weakOwnership: new PhraseList(weakOwnership.phrases),
  weakOwnershipNotBefore: new PhraseList(weakOwnership.notBefore),
  collaboration: new PhraseList(weakOwnership.collaboration.phrases),
  clauseSubjects: new Set(weakOwnership.clauseSubjects),
  clauseLeadIns: new PhraseList(weakOwnership.leadIns.phrases),
  lightVerbs: new Set(weakOwnership.lightVerbs.lemmas),
  placeOpeners: new Set(weakOwnership.lightVerbs.placeOpeners),
  leadership: new PhraseList(leadership.phrases),
  leadershipPurposeOnly: new Set(leadership.purposeOnly),
  leadershipClauseOnly: new Set(leadership.clauseOnly.words),
  leadershipNotBefore: new PhraseList(leadership.notBefore),
  leadTitles: new PhraseList(leadership.titles.phrases),
  mechanisms: new PhraseList(mechanisms.phrases),
  mechanismsNotAfter: new Set(mechanisms.notAfter),
  mechanismsNotBefore: new PhraseList(mechanisms.notBefore),
  mechanismPassiveAfter: new Set(mechanisms.notAsActs.passiveAfter),
  mechanismWriterObjects: new Set(mechanisms.notAsActs.writerObjects),
  determiners: new Set(mechanisms.notAsActs.determiners),
  artifacts: new PhraseList(artifacts.phrases),
  artifactsNotAfter: new Set(artifacts.notAfter),
  adoption: new PhraseList(adoption.phrases),
  productionOwnership: new PhraseList(productionOwnership.phrases),
  decisions: new PhraseList(decisions.phrases),
  teamLeadActs: new PhraseList(teamLead.phrases),
  leadsTeam: new PhraseList(teamLead.leadsTeam.phrases),
  coordination: new PhraseList(coordination.phrases),
  systemOwnership: new PhraseList(systemOwnership.phrases),
  scope: {
    team: new PhraseList(scope.levels.team),
    "multi-team": new PhraseList(scope.levels["multi-team"]),
    organisation: new PhraseList(scope.levels.organisation),
    company: new PhraseList(scope.levels.company),
    industry: new PhraseList(scope.levels.industry),
  },
  scopeReach: {
    organisation: new PhraseList(scope.reach.organisation),
    company: new PhraseList(scope.reach.company),
    industry: new PhraseList(scope.reach.industry),
  },
  scopeReachNotAfter: new Set(scope.reachNotAfter),
  teamCount: new PhraseList(scope.teamCount),
  serviceCount: new PhraseList(scope.serviceCount),
  engineerCount: new PhraseList(scope.engineerCount),
  notScope: new PhraseList(scope.notScope),
  broadStrategy: new PhraseList(strategy.broad),
  scopedStrategy: new PhraseList(strategy.scoped),
  strategyContextBefore: new PhraseList(strategy.contextBefore),
  strategyContextBreaks: new Set(strategy.contextBreaks),
  planningMismatch: strategy.planningMismatch.map((pair) => ({
    claims: new PhraseList(pair.claims),
    planning: new PhraseList(pair.planning),
  })),
  complexityBuzzwords: new PhraseList(complexity.buzzwords),
  complexityConstraints: new PhraseList(complexity.constraints),
  complexityDescriptive: new PhraseList(complexity.descriptive),
  complexityNotLabels: new PhraseList(complexity.notLabels),
  complexityTopicBefore: new PhraseList(complexity.topicBefore),
  complexityObjectBreaks: new Set(complexity.objectBreaks),
  outcomes: new PhraseList(outcomes.phrases),
  outcomeClauseOpeners: new Set(outcomes.clauseOpeners),
  outcomeBaseForms: new Set(outcomes.intentOnly),
  outcomeAdjectiveBefore: new Set(outcomes.adjectiveBefore),
  outcomeSubjects: new PhraseList(outcomes.subjects),
  outcomeNamedResults: new PhraseList(outcomes.namedResults),
  outcomeBuildVerbs: new Set(outcomes.buildSense.verbs),
  outcomeArtefacts: new Set(outcomes.buildSense.artefacts),
  outcomeQualities: new Set(outcomes.buildSense.qualities),
  outcomeObjectEnds: new Set(outcomes.buildSense.objectEnds),
  outcomeBuildPairs: new Set(outcomes.buildSense.pairedWith),
  outcomeBuildJoiners: new Set(outcomes.buildSense.pairJoiners),
  outcomeAdditionMarkers: new Set(outcomes.buildSense.additionMarkers),
  results: new PhraseList(results.phrases),
  resultUnits: new Set(results.units),
  tenure: new PhraseList(tenure.phrases),
  tenureSelfLabels: new PhraseList(tenure.selfLabels),
  tenureDurations: new PhraseList(tenure.durations),
  tenureNotAfter: new Set(tenure.notAfter),
  tenureRemovableAfter: new Set(tenure.removableAfter.words),
  tenureStories: new PhraseList(tenure.careerStories),
  careerSpanOpeners: new PhraseList(tenure.careerSpanOpeners),
  careerSubjects: new Set(tenure.careerSubjects),
  careerVerbsAfterName: new Set(tenure.careerVerbsAfterName),
  careerNarrativeVerbs: new Set(tenure.careerNarrativeVerbs),
  durationsNotAfter: new Set([...tenure.notAfter, ...tenure.durationsNotAfter]),
  peopleManagement: new PhraseList(peopleManagement.phrases),
  ownership: {
    owner: new Set(ownership.owner),
    builder: new Set(ownership.builder),
    contributor: new Set(ownership.contributor),
  },
  irregularVerbs: new Map(Object.entries(irregularVerbs)),
  titleNotLevels: new PhraseList(titleLevels.notLevels),
  titleLevels: {
    manager: new PhraseList(titleLevels.levels.manager),
    staff: new PhraseList(titleLevels.levels.staff),
    "tech-lead": new PhraseList(titleLevels.levels["tech-lead"]),
    senior: new PhraseList(titleLevels.levels.senior),
  },
  postingNegations: new Set(postingClues.negations),
  postingParticipation: new Set(postingClues.participation.words),
  postingClues: postingClues.groups.map((group) => ({
    shape: group.shape,
    /** False for clues that do not hold when the role only takes part ("contributes to hiring"). */
    afterParticipation: (group as { afterParticipation?: boolean }).afterParticipation ?? true,
    dimensions: group.dimensions as unknown as Readonly<Record<string, number>>,
    phrases: new PhraseList(group.phrases),
  })),
  handsOn: new Set(ownership.handsOn),
  handsOnNotBefore: new Set(ownership.handsOnNotBefore.words),
  nounPhraseOpeners: new Set(ownership.nounPhraseOpeners),
  roleNouns: new Set(roleWords.titleWords),
};
