import { describe, expect, it } from "vitest";
import {
  atBullet,
  buildResume,
  describeRuleMeta,
  expectClean,
  expectFlagged,
  expectRuleFields,
  lintBullets,
  lintSource,
  TARGET_LEVELS,
} from "./test-helpers.js";

const ruleId = "tenure-as-evidence";

describe(ruleId, () => {
  describeRuleMeta(import.meta.url, { severity: "warning", levels: TARGET_LEVELS });

  describe("flags years, decades, 'seasoned' or 'veteran' offered as proof of level", () => {
    const flagged = [
      "Brought 10 years of backend experience to the payments team",
      "Seasoned backend engineer trusted with the checkout and refunds codebases",
      "Over a decade of experience building Java services for retail banks",
      "Veteran of three startups, trusted to make the hard architecture calls",
      "Applied 8+ years of distributed-systems experience to the order pipeline redesign",
      "Drew on two decades in enterprise software to guide the platform architecture",
      "Senior hire with 12 years in the industry, brought in to stabilise the mobile team",
      "15+ years of hands-on experience shipping production software",
      "Industry veteran who set the bar for code quality on the team",
      "Leveraged decades of experience in embedded C to lead the firmware rewrite",
    ];
    it.each(flagged)("%s", async (bullet) => {
      await expectFlagged(ruleId, bullet);
    });
  });

  describe("leaves alone durations of work, ages of systems, date ranges and years inside metrics", () => {
    const nearMisses = [
      "Ran the on-call rotation for 3 years without a missed page",
      "Maintained a 12-year-old billing monolith while carving out the invoicing service",
      "Cut build time from 12 minutes to 3",
      "Kept a 20-year-old COBOL ledger in sync with the new Postgres store through a 6-month dual-write period",
      "Saved $1.2M over three years by moving cold storage to S3 Glacier",
      "Migrated 15 years of customer records to the new CRM with zero data loss",
      "Paired with a veteran mainframe team to map 30 years of batch jobs before the cut-over",
      "Coached a seasoned Java team through their first Kotlin service",
      "Kept the storefront at 99.95% availability for 4 years running",
      "Retired a decade-old cron system by moving 140 jobs to Temporal",
      "Owned the tax engine from 2019–2024 through three regulatory changes",
      "Negotiated 3-year data-retention terms with two enterprise customers",
      "Built the years-of-experience filter in the job-matching search, used in 40% of recruiter queries",
    ];
    it.each(nearMisses)("%s", async (bullet) => {
      await expectClean(ruleId, bullet);
    });
  });

  it("points at each tenure bullet on its own line and skips the evidence around it", async () => {
    const bullets = [
      "Maintained a 12-year-old billing monolith while carving out the invoicing service",
      "Over a decade of experience building Java services for retail banks",
      "Ran the on-call rotation for 3 years without a missed page",
      "Seasoned backend engineer trusted with the checkout and refunds codebases",
    ];
    const messages = await lintBullets(bullets, { ruleId });
    expect(messages).toEqual([
      expect.objectContaining(atBullet(ruleId, bullets[1] as string, 1)),
      expect.objectContaining(atBullet(ruleId, bullets[3] as string, 3)),
    ]);
  });

  describe("reads a career told as a story", () => {
    const flagged = [
      "Over the past 13 years, I've worked for several top-tier companies and started my own consultancy",
      "For the last 12 years, Maren has applied her skills in data engineering to public health",
      "Since 2006, I've worked with a very mixed set of technologies and companies",
      "My passion for technology began in 2004 with a database project",
      "Extensive experience in query tuning and capacity reviews",
      "I've been writing Rust for 6 years and still enjoy it",
      "Since 2015 of experience in embedded systems",
      "Brought a practitioner's eye to threat modelling after 11 years in a bank's red team",
    ];
    it.each(flagged)("%s", async (bullet) => {
      await expectFlagged(ruleId, bullet);
    });

    it.each([
      ["Data engineer since 2012, at home in batch and streaming.", "engineer since 2012"],
      ["Mobile developer who has been shipping apps since 2010.", "who has been shipping apps since 2010"],
      ["Engineer since the late 1990s, mostly in telecoms.", "since the late 1990s"],
    ])("reads a start date in a summary: %s", async (sentence, trigger) => {
      const source = ["# A. Writer", "", "## Summary", "", sentence, ""].join("\n");
      const messages = await lintSource(source, { ruleIds: [ruleId] });
      expect(messages.map((message) => message.trigger?.text)).toEqual([trigger]);
    });

    const nearMisses = [
      "Over the past 2 years, cut AWS spend by 30% through reserved instances",
      "For the last four years I have owned the batch pipelines behind the stock forecasts, including their on-call rotation",
      "Since 2019, the platform has served 2M users a month",
      "The matching service has been running since 2018 without a data loss",
      "I've been on call for 40 incidents and wrote 12 of the postmortems",
      "Owned the ledger since 2019, cutting reconciliation breaks by 80%",
      "Wrote the purge job that removes stale carts after 2 years, as the retention policy says",
    ];
    it.each(nearMisses)("leaves alone %s", async (bullet) => {
      await expectClean(ruleId, bullet);
    });

    it("underlines the words that tell the story", async () => {
      const bullet = "Over the past 13 years, I've worked for several companies";
      const [message] = await lintBullets([bullet], { ruleId });
      expect(message?.trigger).toEqual({
        text: "Over the past 13 years",
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 25,
      });
    });
  });

  it("reports with the rule's default severity and url", async () => {
    const bullet = "Brought 10 years of backend experience to the payments team";
    const [message] = await lintBullets([bullet], { ruleId });
    expect(message).toBeDefined();
    if (message) expectRuleFields(message, ruleId);
  });

  it.each(TARGET_LEVELS)("runs at target level %s", async (level) => {
    await expectFlagged(ruleId, "Over a decade of experience building Java services for retail banks", level);
  });
});

describe("tenure-as-evidence quick fix", () => {
  const summary = (sentence: string) => `## Summary\n\n${sentence}\n`;

  it("offers to remove a trailing tenure phrase from a summary sentence, with the space before it", async () => {
    const [message] = await lintSource(summary("Backend engineer with 9 years of experience. Owns the ledger."), {
      ruleIds: ["tenure-as-evidence"],
    });
    expect(message?.fix).toEqual({
      title: 'Remove "with 9 years of experience"',
      range: { line: 3, column: 17, endLine: 3, endColumn: 44 },
      text: "",
    });
  });

  it.each([
    [
      "the phrase runs on into the claim",
      summary("Backend engineer with over 9 years of experience building payment systems."),
    ],
    ["nothing attaches the phrase", summary("I have 12 years of experience in data.")],
    ["the years are in a role's bullet", buildResume(["Engineer with 9 years of experience."])],
  ])("offers no edit when %s", async (_name, source) => {
    const messages = await lintSource(source, { ruleIds: ["tenure-as-evidence"] });
    expect(messages).toHaveLength(1);
    expect(messages[0]?.fix).toBeUndefined();
  });
});
