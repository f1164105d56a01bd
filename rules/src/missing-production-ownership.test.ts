import { describe, expect, it } from "vitest";
import {
  at,
  buildResume,
  buildResumeWithRoles,
  describeRuleMeta,
  expectActionableMessage,
  expectRuleFields,
  lintSource,
  type TargetLevel,
} from "./test-helpers.js";

const ruleId = "missing-production-ownership";
const levels: readonly TargetLevel[] = ["senior", "staff", "tech-lead"];

const lint = (source: string, level: TargetLevel = "senior") => lintSource(source, { level, ruleIds: [ruleId] });

/** The finding about the whole resume sits on the section heading text, e.g. "Experience" in "## Experience". */
const HEADING_FINDING = { ruleId, line: 1, column: 4, endLine: 1, endColumn: 14, excerpt: "Experience" };

/** Building-only resumes: each shows design and delivery but never running anything. */
const buildingOnly: Record<string, string> = {
  "a backend service resume": buildResume([
    "Designed and built the order-routing service in Go",
    "Implemented a Postgres-backed job queue that processes 3,000 jobs per minute",
    "Shipped the partner webhooks API used by 40 integration partners",
  ]),
  "a front-end and mobile resume": buildResume([
    "Rebuilt the checkout flow in React and TypeScript",
    "Shipped offline mode for the iOS app using Core Data",
    "Wrote the component library used across 4 product surfaces",
  ]),
  "a data engineering resume": buildResume([
    "Built the Airflow DAGs that load billing data into Snowflake",
    "Designed the customer dimension tables for the finance team",
    "Implemented incremental loads that cut the nightly run from 5 hours to 40 minutes",
  ]),
  "a two-role resume": buildResumeWithRoles([
    {
      heading: "### Senior Software Engineer — Example Co (2022–2024)",
      bullets: ["Built the search indexer in Rust", "Designed the ranking API consumed by the web and iOS apps"],
    },
    {
      heading: "### Software Engineer — Sample Inc (2019–2022)",
      bullets: [
        "Implemented the GraphQL gateway in front of six REST services",
        "Wrote the schema for the product catalogue",
      ],
    },
  ]),
  "a platform resume of migrations and tooling": buildResume([
    "Migrated 30 services from Jenkins to GitHub Actions",
    "Wrote a Terraform module library for VPCs, queues and databases",
    "Built a CLI that scaffolds new services from a template",
    "Designed the internal developer portal's service catalogue",
  ]),
};

/** Building bullets that any operating sign below is added to. */
const building = [
  "Designed and built the order-routing service in Go",
  "Implemented the partner webhooks API in Kotlin",
];

