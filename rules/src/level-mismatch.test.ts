import { lintText, TARGET_LEVELS } from "@reslint/core";
import { describe, expect, it } from "vitest";
import { rules, vocabulary } from "./index.js";
import {
  buildResume,
  buildResumeWithRoles,
  describeRuleMeta,
  expectActionableMessage,
  expectRuleFields,
  lintSource,
  type TargetLevel,
} from "./test-helpers.js";

const ruleId = "level-mismatch";

const lint = (source: string, level: TargetLevel) => lintSource(source, { level, ruleIds: [ruleId] });

/** The finding about the whole resume sits on its first line: "## Experience" → "Experience". */
const TOP = { ruleId, line: 1, column: 1, endLine: 1, endColumn: 14, excerpt: "Experience" };

const SENIOR_BULLETS = [
  "Owned the payments service and its on-call rotation, cutting pages from 30 to 4 a week",
  "Chose Postgres over DynamoDB for the ledger because refunds need multi-row transactions",
  "Set the rollout gates for the card-vault migration and moved 40 merchants without downtime",
  "Wrote the runbook for the nightly settlement job after a failed run delayed payouts by a day",
  "Cut p95 checkout latency from 900 ms to 180 ms by moving fraud checks off the request path",
];

const STAFF_BULLETS = [
  "Wrote the service deployment standard (canary checks, one-command rollback) that 9 teams adopted within two quarters",
  "Led the migration of 120 services across 6 teams from Jenkins to Argo CD, with rollback tested per service",
  "Designed the event schema contract other teams publish against, and reviewed each of the 7 teams' adoption plans",
  "Owned the build service and its on-call rotation, cutting red builds from 12% to 3%",
  "Chose Bazel remote caching over bigger CI runners after a two-week trial, halving build cost",
  "Incident commander for cross-team outages; wrote the postmortem process every team now follows",
];

const MANAGER_BULLETS = [
  "Managed a team of 9 engineers across two squads, with weekly 1:1s and quarterly growth plans",
  "Hired 5 engineers in 2023 and redesigned the interview loop around a pairing exercise",
  "Ran performance reviews and promotion calibration for the group; three promotions in two years",
  "Owned the team's headcount plan and staffing for the payments roadmap",
  "Cut voluntary attrition from 20% to 6% by fixing on-call load and career paths",
];

const TECH_LEAD_BULLETS = [
  "Tech lead for the search team of five: sequenced the relevance rework into four independently shippable milestones",
  "Reviewed every design and pull request touching the query path and set the review bar for it",
  "Mentored two engineers until each owned a part of the indexer on their own",
  "Wrote the ranking feature pipeline in Go and debugged its latency regressions in production",
  "Owned rollout decisions for search changes: experiments, feature flags and rollback criteria",
  "Ran the team's on-call rotation and cut pages from 25 to 6 a week",
];

/** Resumes whose evidence falls short of the level they are linted at. */
const shortOfTarget: [string, TargetLevel, string][] = [
  [
    "features and fixes, at senior",
    "senior",
    buildResume([
      "Built the order history page in React",
      "Added filtering to the product search API",
      "Fixed bugs in the checkout form",
      "Wrote unit tests for the cart service",
    ]),
  ],
  [
    "a builder who never mentions operating, at senior",
    "senior",
    buildResume([
      "Designed the partner API under a 50 ms p99 latency budget",
      "Cut compute cost by 40% by rewriting the batch scheduler in Rust",
      "Built the pricing engine used by the checkout and quote services",
      "Implemented the rules DSL that merchandisers use to set discounts",
    ]),
  ],
  ["team-local senior evidence, at staff", "staff", buildResume(SENIOR_BULLETS)],
  [
    "strategy words without proof, at staff",
    "staff",
    buildResume([
      "Set the company-wide engineering strategy",
      "Drove the technical vision for the whole organisation",
      "Built the notifications service in Go",
      "Fixed bugs in the email templates",
    ]),
  ],
  ["a senior IC, at manager", "manager", buildResume(SENIOR_BULLETS)],
  ["a senior IC with no team leadership, at tech-lead", "tech-lead", buildResume(SENIOR_BULLETS)],
  [
    "a coordinator, at senior",
    "senior",
    buildResume([
      "Ran daily standups and sprint planning for a team of seven",
      "Coordinated the monthly release with QA and operations",
      "Sent weekly status reports to the head of product",
      "Tracked blockers and dependencies in JIRA",
    ]),
  ],
  [
    "supporting parts only, at senior",
    "senior",
    buildResume([
      "Helped with the migration to Kubernetes",
      "Worked on the billing service",
      "Participated in the design of the event schema",
      "Assisted the team with on-call handovers",
    ]),
  ],
  [
    "a manager's evidence, at staff",
    "staff",
    buildResume(MANAGER_BULLETS, "### Engineering Manager — Example Co (2020–2024)"),
  ],
];

