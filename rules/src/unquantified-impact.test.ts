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

  describe("outcome words beyond improved and reduced", () => {
    const flagged: [string, string][] = [
      ["Exceeded quarterly delivery goals for the integrations team", "Exceeded quarterly delivery goals"],
      ["Delivered projects on a tight roadmap while exceeding client expectations", "exceeding client expectations"],
      ["Expedited vendor onboarding by scripting account provisioning", "Expedited"],
      ["Wrote onboarding guides for new hires to expedite their first week", "expedite"],
      ["Started the team blog, amplifying our engineering brand", "amplifying"],
      ["Rebuilt the component library, elevating visual consistency across the site", "elevating"],
      [
        "Automated invoice matching, enabling finance to close each month efficiently",
        "enabling finance to close each month efficiently",
      ],
    ];
    it.each(flagged)("%s", async (bullet, trigger) => {
      await expectTrigger(ruleId, bullet, trigger);
    });
  });

  describe("an outcome told as a noun, or in its own sentence", () => {
    const flagged: [string, string][] = [
      ["Delivered latency improvements for the mobile API gateway", "Delivered latency improvements"],
      ["Led quality improvements by adding contract tests", "Led quality improvements"],
      ["Made several improvements to the build scripts", "Made several improvements"],
      ["Moved thumbnail rendering to a worker pool. This noticeably increased page responsiveness.", "increased"],
      [
        "My work enabled support agents to resolve refund cases faster",
        "enabled support agents to resolve refund cases faster",
      ],
      ["Replaced the search index. Our redesign reduced query timeouts.", "reduced"],
    ];
    it.each(flagged)("%s", async (bullet, trigger) => {
      await expectTrigger(ruleId, bullet, trigger);
    });
  });

  describe("leaves alone feature work, titles and won results", () => {
    const nearMisses = [
      // "Enhance" a thing with what was added, or beside maintain: building on it.
      "Enhanced the order service with multi-currency pricing support",
      "Enhanced the audit log with actor and reason fields",
      "Northwind hired me to maintain and enhance their inventory app",
      // A course or project title in a lead-in.
      "Improving Data Pipelines: Batch and Streaming Foundations – Coursera (2021)",
      // The claim names what it won.
      "Won the internal hackathon with a prototype to streamline release notes",
      "Took first place at the city hackathon with a tool to improve bus timetables",
      // Measured.
      "Exceeded the quarterly sales target by 18%",
      "My work cut refund handling from 3 days to 4 hours",
    ];
    it.each(nearMisses)("%s", async (bullet) => {
      await expectClean(ruleId, bullet);
    });

    const flagged: [string, string][] = [
      // A quality after the verb keeps the outcome.
      ["Enhanced the mobile app with offline mode, improving reliability", "Enhanced"],
      ["Enhanced app interactivity with a state machine library", "Enhanced"],
      // With neither the addition named nor a building verb beside it, "enhanced" claims an effect.
      ["Enhanced the admin dashboard", "Enhanced"],
    ];
    it.each(flagged)("but flags %s", async (bullet, trigger) => {
      await expectTrigger(ruleId, bullet, trigger);
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
