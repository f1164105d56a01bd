import { type AnalysedClaim, defineRule, SCOPE_LEVELS, TARGET_LEVELS } from "@reslint/core";
import { docsUrl } from "./docs-url.js";
import { hasMultiTeamEvidence } from "./evidence.js";

const id = "inflated-scope";

const organisationScope = SCOPE_LEVELS.indexOf("organisation");

function isBroad(claim: AnalysedClaim): boolean {
  const { signals } = claim;
  // "Turned the company strategy into a roadmap for the search team": the broad words are the
  // input the writer worked from, the claim itself is about one team.
  if (signals.scopeMarkers.some((marker) => marker.level === "team")) return false;
  if (signals.broadStrategyTerms.length > 0) return true;
  return signals.strategyTerms.length > 0 && SCOPE_LEVELS.indexOf(signals.scope) >= organisationScope;
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
    description: "Organisation-wide strategy, vision, standards or transformation claimed without multi-team evidence.",
    severity: "error",
    levels: TARGET_LEVELS,
    url: docsUrl(id),
  },
  check(context) {
    for (const claim of context.claims) {
      const { signals } = claim;
      const strategy = [...signals.broadStrategyTerms, ...signals.strategyTerms];
      const term = strategy[0];
      if (!term) continue;
      if (signals.sprintPlanning.length > 0) {
        context.report({
          claim,
          trigger: term,
          message: `"${term.text}" here is sprint or ticket prioritisation; call it planning for the team, or show decisions that shaped work beyond one backlog.`,
        });
        continue;
      }
      if (!isBroad(claim) || hasMultiTeamEvidence(signals, strategy) || backedByRole(claim, context.claims)) continue;
      context.report({
        claim,
        trigger: term,
        message: `"${term.text}" claims organisation-wide reach with no evidence beyond one team; name the teams, what they adopted, or the document that set the direction, or scope the claim to what you owned.`,
      });
    }
  },
});
