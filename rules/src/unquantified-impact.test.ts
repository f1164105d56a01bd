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

const ruleId = "unquantified-impact";

describe(ruleId, () => {
  describeRuleMeta(import.meta.url, { severity: "warning", levels: TARGET_LEVELS });

  describe("flags an outcome with no measure", () => {
    const flagged = [
      "Improved the performance of the checkout API",
      "Reduced latency across the search service",
      "Increased test coverage for the billing module",
      "Enhanced the reliability of the notification pipeline",
      "Optimised database queries for the reporting dashboard",
      "Made the CI pipeline significantly faster",
      // "EC2" holds a digit but is no measure.
      "Reduced cloud costs by rightsizing EC2 instances",
      "Improved developer productivity with a containerised local environment",
      "Dramatically improved page load times on mobile",
      "Increased conversion on the signup page through A/B testing",
    ];
    it.each(flagged)("%s", async (bullet) => {
      await expectFlagged(ruleId, bullet);
    });
  });

  describe("leaves alone measured outcomes and outcome words used as adjectives", () => {
    const nearMisses = [
      // Adjectives, not outcomes.
      "Scaled the API to handle increased holiday traffic",
      "Rebuilt the feed service to absorb increased load from the Android launch",
      "Tuned the sync client for reduced-bandwidth mobile networks",
      // Before → after.
      "Improved p95 checkout latency from 900 ms to 250 ms",
      "Optimised the nightly ETL from 6 hours to 45 minutes",
      "Reduced on-call pages from 25 a week to 3",
      "Improved test coverage of the billing module from 41% to 85%",
      // Money and percentages.
      "Reduced AWS spend by $40k a month by moving batch jobs to spot instances",
      "Increased search click-through by 12% with a learning-to-rank model",
      // Frequency changes, ratios and zero.
      "Reduced duplicate-charge support tickets from weekly to rare with idempotency keys",
      "Increased release frequency from monthly to daily",
      "Made deploys twice as fast by caching Docker layers",
      "Cut p99 latency in half by replacing JSON with Protobuf on the hot path",
      "Reduced checkout errors to zero during the Black Friday peak",
    ];
    it.each(nearMisses)("%s", async (bullet) => {
      await expectClean(ruleId, bullet);
    });
  });

  it("points at each unmeasured outcome on its own line and skips the measured ones", async () => {
    const bullets = [
      "Improved the performance of the checkout API",
      "Scaled the API to handle increased holiday traffic",
      "Improved p95 checkout latency from 900 ms to 250 ms",
      "Reduced cloud costs by rightsizing EC2 instances",
    ];
    const messages = await lintBullets(bullets, { ruleId });
    expect(messages).toEqual([
      expect.objectContaining(atBullet(ruleId, bullets[0] as string, 0)),
      expect.objectContaining(atBullet(ruleId, bullets[3] as string, 3)),
    ]);
  });

  it("reports with the rule's default severity and url", async () => {
    const [message] = await lintBullets(["Improved the performance of the checkout API"], { ruleId });
    expect(message).toBeDefined();
    if (message) expectRuleFields(message, ruleId);
  });

  it.each(TARGET_LEVELS)("runs at target level %s", async (level) => {
    await expectFlagged(ruleId, "Enhanced the reliability of the notification pipeline", level);
  });
});
