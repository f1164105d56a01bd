import type { Claim, Role, Section } from "../model/document.js";

/** Evidence found in one claim. Offsets are into `Claim.text`. */
export interface Match {
  /** The matched words as written. */
  text: string;
  start: number;
  end: number;
}

/** How much of the work the main verb attributes to the writer. */
export type OwnershipStrength = "owner" | "builder" | "contributor" | "none";

/** The widest scope a claim names. Ordered from narrowest to widest. */
export const SCOPE_LEVELS = ["none", "task", "team", "multi-team", "organisation", "company", "industry"] as const;
export type ScopeLevel = (typeof SCOPE_LEVELS)[number];

export interface ScopeMarker extends Match {
  level: Exclude<ScopeLevel, "none">;
  /**
   * The words claim the writer's reach on their own ("every service the firm runs", "with global
   * scope", "as the market leader"), rather than only naming a setting ("the company's").
   */
  reach: boolean;
}

export interface MainVerb extends Match {
  /** Lower-case dictionary form from the lexicon ("led" → "lead"). */
  lemma: string;
}

export interface ClaimSignals {
  /** The verb that opens the claim, after any subject or adverb, when it is a known verb. */
  mainVerb: MainVerb | null;
  ownershipStrength: OwnershipStrength;
  /**
   * The main verb is one of the vocabulary's verbs of building ("Built", "Migrated"). A verb the
   * vocabulary does not know also reads as building in `ownershipStrength`, but not here.
   */
  mainVerbBuilds: boolean;
  /** "helped", "participated in", … when it is the main verb. */
  weakOwnership: Match | null;
  /** led, drove, spearheaded, mentored, influenced, worked with many teams, … */
  leadership: Match[];
  /** "Tech lead for the partner squad", "Co-lead of the guild": a lead title the writer claims. */
  leadTitles: Match[];
  /** RFC, design doc, standard, runbook, checklist, guide, … */
  artifacts: Match[];
  /** wrote, reviewed, paired, set rollout gates, ran, defined, … */
  mechanisms: Match[];
  /** adopted by N teams, now own, until each ran it alone, … */
  adoption: Match[];
  /** Numbers with units, before→after, money, percentages, frequency changes, zero-defect outcomes. */
  results: Match[];
  /** on-call, incident, postmortem, SLO, alerting, rollback, canary, runbook, … */
  productionOwnership: Match[];
  /** chose X over Y, set rollout gates, defined ownership boundaries, rejected a shortcut: decisions the writer made. */
  decisions: Match[];
  /** "led a team of 11 engineers", "ran the squad": leading a team in so many words. */
  leadsTeam: Match[];
  /** reviewed the team's designs, sequenced the work, broke goals into milestones: leading a team's technical work. */
  teamLeadActs: Match[];
  /** scheduled, facilitated, tracked progress, status reports, ran standups, liaised: coordination work. */
  coordination: Match[];
  /** "owned the payments service", "ran the platform": a claim to own a running system. */
  systemOwnership: Match[];
  /** Scope words, in reading order. */
  scopeMarkers: ScopeMarker[];
  scope: ScopeLevel;
  /** Largest number of teams the claim names ("three teams" → 3), or null. */
  teamCount: number | null;
  /** How many services, repositories or applications the work reaches ("across ~300 services" → 300), or null. */
  serviceCount: number | null;
  /** How many engineers use or adopted the work ("used by 45+ developers" → 45), or null. */
  engineerCount: number | null;
  /** strategy, vision, standards, transformation, excellence, … */
  strategyTerms: Match[];
  /** Terms that are organisation-wide by nature: "digital transformation", "engineering strategy", … */
  broadStrategyTerms: Match[];
  /** Numbers that are not years: counts, volumes, measures. */
  quantities: Match[];
  /** sprint, ticket, backlog: team-local planning words, found only in a claim that speaks of strategy or vision. */
  sprintPlanning: Match[];
  /** throughput, consistency guarantees, compatibility periods, regulation, … */
  complexityConstraints: Match[];
  /** large-scale, highly scalable, mission-critical, massive, cutting-edge, big data, … */
  complexityBuzzwords: Match[];
  /** improved, reduced, increased, enhanced, optimised, made faster, … used as an outcome. */
  outcomes: Match[];
  /** Years of experience, decades, seasoned, veteran used as a credential. */
  tenure: Match[];
  /**
   * The first tenure phrase with the word that attaches it (" with 9 years of experience"), when
   * it runs to the end of its clause, so removing it leaves a sentence that still reads; else null.
   */
  tenureRemoval: Match | null;
  /** hired, managed N engineers, performance reviews, staffing, … */
  peopleManagement: Match[];
  /** implemented, built, coded, debugged, … : hands-on work. */
  handsOn: Match[];
}

/** A claim together with the signals computed for it once, before any rule runs. */
export interface AnalysedClaim {
  /** Index into `ResumeDocument.claims`. */
  index: number;
  claim: Claim;
  section: Section;
  role: Role | null;
  signals: ClaimSignals;
}
