import { TARGET_LEVELS } from "@reslint/core";
import { describe, expect, it } from "vitest";
import {
  buildResume,
  buildResumeWithRoles,
  describeRuleMeta,
  expectActionableMessage,
  expectRuleFields,
  lintSource,
  locate,
  type TargetLevel,
} from "./test-helpers.js";

const ruleId = "title-evidence-mismatch";

const lint = (source: string, level: TargetLevel = "senior") => lintSource(source, { level, ruleIds: [ruleId] });

const heading = (title: string) => `### ${title} — Example Co (2021–2024)`;

/** Where a finding about a role points: the heading's text after "### ", excerpt "title — organisation". */
function atRole(source: string, title: string) {
  const { line, column, endLine, endColumn } = locate(source, `${title} — Example Co (2021–2024)`);
  return { ruleId, line, column, endLine, endColumn, excerpt: `${title} — Example Co` };
}

const TASKS = [
  "Built the order history page in React",
  "Added filtering to the product search API",
  "Fixed flaky tests in the checkout suite",
];

const TEAM_LOCAL_SENIOR = [
  "Owned the payments service and its on-call rotation, cutting pages from 30 to 4 a week",
  "Chose Postgres over DynamoDB for the ledger because refunds need multi-row transactions",
  "Cut p95 checkout latency from 900 ms to 180 ms by moving fraud checks off the request path",
];

/** Titles that claim more than any of their claims show. */
const overclaimed: [string, string, readonly string[]][] = [
  ["a Staff title over feature work", "Staff Engineer", TASKS],
  ["a Principal title over team-local senior work", "Principal Engineer", TEAM_LOCAL_SENIOR],
  ["a Lead title over feature work", "Lead Developer", TASKS],
  [
    "a Tech Lead title over tasks",
    "Tech Lead",
    ["Fixed bugs in the admin panel", "Wrote unit tests for the export job"],
  ],
  ["an Engineering Manager title over IC work", "Engineering Manager", TEAM_LOCAL_SENIOR],
  [
    "a Head-of title over hands-on work",
    "Head of Data",
    ["Built the Airflow DAGs for the finance reports", "Wrote SQL models for the sales dashboard"],
  ],
  ["a Senior title over tasks", "Senior Software Engineer", TASKS],
  [
    "a Sr. title over supporting parts",
    "Sr. Developer",
    ["Helped with the migration to Kubernetes", "Worked on the billing service", "Assisted with code reviews"],
  ],
];

/** Titles that at least one claim earns, titles that claim no level, and roles too short to judge. */
const earned: [string, string, readonly string[]][] = [
  [
    "a Staff title with one multi-team story",
    "Staff Engineer",
    [...TASKS, "Wrote the service deployment standard that 9 teams adopted within two quarters"],
  ],
  [
    "a Lead title with mentoring that ended in ownership",
    "Lead Developer",
    [...TASKS, "Mentored two engineers until each owned a part of the indexer on their own"],
  ],
  [
    "a Tech Lead title with the team's review and sequencing",
    "Tech Lead",
    [...TASKS, "Reviewed every design for the team and sequenced the rework into four milestones"],
  ],
  [
    "an Engineering Manager title with hiring",
    "Engineering Manager",
    [...TASKS, "Hired 5 engineers and ran their performance reviews"],
  ],
  [
    "a Senior title with one owned, operated service",
    "Senior Software Engineer",
    [...TASKS, TEAM_LOCAL_SENIOR[0] as string],
  ],
  ["a title with no level word", "Software Engineer", TASKS],
  ["a title from another ladder", "Senior Product Manager", TASKS],
  ["a Staff title over a single claim", "Staff Engineer", ["Built the order history page in React"]],
  ["a Senior title over two claims", "Senior Software Engineer", TASKS.slice(0, 2)],
];

describe(ruleId, () => {
  describeRuleMeta(import.meta.url, { severity: "warning", levels: TARGET_LEVELS });

  describe("flags a title that claims more than its claims show, at the title line", () => {
    it.each(overclaimed)("%s", async (_name, title, bullets) => {
      const source = buildResume(bullets, heading(title));
      const messages = await lint(source);
      expect(messages).toEqual([expect.objectContaining(atRole(source, title))]);
      const [message] = messages;
      if (!message) return;
      expectRuleFields(message, ruleId);
      expectActionableMessage(message);
      expect(message.message.startsWith(`"${title}" claims `)).toBe(true);
    });
  });

  describe("leaves alone a title its claims earn", () => {
    it.each(earned)("%s", async (_name, title, bullets) => {
      expect(await lint(buildResume(bullets, heading(title)))).toEqual([]);
    });
  });

  it("says what the title claims, what the claims read as, and what would earn it", async () => {
    const [message] = await lint(buildResume(TEAM_LOCAL_SENIOR, heading("Principal Engineer")));
    expect(message?.message).toBe(
      '"Principal Engineer" claims staff work, but this role\'s claims read as senior at most; add work that reached several teams with proof: a standard they adopted, a migration they moved to, the counts, or expect the title to be discounted.',
    );
  });

  it("runs at every target level, and reports each overclaimed role of a resume at its own heading", async () => {
    const source = buildResumeWithRoles([
      { heading: heading("Senior Software Engineer"), bullets: [...TASKS, TEAM_LOCAL_SENIOR[0] as string] },
      { heading: "### Staff Engineer — Sample Inc (2018–2021)", bullets: TASKS },
    ]);
    for (const level of TARGET_LEVELS) {
      const messages = await lint(source, level);
      expect(messages.map(({ line, column, excerpt }) => ({ line, column, excerpt }))).toEqual(
        [{ ...locate(source, "Staff Engineer — Sample Inc (2018–2021)"), excerpt: "Staff Engineer — Sample Inc" }].map(
          ({ line, column, excerpt }) => ({ line, column, excerpt }),
        ),
      );
    }
  });
});
