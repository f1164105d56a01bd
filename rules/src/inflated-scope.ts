import {
  type AnalysedClaim,
  type ClaimSignals,
  defineRule,
  type Match,
  SCOPE_LEVELS,
  TARGET_LEVELS,
} from "@reslint/core";
import { docsUrl } from "./docs-url.js";
import { hasMultiTeamEvidence } from "./evidence.js";

const id = "inflated-scope";

const organisationScope = SCOPE_LEVELS.indexOf("organisation");

/**
 * "Turned the company strategy into a roadmap for the search team": the broad words are the
 * input the writer worked from, the claim itself is about one team.
 */
function isTeamBound(signals: ClaimSignals): boolean {
  return signals.scopeMarkers.some((marker) => marker.level === "team");
}

/**
 * A strategy claim reads as broad when its term is organisation-wide by nature ("engineering
 * strategy", "digital transformation") or when the claim names an organisation-wide scope. A
 * technical strategy for one product or area ("frontend technical strategy … for Catalog") does not.
 */
function isBroadStrategy(signals: ClaimSignals, strategy: readonly Match[]): boolean {
  if (signals.broadStrategyTerms.some((term) => strategy.includes(term))) return true;
  return strategy.length > 0 && SCOPE_LEVELS.indexOf(signals.scope) >= organisationScope;
}

/**
 * Reach claimed without a strategy word ("owned the design of every service the firm runs",
 * "with global scope", "as the market leader") is backed by breadth: teams counted, adoption by
 * others, or a count or measure ("for 300 country managers"). A named artifact shows how direction
 * was set, not how far it reached.
 */
function hasReachEvidence(signals: ClaimSignals): boolean {
  return (signals.teamCount ?? 0) >= 2 || signals.adoption.length > 0 || signals.quantities.length > 0;
}

/**
 * The role shows reach as wide as the claim elsewhere: adoption across the organisation or
 * company ("rolled out across the org"). Multi-team evidence backs multi-team claims only.
 */
function backedByRole(claim: AnalysedClaim, claims: readonly AnalysedClaim[]): boolean {
  if (claim.role === null) return false;
  return claims.some(
    (other) =>
      other !== claim &&
      other.role === claim.role &&
      other.signals.adoption.length > 0 &&
      SCOPE_LEVELS.indexOf(other.signals.scope) >= organisationScope,
  );
}

export default defineRule({
  meta: {
    id,
    description:
      "Organisation-, company- or industry-wide strategy, vision, standards, transformation or reach claimed without multi-team evidence.",
    severity: "error",
    levels: TARGET_LEVELS,
    url: docsUrl(id),
  },
  check(context) {
    for (const claim of context.claims) {
      const { signals } = claim;
      const reach = signals.scopeMarkers.filter((marker) => marker.reach);
      // "Made our product the market standard": the strategy word is part of the reach claimed.
      const strategy = [...signals.broadStrategyTerms, ...signals.strategyTerms].filter(
        (term) => !reach.some((marker) => marker.start <= term.start && marker.end >= term.end),
      );
      const term = strategy[0];
      if (term && signals.sprintPlanning.length > 0) {
        context.report({
          claim,
          trigger: term,
          message: `"${term.text}" here is sprint or ticket prioritisation; call it planning for the team, or show decisions that shaped work beyond one backlog.`,
        });
        continue;
      }
      if (isTeamBound(signals) || backedByRole(claim, context.claims)) continue;
      if (term && isBroadStrategy(signals, strategy) && !hasMultiTeamEvidence(signals, [...strategy, ...reach])) {
        context.report({
          claim,
          trigger: term,
          message: `"${term.text}" claims organisation-wide reach with no evidence beyond one team; name the teams, what they adopted, or the document that set the direction, or scope the claim to what you owned.`,
        });
        continue;
      }
      const marker = reach[0];
      if (marker && !term && !hasReachEvidence(signals)) {
        context.report({
          claim,
          trigger: marker,
          message: `"${marker.text}" claims reach across a whole organisation, company or market with nothing to show it; name the teams or users it reached and what they adopted, or scope the claim to what you owned.`,
        });
      }
    }
  },
});
