import { describe, expect, it } from "vitest";
import {
  buildResume,
  buildResumeWithRoles,
  describeRuleMeta,
  expectActionableMessage,
  expectRuleFields,
  lintSource,
  locate,
  ROLE_HEADING,
  type TargetLevel,
} from "./test-helpers.js";

const ruleId = "coordination-heavy";
const levels: readonly TargetLevel[] = ["senior", "staff", "tech-lead"];

const lint = (source: string, level: TargetLevel = "senior") => lintSource(source, { level, ruleIds: [ruleId] });

const ROLE_TEXT = ROLE_HEADING.slice("### ".length);
const atRole = (source: string) => ({
  ruleId,
  ...locate(source, ROLE_TEXT),
  excerpt: "Software Engineer — Example Co",
});

const TECHNICAL = [
  "Owned the payments service and its on-call rotation, cutting pages from 30 to 4 a week",
  "Chose Postgres over DynamoDB for the ledger because refunds need multi-row transactions",
];

/** Roles that are mostly coordination with at most one technical claim. */
const coordinationRoles: [string, readonly string[]][] = [
  [
    "ceremonies, releases, status and tracking",
    [
      "Ran daily standups and sprint planning for a team of seven",
      "Coordinated the monthly release with QA and operations",
      "Sent weekly status reports to the head of product",
      "Tracked blockers and dependencies in JIRA",
    ],
  ],
  [
    "first person",
    [
      "I scheduled the design reviews for the platform group",
      "I facilitated our retrospectives and kept the action items moving",
      "I kept stakeholders informed about delivery dates",
    ],
  ],
  [
    "a release manager's duties",
    [
      "Coordinated the fortnightly release train across four feature teams",
      "Managed the release calendar in Confluence",
      "Scheduled and chaired the release go/no-go meeting",
      "Sent daily status updates to product and compliance",
    ],
  ],
  [
    "a scrum master's duties",
    [
      "Facilitated sprint reviews and retrospectives",
      "Groomed the backlog with the product owner every week",
      "Tracked team velocity and burndown",
      "Organised sprint demos for stakeholders",
    ],
  ],
  [
    "liaison work",
    [
      "Liaised with the payments vendor on integration dates",
      "Point of contact for the compliance team during the audit",
      "Reported progress and open risks to the programme board every Friday",
      "Chased upstream teams when their extracts were late",
    ],
  ],
  [
    "one technical claim among coordination",
    [
      "Ran daily standups and sprint planning for a team of seven",
      "Coordinated the monthly release with QA and operations",
      "Sent weekly status reports to the head of product",
      "Implemented the CSV export for the admin panel",
    ],
  ],
  [
    "meetings and trackers",
    [
      "Hosted the weekly architecture sync and wrote its minutes",
      "Maintained the roadmap spreadsheet for the group",
      "Organised the quarterly planning workshop for three teams",
    ],
  ],
  [
    "an SRE's coordination duties",
    [
      "Ran the weekly on-call handover meeting and maintained the rota",
      "Tracked postmortem action items to closure and reported progress monthly",
      "Coordinated maintenance windows with customer support",
    ],
  ],
];

/** Roles with coordination in them but enough technical work of their own, or too few claims. */
const technicalRoles: [string, readonly string[]][] = [
  [
    "coordination beside two technical claims",
    ["Coordinated the monthly release with QA and operations", ...TECHNICAL],
  ],
  [
    "one coordination claim in four",
    [
      "Ran daily standups for the team",
      ...TECHNICAL,
      "Cut p95 checkout latency from 900 ms to 180 ms by moving fraud checks off the request path",
    ],
  ],
  [
    "two coordination claims are too few to judge",
    ["Ran daily standups and sprint planning for a team of seven", "Sent weekly status reports to the head of product"],
  ],
  [
    "running the on-call rotation is operating",
    [
      "Ran the on-call rotation for the ledger service and cut pages from 25 to 6 a week",
      "Coordinated the monthly release with QA and operations",
      "Wrote the runbook for the settlement job",
    ],
  ],
  [
    "tracking down a bug is debugging",
    [
      "Tracked down a memory leak in the image resizer and fixed it",
      "Coordinated the monthly release with QA and operations",
      "Built the thumbnail cache in Go",
    ],
  ],
  [
    "scheduling jobs is engineering",
    [
      "Scheduled the nightly ETL jobs in Airflow with retries and SLAs",
      "Built the Spark job that dedupes 40M events a day",
      "Sent weekly status reports to the head of data",
    ],
  ],
  [
    "a coordinated migration with its tooling",
    [
      "Coordinated the move of 30 services to the new cluster with their owners",
      "Wrote the migration tool that copies each service's config and checks it",
      "Debugged DNS failures during the cut-over and added retries to the tool",
    ],
  ],
  [
    "a role of technical work only",
    [...TECHNICAL, "Wrote the runbook for the nightly settlement job after a failed run delayed payouts by a day"],
  ],
];

describe(ruleId, () => {
  describeRuleMeta(import.meta.url, { severity: "warning", levels });

  describe("flags a role that is mostly coordination, at the role's title line", () => {
    it.each(coordinationRoles)("%s", async (_name, bullets) => {
      const source = buildResume(bullets);
      const messages = await lint(source);
      expect(messages).toEqual([expect.objectContaining(atRole(source))]);
      const [message] = messages;
      if (!message) return;
      expectRuleFields(message, ruleId);
      expectActionableMessage(message);
    });
  });

  describe("leaves alone a role with technical work of its own", () => {
    it.each(technicalRoles)("%s", async (_name, bullets) => {
      expect(await lint(buildResume(bullets))).toEqual([]);
    });
  });

  it("counts the coordination claims and says what to add", async () => {
    const [, bullets] = coordinationRoles[0] as [string, readonly string[]];
    const [message] = await lint(buildResume(bullets), "staff");
    expect(message?.message).toBe(
      "This role reads as coordination: 4 of its 4 claims schedule, track, report status or run ceremonies, and none shows a technical decision or hands-on work; for a hands-on staff target, add the design choices, code, reviews or debugging that were yours.",
    );
  });

  it("runs for hands-on targets only", async () => {
    const [, bullets] = coordinationRoles[0] as [string, readonly string[]];
    const source = buildResume(bullets);
    for (const level of levels) expect(await lint(source, level)).toHaveLength(1);
    for (const level of ["mid", "manager"] as const) expect(await lint(source, level)).toEqual([]);
  });

  it("reports an older coordination-heavy role at its own heading", async () => {
    const [, bullets] = coordinationRoles[2] as [string, readonly string[]];
    const source = buildResumeWithRoles([
      { heading: ROLE_HEADING, bullets: TECHNICAL },
      { heading: "### Release Coordinator — Sample Inc (2017–2020)", bullets },
    ]);
    const messages = await lint(source);
    expect(messages.map(({ line, column, excerpt }) => ({ line, column, excerpt }))).toEqual([
      {
        line: locate(source, "Release Coordinator — Sample Inc (2017–2020)").line,
        column: 5,
        excerpt: "Release Coordinator — Sample Inc",
      },
    ]);
  });
});
