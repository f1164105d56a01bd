import type { ClaimSignals, Match } from "../analyse/signals.js";
import { SCOPE_LEVELS } from "../analyse/signals.js";
import type { Altitude, ClaimEvidence, EvidenceKind, Lens } from "../model/level.js";
import { LENSES } from "../model/level.js";
import type { TargetLevel } from "../model/target-levels.js";

const scopeRank = (signals: ClaimSignals) => SCOPE_LEVELS.indexOf(signals.scope);
const ORGANISATION_RANK = SCOPE_LEVELS.indexOf("organisation");
const MULTI_TEAM_RANK = SCOPE_LEVELS.indexOf("multi-team");

/** Others took the work on, or the claim names what they took: the proof a wide scope word needs. */
function overlaps(a: Match, b: Match): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Artifacts that are proof rather than the claim's own subject ("Championed company-wide standards"). */
function provenArtifacts(signals: ClaimSignals): Match[] {
  const subjects = [...signals.strategyTerms, ...signals.broadStrategyTerms];
  return signals.artifacts.filter((artifact) => !subjects.some((subject) => overlaps(artifact, subject)));
}

function reachIsBacked(signals: ClaimSignals): boolean {
  return (
    signals.adoption.length > 0 ||
    provenArtifacts(signals).length > 0 ||
    (signals.teamCount ?? 0) >= 2 ||
    (signals.serviceCount ?? 0) >= 10 ||
    (signals.engineerCount ?? 0) >= 30
  );
}

function altitudeOf(signals: ClaimSignals, kinds: ReadonlySet<EvidenceKind>): Altitude {
  const teams = signals.teamCount ?? 0;
  const services = signals.serviceCount ?? 0;
  const engineers = signals.engineerCount ?? 0;
  const backed = reachIsBacked(signals);
  if (kinds.has("coordination")) return "task";
  if (kinds.has("weak-ownership")) return signals.handsOn.length > 0 ? "feature" : "task";
  if ((scopeRank(signals) >= ORGANISATION_RANK && backed) || teams >= 6 || services >= 100 || engineers >= 200)
    return "organisation";
  const acted = signals.mechanisms.length > 0 || signals.decisions.length > 0;
  if (teams >= 2 || services >= 10 || engineers >= 30) return "multi-team";
  if (scopeRank(signals) >= MULTI_TEAM_RANK && (backed || acted)) return "multi-team";
  const owns = signals.ownershipStrength === "owner" || signals.systemOwnership.length > 0;
  if (signals.systemOwnership.length > 0 || kinds.has("operating") || kinds.has("decision")) return "service";
  if (owns && (kinds.has("impact") || signals.complexityConstraints.length > 0)) return "service";
  // Any verb reads as building to the claim analysis; only the lexicon's building verbs make a feature.
  const builds = signals.mainVerbBuilds;
  if (owns || builds || kinds.has("hands-on") || kinds.has("impact")) return "feature";
  return "task";
}

/** The claim's own act is coordination: its main verb is a coordination word ("Tracked blockers …"). */
function coordinatesFirst(signals: ClaimSignals): boolean {
  const verb = signals.mainVerb;
  return verb !== null && signals.coordination.some((match) => overlaps(match, verb));
}

function kindsOf(signals: ClaimSignals): Set<EvidenceKind> {
  const kinds = new Set<EvidenceKind>();
  if (signals.productionOwnership.length > 0) kinds.add("operating");
  if (signals.decisions.length > 0) kinds.add("decision");
  if (signals.handsOn.length > 0) kinds.add("hands-on");
  if (signals.results.length > 0) kinds.add("impact");
  if (signals.peopleManagement.length > 0) kinds.add("people");
  if (signals.weakOwnership) kinds.add("weak-ownership");
  const attributed =
    signals.mechanisms.length > 0 || provenArtifacts(signals).length > 0 || signals.adoption.length > 0;
  // Liaising and coordinating are leadership words, but not influence on how others work.
  const leads = signals.leadership.some((match) => !signals.coordination.some((other) => overlaps(match, other)));
  if (leads && attributed) kinds.add("influence");
  else if (signals.artifacts.length > 0 && signals.adoption.length > 0) kinds.add("influence");
  if (signals.leadTitles.length > 0 || signals.leadsTeam.length > 0) kinds.add("team-lead");
  const builds = kinds.has("decision") || kinds.has("hands-on");
  const technical = builds || kinds.has("operating") || kinds.has("impact");
  // A verbless fragment ("Weekly status email to stakeholders") is headed by what it names.
  const headed = coordinatesFirst(signals) || signals.mainVerb === null;
  if (signals.coordination.length > 0 && (!technical || (headed && !builds))) {
    kinds.add("coordination");
    // What a coordination duty touches (a release, a compliance sign-off) is not the writer operating it.
    kinds.delete("operating");
    kinds.delete("influence");
  }
  return kinds;
}