/** Resumes whose evidence supports the level they are linted at, or that say too little to judge. */
const supported: [string, TargetLevel, string][] = [
  ["senior evidence, at senior", "senior", buildResume(SENIOR_BULLETS)],
  ["senior evidence, at mid", "mid", buildResume(SENIOR_BULLETS)],
  ["staff evidence, at staff", "staff", buildResume(STAFF_BULLETS)],
  ["staff evidence, at senior (a target below the evidence is no warning)", "senior", buildResume(STAFF_BULLETS)],
  ["a manager's evidence, at manager", "manager", buildResume(MANAGER_BULLETS)],
  ["a tech lead's evidence, at tech-lead", "tech-lead", buildResume(TECH_LEAD_BULLETS)],
  [
    "features and fixes, at mid",
    "mid",
    buildResume(["Built the order history page in React", "Added filtering to the search API", "Fixed checkout bugs"]),
  ],
  [
    "two claims: too few to estimate",
    "staff",
    buildResume(["Built the order history page in React", "Fixed checkout bugs"]),
  ],
  [
    "senior evidence in the recent role over an older junior role, at senior",
    "senior",
    buildResumeWithRoles([
      { heading: "### Software Engineer — Example Co (2021–2024)", bullets: SENIOR_BULLETS },
      {
        heading: "### Junior Developer — Sample Inc (2018–2021)",
        bullets: ["Fixed bugs in the admin panel", "Wrote unit tests for the export job"],
      },
    ]),
  ],
];

describe(ruleId, () => {
  describeRuleMeta(import.meta.url, { severity: "warning", levels: TARGET_LEVELS });

  describe("flags a resume whose evidence falls short of the target, once, at its first line", () => {
    it.each(shortOfTarget)("%s", async (_name, level, source) => {
      const messages = await lint(source, level);
      expect(messages).toEqual([expect.objectContaining(TOP)]);
      const [message] = messages;
      if (!message) return;
      expectRuleFields(message, ruleId);
      expectActionableMessage(message);
      expect(message.message).toContain(`not ${level}`);
    });
  });

  describe("leaves alone evidence that supports the target", () => {
    it.each(supported)("%s", async (_name, level, source) => {
      expect(await lint(source, level)).toEqual([]);
    });
  });

  it("names the estimate and the lenses or rubric categories that fall short, each with a remedy", async () => {
    const [message] = await lint(buildResume(SENIOR_BULLETS), "staff");
    expect(message?.message).toMatch(/^The evidence reads as senior level, not staff\. Short: /);
    expect(message?.message).toMatch(/scope 3 of 4 \(name the teams that adopted/);
  });

  it("says mid is the lowest level when the evidence reads below it", async () => {
    const source = buildResume(["Helped with the website", "Learned React", "Attended team meetings"]);
    const [message] = await lint(source, "senior");
    expect(message?.message).toContain("below mid-level work (mid is the lowest level reslint names)");
  });

  it("reports the builder's missing operating through the rubric, and the production rule agrees", async () => {
    const [, , source] = shortOfTarget[1] as [string, TargetLevel, string];
    const result = lintText(source, { level: "senior", rules, vocabulary });
    expect(result.level.assessment?.estimated).toBe("mid");
    expect(result.messages.map((message) => message.ruleId)).toContain("missing-production-ownership");
    expect(result.level.assessment?.shortfalls[0]?.area).toBe("production-responsibility");
  });

  it("gives the same message on every run", async () => {
    const source = buildResume(SENIOR_BULLETS);
    const first = await lint(source, "staff");
    for (let run = 0; run < 3; run++) expect(await lint(source, "staff")).toEqual(first);
  });
});
