import { describe, expect, it } from "vitest";
import { analyseDocument, isEvidenceClaim } from "../analyse/analyse-document.js";
import type { TargetLevel } from "../model/target-levels.js";
import { readResumeText } from "../read/index.js";
import { vocabulary } from "../test-vocabulary.js";
import { readLevel } from "./assess.js";

function assess(bullets: readonly string[], target: TargetLevel = "senior", title = "Software Engineer") {
  const source = [
    "## Experience",
    "",
    `### ${title} — Example Co (2020–2024)`,
    "",
    ...bullets.map((b) => `- ${b}`),
    "",
  ];
  const document = readResumeText(source.join("\n"), { vocabulary });
  return readLevel(document, analyseDocument(document, vocabulary).filter(isEvidenceClaim), target);
}

const SENIOR = [
  "Owned the payments service and its on-call rotation, cutting pages from 30 to 4 a week",
  "Chose Postgres over DynamoDB for the ledger because refunds need multi-row transactions",
  "Set the rollout gates for the card-vault migration and moved 40 merchants without downtime",
  "Wrote the runbook for the nightly settlement job after a failed run delayed payouts by a day",
  "Cut p95 checkout latency from 900 ms to 180 ms by moving fraud checks off the request path",
];

const STAFF = [
  "Wrote the service deployment standard (canary checks, one-command rollback) that 9 teams adopted within two quarters",
  "Led the migration of 120 services across 6 teams from Jenkins to Argo CD, with rollback tested per service",
  "Designed the event schema contract other teams publish against, and reviewed each of the 7 teams' adoption plans",
  "Owned the build service and its on-call rotation, cutting red builds from 12% to 3%",
  "Chose Bazel remote caching over bigger CI runners after a two-week trial, halving build cost",
];

const BUILDER = [
  "Designed the partner API under a 50 ms p99 latency budget",
  "Cut compute cost by 40% by rewriting the batch scheduler in Rust",
  "Built the pricing engine used by the checkout and quote services",
  "Implemented the rules DSL that merchandisers use to set discounts",
];

describe("readLevel", () => {
  it("has no assessment with fewer than three claims, but still reads the claims and roles", () => {
    const reading = assess(SENIOR.slice(0, 2));
    expect(reading.assessment).toBeNull();
    expect(reading.claims).toHaveLength(2);
    expect(reading.roles).toHaveLength(1);
  });

  it("estimates senior from owned, operated, decided work, with the lenses that earned it", () => {
    const { assessment } = assess(SENIOR);
    expect(assessment).toMatchObject({ estimated: "senior", belowMid: false, shortfalls: [], gates: [] });
    expect(assessment?.supports).toMatchObject({ mid: true, senior: true, staff: false, manager: false });
    expect(assessment?.lenses.scope).toMatchObject({ score: 3 });
    expect(assessment?.lenses.scope.evidence[0]).toMatchObject({ line: 5, column: 3 });
    expect(assessment?.deciding.length).toBeGreaterThan(0);
  });

  it("estimates staff from multi-team work with proof on top of senior evidence", () => {
    const { assessment } = assess(STAFF, "staff", "Staff Engineer");
    expect(assessment?.estimated).toBe("staff");
    expect(assessment?.lenses.scope.score).toBe(4);
    expect(assessment?.supports.staff).toBe(true);
  });

  it("reads a builder who never operates as mid, and says production responsibility is what is missing", () => {
    const { assessment } = assess(BUILDER);
    expect(assessment?.estimated).toBe("mid");
    expect(assessment?.shortfalls[0]).toMatchObject({ area: "production-responsibility", score: 0, expected: 3 });
    expect(assessment?.downLevelRisk).toMatch(/building but little operating/);
  });

  it("scores the observable rubric categories 0–4 with citations, and says the others cannot be seen", () => {
    const { assessment } = assess(SENIOR);
    const categories = assessment?.rubric.map((entry) => [entry.category, entry.observable]);
    expect(categories).toEqual([
      ["evidence-over-tenure", true],
      ["scope-clarity", true],
      ["technical-depth", true],
      ["production-responsibility", true],
      ["influence-evidence", true],
      ["role-calibration", false],
      ["down-level-readiness", false],
    ]);
    for (const entry of assessment?.rubric ?? []) {
      if (!entry.observable) {
        expect(entry).not.toHaveProperty("score");
        continue;
      }
      expect(entry.score).toBeGreaterThanOrEqual(0);
      expect(entry.score).toBeLessThanOrEqual(4);
      expect(entry.reason).toMatch(/\.$/);
    }
  });

  it("gates a staff target on technical depth and production responsibility below 3", () => {
    const { assessment } = assess(BUILDER, "staff");
    expect(assessment?.gates).toEqual([
      expect.stringMatching(/^Production responsibility scores 0 of 4; a staff reviewer wants/),
    ]);
    expect(assess(BUILDER, "senior").assessment?.gates).toEqual([]);
  });

  it("names the team-local scope as the likeliest down-level reason for a senior resume at staff", () => {
    const { assessment } = assess(SENIOR, "staff");
    expect(assessment?.supports.staff).toBe(false);
    expect(assessment?.shortfalls.map((shortfall) => shortfall.area)).toContain("scope");
    expect(assessment?.downLevelRisk).toMatch(/^The likeliest down-level reason at staff: /);
  });

  it("names coordination as the down-level reason when the recent role is mostly coordination", () => {
    const { assessment } = assess([
      "Ran daily standups and sprint planning for a team of seven",
      "Coordinated the monthly release with QA and operations",
      "Sent weekly status reports to the head of product",
      "Tracked blockers and dependencies in JIRA",
    ]);
    expect(assessment?.downLevelRisk).toMatch(/reads as coordination/);
  });

  it("says the evidence reads below mid when there is no mid-level work, and still names mid", () => {
    const { assessment } = assess(["Helped with the website", "Learned React", "Attended team meetings"]);
    expect(assessment).toMatchObject({ estimated: "mid", belowMid: true });
  });

  it("weighs the recent role more than an older one", () => {
    const source = [
      "## Experience",
      "",
      "### Software Engineer — Example Co (2022–2024)",
      "",
      "- Fixed bugs in the admin panel",
      "- Wrote unit tests for the export job",
      "- Added filtering to the product search API",
      "",
      "### Software Engineer — Sample Inc (2017–2022)",
      "",
      ...SENIOR.slice(0, 3).map((bullet) => `- ${bullet}`),
      "",
    ].join("\n");
    const document = readResumeText(source, { vocabulary });
    const { claims } = readLevel(document, analyseDocument(document, vocabulary).filter(isEvidenceClaim), "senior");
    expect(claims.map((claim) => claim.weight)).toEqual([1, 1, 1, 0.75, 0.75, 0.75]);
  });
});
