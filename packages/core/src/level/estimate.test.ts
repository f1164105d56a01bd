import { describe, expect, it } from "vitest";
import { analyseDocument } from "../analyse/analyse-document.js";
import { readResumeText } from "../read/index.js";
import { collectLevelEvidence, estimateLevel } from "./estimate.js";

function claimsOf(...rows: string[]) {
  return analyseDocument(readResumeText(`${rows.join("\n")}\n`));
}

const estimate = (...rows: string[]) => estimateLevel(claimsOf(...rows));

describe("estimateLevel", () => {
  it("is null with fewer than three claims", () => {
    expect(estimateLevel([])).toBeNull();
    expect(
      estimate(
        "## Experience",
        "",
        "### Senior Engineer — Fernleaf (2019–2024)",
        "",
        "- Owned the checkout service and its on-call rotation.",
        "- Cut checkout errors from 2% to 0.3%.",
      ),
    ).toBeNull();
  });

  it("reads hands-on work without ownership backed by results as mid", () => {
    expect(
      estimate(
        "## Experience",
        "",
        "### Software Engineer — Pinecone Games (2020–2024)",
        "",
        "- Built the leaderboard service in Go.",
        "- Wrote unit tests for the matchmaking code.",
        "- Fixed bugs in the inventory screen.",
      ),
    ).toBe("mid");
  });

  it("reads owned, measured work with production ownership as senior", () => {
    expect(
      estimate(
        "## Experience",
        "",
        "### Senior Software Engineer — Fernleaf Payments (2019–2024)",
        "",
        "- Owned the settlement service and its on-call rotation.",
        "- Cut p95 settlement latency from 900 ms to 150 ms.",
        "- Migrated 40 merchant integrations to the new API with zero downtime.",
      ),
    ).toBe("senior");
  });

  it("needs production ownership for senior: measured work alone reads as mid", () => {
    expect(
      estimate(
        "## Experience",
        "",
        "### Software Engineer — Fernleaf Payments (2019–2024)",
        "",
        "- Cut p95 settlement latency from 900 ms to 150 ms.",
        "- Built the payout export, cutting finance's reconciliation time by 40%.",
        "- Wrote the merchant onboarding form.",
      ),
    ).toBe("mid");
  });

  it("reads senior evidence plus work across several teams as staff", () => {
    expect(
      estimate(
        "## Experience",
        "",
        "### Staff Engineer — Fernleaf Payments (2019–2024)",
        "",
        "- Owned the ledger service and its on-call rotation.",
        "- Cut reconciliation time from 6 hours to 20 minutes.",
        "- Designed the event schema standard adopted by 9 teams.",
        "- Wrote the migration guide that moved 4 teams off the legacy queue.",
      ),
    ).toBe("staff");
  });

  it("reads senior evidence plus attributed technical leadership and hands-on work as tech-lead", () => {
    expect(
      estimate(
        "## Experience",
        "",
        "### Tech Lead — Fernleaf Payments (2019–2024)",
        "",
        "- Owned the checkout service and its on-call rotation.",
        "- Cut checkout errors from 2% to 0.3%.",
        "- Led the retry redesign by writing the RFC and reviewing every change; the team adopted it as the default.",
        "- Mentored three engineers through weekly pairing sessions until each ran the on-call rotation alone.",
        "- Implemented the retry queue in Go.",
        "- Built the fraud-check client and its load tests.",
      ),
    ).toBe("tech-lead");
  });

  it("reads recent work that is mostly about people as manager", () => {
    expect(
      estimate(
        "## Experience",
        "",
        "### Engineering Manager — Fernleaf Payments (2021–2024)",
        "",
        "- Hired 6 engineers and ran the interview loop.",
        "- Managed a team of 8 engineers across two time zones.",
        "- Ran performance reviews and career development plans for 8 people.",
        "",
        "### Senior Engineer — Quill (2017–2021)",
        "",
        "- Owned the billing service and its on-call rotation.",
        "- Cut invoice generation time from 4 hours to 10 minutes.",
      ),
    ).toBe("manager");
  });

  it("counts only the two most recent roles when they have at least three claims", () => {
    const rows = [
      "## Experience",
      "",
      "### Software Engineer — Pinecone (2022–2024)",
      "",
      "- Built the leaderboard service in Go.",
      "- Wrote unit tests for the matchmaking code.",
      "- Fixed bugs in the inventory screen.",
      "",
      "### Intern — Pinecone (2021)",
      "",
      "- Built a prototype of the replay viewer.",
      "",
      "### Senior Engineer — Quill (2017–2021)",
      "",
      "- Owned the billing service and its on-call rotation.",
      "- Cut invoice generation time from 4 hours to 10 minutes.",
      "- Migrated 40 merchants to the new API with zero downtime.",
    ];
    expect(estimate(...rows)).toBe("mid");
    // The older senior evidence is there; it is the recency that sets the estimate.
    expect(collectLevelEvidence(claimsOf(...rows)).seniorOwnership).toBe(3);
  });

  it("falls back to every claim when the recent roles have fewer than three", () => {
    expect(
      estimate(
        "## Experience",
        "",
        "### Senior Engineer — Fernleaf (2023–2024)",
        "",
        "- Owned the settlement service and its on-call rotation.",
        "",
        "### Engineer — Quill (2021–2023)",
        "",
        "- Wrote the onboarding form.",
        "",
        "### Engineer — Lattice (2017–2021)",
        "",
        "- Cut p95 settlement latency from 900 ms to 150 ms.",
        "- Migrated 40 merchant integrations to the new API with zero downtime.",
      ),
    ).toBe("senior");
  });
});

describe("collectLevelEvidence", () => {
  it("counts each kind of evidence once per claim", () => {
    const evidence = collectLevelEvidence(
      claimsOf(
        "## Experience",
        "",
        "- Owned the settlement service and its on-call rotation, cutting pages from 30 a week to 4.",
        "- Hired 6 engineers and ran the interview loop.",
        "- Built the payout export.",
      ),
    );
    expect(evidence).toEqual({
      seniorOwnership: 1,
      operating: 1,
      multiTeam: 0,
      technicalLeadership: 0,
      handsOn: 1,
      peopleManagement: 1,
    });
  });

  it("is all zeros for no claims", () => {
    expect(collectLevelEvidence([])).toEqual({
      seniorOwnership: 0,
      operating: 0,
      multiTeam: 0,
      technicalLeadership: 0,
      handsOn: 0,
      peopleManagement: 0,
    });
  });
});
