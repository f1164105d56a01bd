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

const ruleId = "vague-complexity";

describe(ruleId, () => {
  describeRuleMeta(import.meta.url, { severity: "warning", levels: TARGET_LEVELS });

  describe("flags complexity claimed by label with no constraint that shows it", () => {
    const flagged = [
      "Built a large-scale distributed data platform",
      "Designed highly scalable microservices for the booking engine",
      "Maintained mission-critical systems for the trading desk",
      "Processed massive datasets with Spark",
      "Developed cutting-edge machine learning pipelines",
      "Built big data infrastructure for the analytics team",
      "Operated large-scale infrastructure for a global retail brand",
      "Delivered a massive re-platforming of the customer portal",
      "Engineered mission-critical integrations for hospital partners",
      "Architected a highly scalable backend for the ride-hailing app",
    ];
    it.each(flagged)("%s", async (bullet) => {
      await expectFlagged(ruleId, bullet);
    });
  });

  describe("leaves alone the same labels next to a concrete constraint, and claims with no label", () => {
    const nearMisses = [
      // Throughput, volume and latency budgets.
      "Built a large-scale event pipeline ingesting 2 billion events a day",
      "Designed a highly scalable rate limiter that keeps p99 under 5 ms at 80k requests per second",
      "Moved the big data warehouse (1.2 PB) to BigQuery without downtime",
      "Shrank a massive 14 GB Docker image to 900 MB",
      "Kept the mission-critical dispatch API within a 200 ms latency budget during storm peaks",
      // Compatibility periods and consistency guarantees.
      "Ran a massive 40 TB backfill with a three-week compatibility period for old readers",
      "Designed the mission-critical ledger with exactly-once posting and double-entry invariants",
      // Regulation.
      "Owned the mission-critical card vault within PCI DSS scope",
      "Built a HIPAA-compliant, highly scalable messaging service for clinicians",
      // Scale words that are not labels.
      "Scaled the matching engine to 30k orders per second",
      "Wrote the scale-testing harness for the notification service",
    ];
    it.each(nearMisses)("%s", async (bullet) => {
      await expectClean(ruleId, bullet);
    });
  });

  it("points at each vague claim on its own line and skips the concrete ones", async () => {
    const bullets = [
      "Built a large-scale event pipeline ingesting 2 billion events a day",
      "Maintained mission-critical systems for the trading desk",
      "Owned the mission-critical card vault within PCI DSS scope",
      "Processed massive datasets with Spark",
    ];
    const messages = await lintBullets(bullets, { ruleId });
    expect(messages).toEqual([
      expect.objectContaining(atBullet(ruleId, bullets[1] as string, 1)),
      expect.objectContaining(atBullet(ruleId, bullets[3] as string, 3)),
    ]);
  });

  it("reports with the rule's default severity and url", async () => {
    const [message] = await lintBullets(["Processed massive datasets with Spark"], { ruleId });
    expect(message).toBeDefined();
    if (message) expectRuleFields(message, ruleId);
  });

  it.each(TARGET_LEVELS)("runs at target level %s", async (level) => {
    await expectFlagged(ruleId, "Developed cutting-edge machine learning pipelines", level);
  });
});
