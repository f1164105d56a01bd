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

const ruleId = "weak-ownership-verb";

describe(ruleId, () => {
  describeRuleMeta(import.meta.url, { severity: "warning", levels: TARGET_LEVELS });

  describe("flags claims whose main verb hides the writer's part", () => {
    const flagged = [
      "Helped migrate the monolith to Kubernetes",
      "Assisted with the redesign of the checkout flow",
      "Participated in the migration from MySQL to Aurora",
      "Contributed to the design of the new pricing engine",
      "Was involved in the rollout of multi-region failover",
      "Worked on the ranking model for search relevance",
      "Supported the data team during the warehouse cut-over",
      "Was part of the team that rebuilt mobile onboarding",
      // An adverb or a subject before the verb does not change which verb leads.
      "Actively participated in architecture reviews for the platform group",
      "I helped the payments team ship Apple Pay",
    ];
    it.each(flagged)("%s", async (bullet) => {
      await expectFlagged(ruleId, bullet);
    });
  });

  describe("leaves alone the same words when they are not the main verb, or mean something else", () => {
    const nearMisses = [
      // The writer's own verb leads; the weak word describes what followed.
      "Owned the search service and helped two teams migrate onto it",
      "Wrote the schema-migration tool that helped 6 teams retire their hand-rolled scripts",
      "Led the payments SDK rollout, supported by two engineers from the mobile team",
      "Mentored two interns who contributed to the fraud-rules engine",
      "Ran a beta for offline mode in which 300 customers participated",
      // A system supporting a load or a feature.
      "Built a queue that supported 5k writes per second",
      "Designed the rate limiter that now supports 40 tenant-specific quotas",
      "Re-architected the ingest pipeline so it supported late-arriving events",
      // Nouns, adjectives and a different phrasal verb.
      "Designed the contributor workflow for our open-source SDK, cutting PR review time from 5 days to 1",
      "Built support tooling that cut ticket handling time by 30%",
      "Shipped the assisted-checkout feature for call-centre agents",
      "Worked out a sharding scheme that kept every tenant on a single shard",
    ];
    it.each(nearMisses)("%s", async (bullet) => {
      await expectClean(ruleId, bullet);
    });
  });

  it("points at each weak claim on its own line and skips the strong ones", async () => {
    const bullets = [
      "Built a queue that supported 5k writes per second",
      "Helped migrate the monolith to Kubernetes",
      "Owned the search service and helped two teams migrate onto it",
      "Was part of the team that rebuilt mobile onboarding",
    ];
    const messages = await lintBullets(bullets, { ruleId });
    expect(messages).toEqual([
      expect.objectContaining(atBullet(ruleId, bullets[1] as string, 1)),
      expect.objectContaining(atBullet(ruleId, bullets[3] as string, 3)),
    ]);
  });

  describe("reads every sentence of a claim, present tense and nouns too", () => {
    const flagged = [
      "Billing: Service that sends invoices and receipts. Involved in the retry work for failed cards.",
      "Search indexing for the catalogue. Helped with the relevance tuning for the spring launch.",
      "Assists the engineering director in planning the quarterly roadmap",
      "Supports the analytics team with ad hoc queries",
      "Participation in the development of the mobile checkout",
      "Involvement in the migration of the order database",
      "Contributes to the design reviews of the platform group",
    ];
    it.each(flagged)("%s", async (bullet) => {
      await expectFlagged(ruleId, bullet);
    });

    const nearMisses = [
      "Supporting 900 requests a second at p99 under 80 ms",
      "Served 2M monthly sessions from one region after moving reads to a cache",
      "Built the ledger. It now supports 5k writes per second.",
      "Served as incident commander for 25 incidents and wrote 11 of the postmortems",
    ];
    it.each(nearMisses)("leaves alone %s", async (bullet) => {
      await expectClean(ruleId, bullet);
    });

    it("points at the claim when the weak verb opens its second sentence", async () => {
      const bullets = [
        "Built the tax export for finance",
        "Billing: Service for invoices. Involved in the dunning work.",
      ];
      const messages = await lintBullets(bullets, { ruleId });
      expect(messages).toEqual([expect.objectContaining(atBullet(ruleId, bullets[1] as string, 1))]);
      expect(messages[0]?.message).toMatch(/^"Involved in" hides what you did/);
    });
  });

  it("reports with the rule's default severity and url", async () => {
    const [message] = await lintBullets(["Helped migrate the monolith to Kubernetes"], { ruleId });
    expect(message).toBeDefined();
    if (message) expectRuleFields(message, ruleId);
  });

  it.each(TARGET_LEVELS)("runs at target level %s", async (level) => {
    await expectFlagged(ruleId, "Contributed to the design of the new pricing engine", level);
  });
});
