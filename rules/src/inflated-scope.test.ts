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

  describe("flags organisation-wide reach claimed through the object, the outcome or a nominal opener", () => {
    // [bullet, the words the finding underlines]
    const flagged: [string, string][] = [
      ["Owned the design of every service the firm runs", "every service the firm runs"],
      ["Set the technical choices for the whole engineering department", "technical choices"],
      ["Made our product the market standard for freight tracking", "Made our product the market standard"],
      ["Position the maps app as the world leader in navigation", "as the world leader"],
      ["Delivered decision-support tools for senior leadership with global scope", "with global scope"],
      ["Delivered forecasting tools for executive leadership with US wide scope", "with US wide scope"],
      ["Built working relationships with data owners across the whole agency", "the whole agency"],
      ["Managed the technical direction of all applications", "technical direction"],
      ["Setting technical vision and driving cross-org initiatives for Kubernetes", "technical vision"],
      [
        "Interviewed developers, building an aligned team and reshaping company workflows",
        "reshaping company workflows",
      ],
      ["Drove company-wide improvements to developer experience", "company-wide improvements"],
      ["Redefined industry standards for mobile payments security", "Redefined industry standards"],
      ["In charge of platform direction for every product line", "platform direction"],
      ["Decided the technology stack for all of the firm's trading desks", "Decided the technology stack"],
    ];
    it.each(flagged)("%s", async (bullet, trigger) => {
      await expectFlagged(ruleId, bullet);
      const [message] = await lintBullets([bullet], { ruleId });
      expect(message?.trigger?.text).toBe(trigger);
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
      "Presented the platform roadmap to the whole company at the all-hands",
      "Built a CI pipeline used by the entire engineering org",
      "Implemented the partner API's OAuth flow to the industry standard, passing the bank's security review",
      // A technical strategy for one named product or one area, with no organisation-wide scope.
      "Lead technical vision & strategy, systems design, and implementation for the Storefront app",
      "Lead frontend technical strategy, systems design and software implementation",
      "Owned systems design, security, technical strategy and automation",
      // The company strategy as the input the writer worked from, or reach bounded by one team.
      "Took the company's cloud strategy as the brief and planned the data team's move to managed Postgres",
      "Set the technical direction for all services owned by the payments team",
      // Reach backed by counted adoption or a measure.
      "Wrote the deployment standard for every service the company runs; 11 teams adopted it",
      "Made the invoicing app the market standard for small clinics, used by 4,000 practices",
      "Drove company-wide improvements to onboarding, cutting ramp-up from six weeks to 3",
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
