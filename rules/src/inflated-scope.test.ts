import { describe, expect, it } from "vitest";
import {
  atBullet,
  describeRuleMeta,
  expectClean,
  expectFlagged,
  expectRuleFields,
  lintBullets,
  TARGET_LEVELS,
} from "./test-helpers.js";

const ruleId = "inflated-scope";

describe(ruleId, () => {
  describeRuleMeta(import.meta.url, { severity: "error", levels: TARGET_LEVELS });

  describe("flags organisation-, company- or industry-wide claims with no multi-team evidence", () => {
    const flagged = [
      "Defined the engineering strategy for the whole company",
      "Drove the company-wide digital transformation",
      "Set the technical vision for the entire organisation",
      "Owned the org-wide observability strategy",
      "Established a culture of engineering excellence across the organisation",
      "Set the architecture vision for all of engineering",
      "Transformed how the fintech industry approaches fraud detection",
      "Led the company's cloud transformation",
    ];
    it.each(flagged)("%s", async (bullet) => {
      await expectFlagged(ruleId, bullet);
    });
  });

  describe("flags 'strategy' that turns out to be sprint or ticket prioritisation", () => {
    const flagged = [
      "Set the quarterly strategy by prioritising sprint tickets",
      "Shaped the product strategy by grooming the team backlog each sprint",
      "Drove roadmap strategy by triaging tickets in the weekly backlog review",
    ];
    it.each(flagged)("%s", async (bullet) => {
      await expectFlagged(ruleId, bullet);
    });
  });

  describe("leaves alone broad claims backed by multi-team evidence, and team-local claims", () => {
    const nearMisses = [
      // A named artifact adopted by many teams.
      "Wrote the API versioning standard adopted by 14 product teams",
      "Proposed an org-wide logging standard in an RFC that 6 teams adopted within a quarter",
      "Drove the company-wide move to SSO, migrating 40 internal tools owned by 9 teams",
      "Co-wrote the incident-severity standard with SRE leads from four teams",
      // Strategy that stays inside one team's or one service's altitude.
      "Defined the caching strategy for the search service",
      "Set the testing strategy for my team's three services",
      "Led the migration strategy for the orders database, with a four-week dual-write period",
      // Company words that do not claim company scope.
      "Presented our rollout strategy at the company all-hands",
      "Translated the company strategy into a two-quarter roadmap for the search team",
      "Built the company's internal status page",
      // Sprint planning that does not pretend to be strategy.
      "Prioritised sprint tickets for the checkout team while our PM was on leave",
      "Defined the deprecation plan for the v1 API and negotiated cut-over dates with the two teams still calling it",
    ];
    it.each(nearMisses)("%s", async (bullet) => {
      await expectClean(ruleId, bullet);
    });
  });

  // The bullets between the flagged ones are team-local on purpose: the rule may count multi-team
  // evidence elsewhere in the same role as backing, which this test is not about.
  it("points at each inflated claim on its own line and skips the team-local ones", async () => {
    const bullets = [
      "Defined the engineering strategy for the whole company",
      "Defined the caching strategy for the search service",
      "Set the quarterly strategy by prioritising sprint tickets",
      "Built the company's internal status page",
    ];
    const messages = await lintBullets(bullets, { ruleId });
    expect(messages).toEqual([
      expect.objectContaining(atBullet(ruleId, bullets[0] as string, 0)),
      expect.objectContaining(atBullet(ruleId, bullets[2] as string, 2)),
    ]);
  });

  it("reports as an error, with the rule's url", async () => {
    const [message] = await lintBullets(["Defined the engineering strategy for the whole company"], { ruleId });
    expect(message).toBeDefined();
    if (message) {
      expectRuleFields(message, ruleId);
      expect(message.severity).toBe(2);
    }
  });

  it.each(TARGET_LEVELS)("runs at target level %s", async (level) => {
    await expectFlagged(ruleId, "Set the technical vision for the entire organisation", level);
  });
});
