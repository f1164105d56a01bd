import type { ClaimSignals, Match } from "@reslint/core";

/** Shared readings of claim signals used by more than one rule. */

function overlaps(a: Match, b: Match): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Team counts, adoption by others, or a named artifact that is not the claim's own subject. */
export function hasMultiTeamEvidence(signals: ClaimSignals, subject: readonly Match[] = []): boolean {
  if ((signals.teamCount ?? 0) >= 2) return true;
  if (signals.adoption.length > 0) return true;
  return signals.artifacts.some((artifact) => !subject.some((term) => overlaps(artifact, term)));
}

/** Something a reader can check: a mechanism, an artifact, adoption or a result. */
export function hasAttribution(signals: ClaimSignals): boolean {
  return (
    signals.mechanisms.length > 0 ||
    signals.artifacts.length > 0 ||
    signals.adoption.length > 0 ||
    signals.results.length > 0 ||
    signals.productionOwnership.length > 0 ||
    signals.complexityConstraints.length > 0
  );
}
