import { describe, expect, it } from "vitest";
import {
  atBullet,
  describeRuleMeta,
  expectClean,
  expectFlagged,
  expectRuleFields,
  lintBullets,
  lintSource,
  type TargetLevel,
} from "./test-helpers.js";

const ruleId = "unattributed-leadership";
const levels: readonly TargetLevel[] = ["senior", "staff", "tech-lead", "manager"];

describe(ruleId, () => {
  describeRuleMeta(import.meta.url, { severity: "warning", levels });

  describe("flags leadership or influence with no mechanism, artifact, adoption or result", () => {
    const flagged = [
      "Led the technical direction of the checkout team",
      "Mentored junior engineers on the team",
      "Influenced teammates to take code quality more seriously",
      "Spearheaded the move to microservices",
      "Championed a culture of ownership within the payments squad",
      "Drove alignment with product and design on the roadmap",
      "Served as technical lead for the mobile platform team",
      "Coached engineers to grow into senior roles",
      "Guided the team through a period of rapid change",
      "Led cross-functional collaboration with marketing and sales",
    ];
    it.each(flagged)("%s", async (bullet) => {
      await expectFlagged(ruleId, bullet);
    });
  });

  describe("leaves alone leadership that names a mechanism, an artifact, adoption or a result", () => {
    const nearMisses = [
      // A rollout design and a result.
      "Led the reindexing migration with a two-week dual-read period and a one-click rollback; no customer-facing errors",
      // Durable ownership by the people mentored.
      "Mentored two engineers until each ran the on-call rotation alone",
      // What was written and reviewed.
      "Led the retry-policy rollout: wrote the idempotency guide and reviewed the first four service changes",
      // Adoption by others.
      "Drove adoption of the shared CI template, now used by 9 of 11 service teams",
      // Mechanism and artifact.
      "Influenced the data team to adopt our event schema by writing a compatibility RFC and a migration script",
      // A measured result.
      "Spearheaded the Kotlin migration of the Android app, cutting the crash rate from 1.2% to 0.3%",
      // Decisions made in review.
      "Led design reviews for the orders service and rejected two schemas that broke idempotency",
      // Artifacts and what changed for the people coached.
      "Coached two engineers through their first design docs; both now lead projects of their own",
      "Mentored three new hires with weekly pairing sessions; all three shipped to production in their first month",
      "Led the on-call handbook effort: wrote the escalation policy and trained 14 engineers to use it",
      // "led" and "lead" that are not leadership claims at all.
      "Rewrote the cache eviction policy, which led to a 30% drop in database reads",
      "Built the lead-routing service that assigns 20k sales leads a day",
    ];
    it.each(nearMisses)("%s", async (bullet) => {
      await expectClean(ruleId, bullet);
    });
  });

  it("points at each unattributed claim on its own line and skips the attributed ones", async () => {
    const bullets = [
      "Mentored two engineers until each ran the on-call rotation alone",
      "Mentored junior engineers on the team",
      "Rewrote the cache eviction policy, which led to a 30% drop in database reads",
      "Spearheaded the move to microservices",
    ];
    const messages = await lintBullets(bullets, { ruleId });
    expect(messages).toEqual([
      expect.objectContaining(atBullet(ruleId, bullets[1] as string, 1)),
      expect.objectContaining(atBullet(ruleId, bullets[3] as string, 3)),
    ]);
  });

  describe("reads lead titles, first-person prose and more leadership verbs", () => {
    const flagged: [string, string][] = [
      ["Team lead for the claims processing squad", "Team lead"],
      ["Co-leading the accessibility working group", "Co-leading"],
      ["Lead developer on the booking engine rewrite", "Lead developer on"],
      ["Served the partner programme as a mentor for new integrators", "as a mentor"],
      ["Quayside hired me to drive the rebuild of their ordering app", "drive"],
      ["Directed the consolidation of three reporting tools into one", "Directed"],
      ["Supervises the weekend operations shift", "Supervises"],
      ["Coordinated the regional support teams during the system cut-over", "Coordinated the regional support teams"],
      ["Managed the QA team through the platform upgrade", "Managed the QA team"],
      ["Proven track record of mentoring engineers into senior roles", "record of mentoring"],
      ["Led the rebuild using the newly designed page components", "Led"],
      ["Led release quality efforts to maintain high standards across teams", "Led"],
    ];
    it.each(flagged)("%s", async (bullet, trigger) => {
      const [message] = await lintBullets([bullet], { ruleId });
      expect(message?.trigger?.text).toBe(trigger);
    });

    const nearMisses = [
      // A title backed by a result, a mechanism or adoption.
      "Tech lead for the checkout squad; cut failed payments from 3% to 0.8% in two quarters",
      "Co-lead of the API guild: wrote the versioning guideline that 6 teams adopted",
      // Someone else's title, and a list of titles.
      "Paired with the team lead on the quarterly capacity plan, which I wrote",
      // Technical senses of the same verbs.
      "Directed write traffic to the standby region during the failover drill",
      "Managed the Terraform modules for the staging and production accounts",
      "Coordinated the release of the SDK with a written rollout plan and a canary stage",
      // An aim, not an act of leadership.
      "Wrote onboarding notes to direct new hires to the right owners",
      "Built a thermostat controller to measure and influence room temperature",
    ];
    it.each(nearMisses)("leaves alone %s", async (bullet) => {
      await expectClean(ruleId, bullet);
    });

    it("leaves a lead title in the summary to the experience that backs it", async () => {
      const source = ["# A. Writer", "", "## Summary", "", "Tech lead for a payments team of five.", ""].join("\n");
      const messages = await lintSource(source, { ruleIds: [ruleId] });
      expect(messages).toEqual([]);
    });
  });

  it("reports with the rule's default severity and url", async () => {
    const [message] = await lintBullets(["Mentored junior engineers on the team"], { ruleId });
    expect(message).toBeDefined();
    if (message) expectRuleFields(message, ruleId);
  });

  it.each(levels)("runs at target level %s", async (level) => {
    await expectFlagged(ruleId, "Mentored junior engineers on the team", level);
  });

  it("does not run for a mid-level target", async () => {
    await expectClean(ruleId, "Mentored junior engineers on the team", "mid");
    await expectClean(ruleId, "Led the technical direction of the checkout team", "mid");
  });
});
