import { describe, expect, it } from "vitest";
import {
  atBullet,
  describeRuleMeta,
  expectClean,
  expectFlagged,
  expectRuleFields,
  expectTrigger,
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

  describe("labels beyond the scale words", () => {
    const flagged: [string, string][] = [
      ["Developed the next generation reporting suite for store managers", "next generation"],
      ["Designed a high-availability session store", "high-availability"],
      ["Built the order consumer for fault tolerance", "fault tolerance"],
      ["Reviewed the platform design, ensuring high scalability and performance", "high scalability"],
      ["Maintained a high-loaded telemetry backend for connected vehicles", "high-loaded"],
      ["Cleaned and joined large datasets in pandas for the churn model", "large datasets"],
      ["Analysed large survey data in R", "large survey data"],
      ["Stored large volumes of logs in S3", "large volumes of logs"],
      // Inside a sentence, a capitalised label followed by a lower-case word is still a label.
      ["Built Big Data pipelines on Spark", "Big Data"],
    ];
    it.each(flagged)("%s", async (bullet, trigger) => {
      await expectTrigger(ruleId, bullet, trigger);
    });
  });

  describe("robust, advanced and largest count when they describe what the writer made", () => {
    const flagged: [string, string][] = [
      ["Built a robust CI pipeline with GitHub Actions", "robust"],
      ["Designed and built a robust payments reconciliation service", "robust"],
      ["Developed advanced scheduling algorithms for the delivery app", "advanced"],
      ["Planned and executed the company's largest migration", "largest migration"],
      ["Led the biggest rewrite of the mobile app", "biggest rewrite"],
    ];
    it.each(flagged)("%s", async (bullet, trigger) => {
      await expectTrigger(ruleId, bullet, trigger);
    });

    const nearMisses = [
      // An aim, or a word after a preposition: a plain adjective.
      "Tuned indexes to ensure robust database performance",
      "Partnered with QA to ensure robust app functionality",
      "Prototyped dashboards, exploring the potential for advanced analytics",
      "Worked with one of the largest banks in Europe",
      // On a practice, not a system.
      "Integrated robust error handling and logging into the upload service",
      "Added robust retry handling to the webhook client",
      "Wrote robust unit tests for the payments client",
      // A feature or a qualification named "advanced".
      "Implemented advanced search for the product catalogue",
      "Earned an advanced certification in AWS networking",
      // Superlative of something other than the work.
      "Supported the largest customers during onboarding",
      // No main verb: a profile line.
      "Adept at modern tooling to deliver robust software",
    ];
    it.each(nearMisses)("leaves alone %s", async (bullet) => {
      await expectClean(ruleId, bullet);
    });
  });

  describe("leaves alone label words that name a method, course or topic, or are backed", () => {
    const nearMisses = [
      // Names: capitalised inside a sentence and followed by another capitalised word.
      "Followed the Large-Scale Scrum framework across four squads",
      "Completed the Advanced Machine Learning specialisation on Coursera",
      // The subject of a talk or course.
      "Gave internal talks on fault tolerance and high availability in Kubernetes",
      "Delivered sessions on high-availability patterns to the platform group",
      // Not a label here.
      "Mentored the next generation of backend engineers through weekly pairing",
      "Configured next-generation firewalls for the branch offices",
      "Shared best practices for scalable code in the frontend guild",
      "Removed large amounts of dead code from the monolith",
      // Backed by a failure mechanism, a topology or a volume.
      "Designed a fault-tolerant queue consumer with a dead-letter queue and exponential backoff",
      "Built a high-availability job scheduler with leader election and failover",
      "Ran our largest migration to date, moving 40 TB with dual writes",
    ];
    it.each(nearMisses)("%s", async (bullet) => {
      await expectClean(ruleId, bullet);
    });

    it("a version number in a product name is not a measure", async () => {
      await expectTrigger(
        ruleId,
        "Deployed on Route 53 and CloudFront, focusing on high-availability",
        "high-availability",
      );
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
