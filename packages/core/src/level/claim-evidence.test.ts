import { describe, expect, it } from "vitest";
import { analyseClaim } from "../analyse/claim.js";
import { vocabulary } from "../test-vocabulary.js";
import { readClaimEvidence } from "./claim-evidence.js";

const read = (text: string) => readClaimEvidence(analyseClaim(text, vocabulary));

describe("readClaimEvidence", () => {
  it.each([
    ["Fixed bugs in the checkout form", "feature", "mid"],
    ["Helped with the migration to Kubernetes", "task", "mid"],
    ["Used React, Redux and TypeScript", "task", null],
    ["Owned the payments service and its on-call rotation, cutting pages from 30 to 4 a week", "service", "senior"],
    ["Chose Postgres over DynamoDB for the ledger because refunds need multi-row transactions", "service", "senior"],
    ["Wrote the service deployment standard that 9 teams adopted within two quarters", "organisation", "staff"],
    ["Led the migration of 120 services from Jenkins to Argo CD", "organisation", "staff"],
    ["Built a notification service used by 3 product teams", "multi-team", "senior"],
    ["Championed company-wide accessibility standards", "task", null],
    ["Hired 5 engineers and ran their performance reviews", "task", "manager"],
    ["Tech lead for the search team of five: sequenced the rework into four milestones", "service", "tech-lead"],
    ["Mentored two engineers until each owned a part of the indexer on their own", "task", "tech-lead"],
    ["Ran daily standups and sprint planning for a team of seven", "task", null],
  ])("%s → %s altitude, %s evidence", (text, altitude, shape) => {
    expect(read(text)).toMatchObject({ altitude, shape });
  });

  it("counts running a system after launch as operating, and a result reached while building as an outcome", () => {
    expect(read("Cut compute cost by 40% by rewriting the batch scheduler in Rust").kinds).not.toContain("operating");
    expect(read("Met the 50 ms p99 latency budget for the partner API").kinds).not.toContain("operating");
    for (const operating of [
      "Cut monthly AWS spend from $80k to $52k by rightsizing the Kafka cluster",
      "Set up cost alerts and budgets for every AWS account",
      "Wrote the postmortem for the June outage and shipped its three follow-ups",
      "Added canary releases and automatic rollback to the deploy pipeline",
    ])
      expect(read(operating).kinds, operating).toContain("operating");
  });

  it("counts decisions as authority, not helping implement or leading alignment", () => {
    expect(read("Chose Kafka over SQS because consumers replay a week of events").kinds).toContain("decision");
    expect(read("Set the rollout gates for the card-vault migration").kinds).toContain("decision");
    expect(read("Defined the ownership boundaries between the ledger and payouts services").kinds).toContain(
      "decision",
    );
    for (const notAuthority of ["Helped implement the ledger service", "Led alignment across the payments teams"]) {
      const evidence = read(notAuthority);
      expect(evidence.kinds, notAuthority).not.toContain("decision");
      expect(evidence.strength.authority, notAuthority).toBeLessThan(3);
    }
  });

  it("lists the lenses a claim gives evidence for, in lens order, from its strengths", () => {
    const evidence = read("Owned the payments service and its on-call rotation, cutting pages from 30 to 4 a week");
    expect(evidence.lenses).toEqual(["scope", "authority", "consequence"]);
    expect(evidence.strength).toEqual({ scope: 3, complexity: 0, authority: 2, consequence: 3 });
  });

  it("reads a coordination duty as coordination, even when it touches a release or a compliance sign-off", () => {
    const evidence = read("Tracked release blockers in JIRA and sent daily status updates to product and compliance");
    expect(evidence.kinds).toContain("coordination");
    expect(evidence.kinds).not.toContain("operating");
    expect(evidence.shape).toBeNull();
  });
});