const ALTITUDE_POINTS: Record<Altitude, number> = {
  task: 1,
  feature: 2,
  service: 3,
  "multi-team": 4,
  organisation: 4,
};

function strengthOf(signals: ClaimSignals, altitude: Altitude, kinds: ReadonlySet<EvidenceKind>): Record<Lens, number> {
  const wide = altitude === "multi-team" || altitude === "organisation";
  const constraints = signals.complexityConstraints.length;
  const complexity =
    constraints > 0 && (wide || constraints >= 2)
      ? 4
      : constraints > 0
        ? 3
        : kinds.has("hands-on") && signals.quantities.length > 0
          ? 2
          : signals.complexityBuzzwords.length > 0
            ? 1
            : 0;
  const decides = kinds.has("decision");
  // Writing the standard others adopted is a decision they follow.
  const followed = signals.artifacts.length > 0 && signals.adoption.length > 0;
  const authority =
    (decides || followed) && wide
      ? 4
      : decides || kinds.has("people")
        ? 3
        : kinds.has("influence") || signals.ownershipStrength === "owner"
          ? 2
          : kinds.has("hands-on")
            ? 1
            : 0;
  const consequential = kinds.has("impact") || kinds.has("operating");
  const consequence = consequential && wide ? 4 : consequential ? 3 : signals.outcomes.length > 0 ? 1 : 0;
  const scope = kinds.has("coordination") ? Math.min(ALTITUDE_POINTS[altitude], 1) : ALTITUDE_POINTS[altitude];
  return { scope, complexity, authority, consequence };
}

function shapeOf(
  signals: ClaimSignals,
  altitude: Altitude,
  kinds: ReadonlySet<EvidenceKind>,
  strength: Record<Lens, number>,
): TargetLevel | null {
  // "Contributed to hiring", "Helped with the migration": a supporting part is mid-level evidence at most.
  if (kinds.has("weak-ownership")) return "mid";
  if (kinds.has("people")) return "manager";
  if (kinds.has("coordination")) return null;
  const wide = altitude === "multi-team" || altitude === "organisation";
  const led = signals.ownershipStrength === "owner" || signals.leadership.length > 0 || kinds.has("decision");
  // Others using what the writer built is reach; staff evidence is reach the writer set the direction of.
  const proof = provenArtifacts(signals).length > 0 || (led && reachIsBacked(signals));
  if (wide && (strength.authority >= 3 || kinds.has("influence") || proof)) return "staff";
  // Reviewing the team's designs and sequencing its work is tech-lead evidence when it says how far
  // it went (a decision, the team, a count); "Reviewed pull requests when needed" is not.
  const leadsWork =
    signals.teamLeadActs.length > 0 &&
    (kinds.has("decision") ||
      signals.scope === "team" ||
      signals.quantities.length > 0 ||
      signals.mechanisms.length > 1);
  if (kinds.has("team-lead") || leadsWork || (kinds.has("influence") && !wide)) return "tech-lead";
  if (wide || altitude === "service") return "senior";
  return altitude === "feature" ? "mid" : null;
}

/** Reads one claim's signals as level evidence. */
export function readClaimEvidence(signals: ClaimSignals): ClaimEvidence {
  const kinds = kindsOf(signals);
  const altitude = altitudeOf(signals, kinds);
  const strength = strengthOf(signals, altitude, kinds);
  return {
    altitude,
    shape: shapeOf(signals, altitude, kinds, strength),
    lenses: LENSES.filter((lens) => strength[lens] >= 2),
    strength,
    kinds: [...kinds].sort(),
  };
}