describe(ruleId, () => {
  describeRuleMeta(import.meta.url, { severity: "warning", levels });

  describe("flags a resume that shows building but never operating, once, at the Experience heading", () => {
    it.each(Object.entries(buildingOnly))("%s", async (_name, source) => {
      const messages = await lint(source);
      expect(messages).toEqual([expect.objectContaining(HEADING_FINDING)]);
      const [message] = messages;
      if (message) expectActionableMessage(message);
    });

    it("points at the heading text wherever the Experience section starts", async () => {
      const source = [
        "# Dana Kim",
        "",
        "Backend engineer in Berlin, focused on payments and order systems.",
        "",
        "## Work Experience",
        "",
        "### Software Engineer — Example Co (2020–2024)",
        "",
        "- Designed and built the order-routing service in Go",
        "- Implemented the partner webhooks API in Kotlin",
        "",
      ].join("\n");
      expect(await lint(source)).toEqual([
        expect.objectContaining({ ruleId, line: 5, column: 4, endLine: 5, endColumn: 19, excerpt: "Work Experience" }),
      ]);
    });

    it("reports the resume-wide finding once even when roles claim to own services", async () => {
      const source = buildResumeWithRoles([
        {
          heading: "### Senior Software Engineer — Example Co (2022–2024)",
          bullets: ["Owned the payments API", "Built the refund flow in Kotlin"],
        },
        {
          heading: "### Software Engineer — Sample Inc (2019–2022)",
          bullets: ["Owned the search service end to end", "Wrote the autocomplete endpoint"],
        },
      ]);
      const messages = await lint(source);
      expect(messages.filter((message) => message.line === 1)).toEqual([expect.objectContaining(HEADING_FINDING)]);
    });

    it("does not count product features named after alerts, incidents or support as operating", async () => {
      const source = buildResume([
        "Built the price-alert feature that emails shoppers when a watched item gets cheaper",
        "Designed the incident-reporting form for the insurance claims app",
        "Implemented the customer-support chat widget in React",
      ]);
      expect(await lint(source)).toEqual([expect.objectContaining(HEADING_FINDING)]);
    });
  });

  describe("flags a role that claims to own a service but shows no operating while another role does", () => {
    it("Owned the payments API", async () => {
      const source = buildResumeWithRoles([
        {
          heading: "### Senior Software Engineer — Example Co (2022–2024)",
          bullets: [
            "Ran the on-call rotation for the checkout service and wrote its runbooks",
            "Cut p95 checkout latency from 900 ms to 300 ms",
          ],
        },
        {
          heading: "### Software Engineer — Sample Inc (2019–2022)",
          bullets: ["Owned the payments API", "Built the refund flow in Kotlin"],
        },
      ]);
      // Hand-computed once, so the helper's arithmetic is checked too: line 10, "- " then 22 characters.
      expect(at(ruleId, source, "Owned the payments API")).toEqual({
        ruleId,
        line: 10,
        column: 3,
        endLine: 10,
        endColumn: 25,
        excerpt: "Owned the payments API",
      });
      const messages = await lint(source);
      expect(messages).toEqual([expect.objectContaining(at(ruleId, source, "Owned the payments API"))]);
      const [message] = messages;
      if (message) expectActionableMessage(message);
    });

    it("Owned the search service end to end", async () => {
      const source = buildResumeWithRoles([
        {
          heading: "### Senior Software Engineer — Example Co (2021–2024)",
          bullets: ["Owned the search service end to end", "Designed the query parser and the ranking API"],
        },
        {
          heading: "### Site Reliability Engineer — Sample Inc (2018–2021)",
          bullets: ["Carried the pager for the ledger service and halved its weekly alert volume"],
        },
      ]);
      expect(await lint(source)).toEqual([
        expect.objectContaining(at(ruleId, source, "Owned the search service end to end")),
      ]);
    });

    it("Owned the notifications service from design through launch", async () => {
      const source = buildResumeWithRoles([
        {
          heading: "### Senior Software Engineer — Example Co (2022–2024)",
          bullets: [
            "Wrote the postmortem for the May outage and added the two alerts it called for",
            "Set a 99.9% availability SLO for the public API",
          ],
        },
        {
          heading: "### Software Engineer — Sample Inc (2020–2022)",
          bullets: ["Built the email templating library", "Owned the notifications service from design through launch"],
        },
      ]);
      expect(await lint(source)).toEqual([
        expect.objectContaining(at(ruleId, source, "Owned the notifications service from design through launch")),
      ]);
    });
  });

  describe("leaves alone a resume with any sign of operating", () => {
    const operating = [
      "Joined the on-call rotation for the ledger service and cut weekly pages from 30 to 4",
      "Defined SLOs for checkout latency and alerted on error-budget burn",
      "Wrote the postmortem for the June payments outage and shipped all three follow-up fixes",
      "Added canary releases and automatic rollback to the deploy pipeline",
      "Wrote runbooks for the five most frequent pages",
      "Set up Grafana dashboards and alerting for queue depth and consumer lag",
      "Ran capacity planning for Black Friday, provisioning 3x headroom for the order pipeline",
      "Led incident response for a 40-minute card-authorisation outage",
      "Cut monthly AWS spend from $80k to $52k by rightsizing the Kafka cluster",
      "Enforced least-privilege IAM roles and quarterly secret rotation after a penetration test",
      "Took tier-2 support escalations for the billing API one week in four",
      "Instrumented the order service with OpenTelemetry tracing so every failed order can be traced end to end",
      "Agreed a 99.9% webhook delivery SLA with partners and monitored it per partner",
    ];
    it.each(operating)("%s", async (sign) => {
      expect(await lint(buildResume([...building, sign]))).toEqual([]);
    });

    it("operating evidence in one role clears a building-only role that claims no ownership", async () => {
      const source = buildResumeWithRoles([
        {
          heading: "### Senior Software Engineer — Example Co (2022–2024)",
          bullets: [
            "Built the search autocomplete in React",
            "Designed the ranking API consumed by the web and iOS apps",
          ],
        },
        {
          heading: "### Software Engineer — Sample Inc (2019–2022)",
          bullets: ["Ran the on-call rotation for the ledger service and wrote its runbooks"],
        },
      ]);
      expect(await lint(source)).toEqual([]);
    });

    it("an ownership claim backed by operating elsewhere in the same role", async () => {
      const source = buildResumeWithRoles([
        {
          heading: "### Senior Software Engineer — Example Co (2022–2024)",
          bullets: [
            "Owned the payments API",
            "Carried the pager for it and wrote the runbook for card-network timeouts",
          ],
        },
        {
          heading: "### Software Engineer — Sample Inc (2019–2022)",
          bullets: ["Built the refund flow in Kotlin"],
        },
      ]);
      expect(await lint(source)).toEqual([]);
    });

    it("an ownership claim that carries its own operating evidence", async () => {
      const source = buildResume([
        "Owned the payments API and its on-call rotation",
        "Built the refund flow in Kotlin",
      ]);
      expect(await lint(source)).toEqual([]);
    });
  });

  it("reports with the rule's default severity and url", async () => {
    const [message] = await lint(buildingOnly["a backend service resume"] as string);
    expect(message).toBeDefined();
    if (message) expectRuleFields(message, ruleId);
  });

  it.each(levels)("runs at target level %s", async (level) => {
    expect(await lint(buildingOnly["a backend service resume"] as string, level)).toEqual([
      expect.objectContaining(HEADING_FINDING),
    ]);
  });

  it.each(["mid", "manager"] as const)("does not run at target level %s", async (level) => {
    expect(await lint(buildingOnly["a backend service resume"] as string, level)).toEqual([]);
    const roleLevel = buildResumeWithRoles([
      { heading: "### Senior Software Engineer — Example Co (2022–2024)", bullets: ["Owned the payments API"] },
      {
        heading: "### Software Engineer — Sample Inc (2019–2022)",
        bullets: ["Wrote runbooks for the five most frequent pages"],
      },
    ]);
    expect(await lint(roleLevel, level)).toEqual([]);
  });
});
