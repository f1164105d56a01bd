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

  describe("reads every clause: prose, lead-ins, joined verbs and nominal openers", () => {
    const flagged: [string, string][] = [
      ["Lumen Labs hired me to help their data team move off cron jobs", "help"],
      ["I was brought in by the agency to support the launch of their loyalty app", "support"],
      ["My job was to assist the release manager with the mobile builds", "assist"],
      ["After the merger, I also worked on the shared login service", "worked on"],
      ["The role was demanding; he contributes to the quarterly capacity plans", "contributes to"],
      ["Seconded to the retail division to help with the store rollout", "help with"],
      ["Reviewing and assisting with the juniors' first pull requests", "assisting with"],
      ["Attended the daily stand-ups and sprint reviews of the app team", "Attended the daily stand-ups"],
      ["Active member of the API guild", "Active member of"],
      ["Participant in the on-call review group", "Participant in"],
      ["Played an important role in the move to a new ticketing system", "Played an important role"],
      ["Provided engineering support to the mobile squad during the redesign", "Provided engineering support"],
      ["Collaborated with the design team on the new onboarding screens", "Collaborated with"],
      ["Working closely with finance on the month-end close", "Working closely with"],
      ["I was engaged in the modernisation of the billing backend", "was engaged in"],
    ];
    it.each(flagged)("%s", async (bullet, trigger) => {
      const [message] = await lintBullets([bullet], { ruleId });
      expect(message?.trigger?.text).toBe(trigger);
    });

    const nearMisses = [
      // Hired, then a verb of the writer's own.
      "Hired to replace the payroll batch, which I rewrote as an event-driven service",
      "My job was to own the release train for both apps",
      // After a verb of going, only the first "to" clause says what the writer went to do.
      "Moved to the platform group to rebuild the deploy tooling to support faster releases",
      // Collaboration that names the writer's part or its result.
      "Collaborated with the design team and wrote the accessibility checklist they now use",
      "Worked with the fraud analysts to cut false declines by 18%",
      // Support aimed at customers is the work itself; a system supporting a load is scale.
      "Providing technical support for enterprise customers on the analytics product",
      "Designed the queue supporting 12k events a second",
      // "worked with" a technology, "attended" a course, "member" as a domain word.
      "Worked with Postgres logical replication to stream changes into the warehouse",
      "Built the member-rewards ledger for the airline's loyalty scheme",
      // A leadership reading of the same words is left to unattributed-leadership.
      "Attended cross-team architecture forums for the platform group",
    ];
    it.each(nearMisses)("leaves alone %s", async (bullet) => {
      await expectClean(ruleId, bullet);
    });

    it("underlines the weak words in the middle of a prose paragraph", async () => {
      const bullet = "Orbit hired me in 2021. I first assisted the search team with indexing";
      const [message] = await lintBullets([bullet], { ruleId });
      expect(message?.trigger).toEqual({ text: "assisted", line: 5, column: 35, endLine: 5, endColumn: 43 });
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
