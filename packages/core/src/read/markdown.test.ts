import { describe, expect, it } from "vitest";
import type { Point, ResumeDocument, SourceRange } from "../model/document.js";
import { vocabulary } from "../test-vocabulary.js";
import { readResumeText } from "./index.js";
import { readMarkdown } from "./markdown.js";

/** The 1-based line and column, and 0-based offset, of `offset` in `source`. */
function pointAt(source: string, offset: number): Point {
  const before = source.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - (before.lastIndexOf("\n") + 1) + 1;
  return { line, column, offset };
}

/** The range `needle` covers in `source`, end exclusive; `from` skips earlier occurrences. */
function rangeOfText(source: string, needle: string, from = 0): SourceRange {
  const start = source.indexOf(needle, from);
  if (start < 0) throw new Error(`test setup: ${JSON.stringify(needle)} is not in the source`);
  return { start: pointAt(source, start), end: pointAt(source, start + needle.length) };
}

function lines(...rows: string[]): string {
  return `${rows.join("\n")}\n`;
}

const claimTexts = (document: ResumeDocument) => document.claims.map((claim) => claim.text);
const sectionsOf = (document: ResumeDocument) =>
  document.sections.map((section) => ({ kind: section.kind, heading: section.heading }));
const rolesOf = (document: ResumeDocument) =>
  document.roles.map(({ title, organisation, start, end, sectionIndex }) => ({
    title,
    organisation,
    start,
    end,
    sectionIndex,
  }));

describe("sections", () => {
  it.each([
    ["Experience", "experience"],
    ["Work History", "experience"],
    ["💼 Professional Experience", "experience"],
    ["Employment History:", "experience"],
    ["Professional Experience & Leadership", "experience"],
    ["About me", "summary"],
    ["Professional Summary", "summary"],
    ["Profile", "summary"],
    ["Technical Skills", "skills"],
    ["🛠️ Tools & Technologies", "skills"],
    ["Side Projects", "projects"],
    ["Open-Source Contributions", "projects"],
    ["Education", "education"],
    ["Certifications", "education"],
    ["Hobbies", "other"],
    ["References available on request", "other"],
    ["Volunteering", "other"],
  ])("## %s opens a %s section", (heading, kind) => {
    const document = readMarkdown(lines("# Noor Haddad", "", "## Summary", "", `## ${heading}`, ""), { vocabulary });
    expect(sectionsOf(document)).toEqual([
      { kind: "other", heading: "Noor Haddad" },
      { kind: "summary", heading: "Summary" },
      { kind, heading },
    ]);
  });

  it("an unknown heading deeper than the current section is a sub-heading, not a section", () => {
    const document = readMarkdown(
      lines(
        "## Side Projects",
        "",
        "### Tide tables",
        "",
        "- Built a tide-table app used by 2k sailors.",
        "",
        "## Hobbies",
        "",
        "### Climbing",
      ),
      { vocabulary },
    );
    expect(sectionsOf(document)).toEqual([
      { kind: "projects", heading: "Side Projects" },
      { kind: "other", heading: "Hobbies" },
    ]);
    expect(document.claims.map((claim) => claim.sectionIndex)).toEqual([0]);
  });

  it("a heading that is a sentence is not a section name even when it has a keyword", () => {
    const document = readMarkdown(lines("## My experience building payments systems at three startups", ""), {
      vocabulary,
    });
    expect(document.sections[0]?.kind).toBe("other");
  });

  it("the name h1 becomes the unnamed first section, and its range is the heading text", () => {
    const source = lines("# Noor Haddad", "", "## Experience", "");
    const document = readMarkdown(source, { vocabulary });
    expect(document.sections[0]).toEqual({
      kind: "other",
      heading: "Noor Haddad",
      range: { start: { line: 1, column: 3, offset: 2 }, end: { line: 1, column: 14, offset: 13 } },
    });
    expect(document.sections[1]?.range).toEqual(rangeOfText(source, "Experience"));
  });

  it("keeps an unnamed first section for a summary paragraph written before any heading", () => {
    const source = lines(
      "Noor Haddad · noor@example.com",
      "",
      "Infrastructure engineer who has spent six years keeping trading systems fast and boring.",
      "",
      "## Experience",
      "",
    );
    const document = readMarkdown(source, { vocabulary });
    expect(sectionsOf(document)).toEqual([
      { kind: "other", heading: "" },
      { kind: "experience", heading: "Experience" },
    ]);
    // The contact line is not a claim; the sentence is, and belongs to the unnamed section.
    expect(document.claims).toEqual([
      {
        text: "Infrastructure engineer who has spent six years keeping trading systems fast and boring.",
        kind: "sentence",
        sectionIndex: 0,
        roleIndex: null,
        range: rangeOfText(
          source,
          "Infrastructure engineer who has spent six years keeping trading systems fast and boring.",
        ),
      },
    ]);
  });

  it("drops the unnamed first section when nothing before the first heading is a claim", () => {
    const document = readMarkdown(lines("Noor Haddad", "", "noor@example.com · +44 7700 900123", "", "## Skills", ""), {
      vocabulary,
    });
    expect(sectionsOf(document)).toEqual([{ kind: "skills", heading: "Skills" }]);
    expect(document.claims).toEqual([]);
  });

  it("short lines and contact lines before the first heading are not claims", () => {
    const document = readMarkdown(
      lines(
        "# Noor Haddad",
        "",
        "Staff Engineer, London",
        "",
        "https://github.com/noorh — linkedin.com/in/noorh — +44 7700 900123",
        "",
      ),
      { vocabulary },
    );
    expect(document.claims).toEqual([]);
  });
});

describe("roles", () => {
  it("reads a ### heading of the form Title — Company (years)", () => {
    const source = lines(
      "## Experience",
      "",
      "### Senior Backend Engineer — Fernleaf Payments (2019–2024)",
      "",
      "- Rebuilt the settlement pipeline.",
    );
    const document = readMarkdown(source, { vocabulary });
    expect(rolesOf(document)).toEqual([
      {
        title: "Senior Backend Engineer",
        organisation: "Fernleaf Payments",
        start: "2019",
        end: "2024",
        sectionIndex: 0,
      },
    ]);
    expect(document.roles[0]?.range).toEqual(
      rangeOfText(source, "Senior Backend Engineer — Fernleaf Payments (2019–2024)"),
    );
    expect(document.claims[0]?.roleIndex).toBe(0);
  });

  it("reads paragraph role lines in three common shapes, each owning the bullets beneath it", () => {
    const source = lines(
      "## Work History",
      "",
      "**Platform Engineer**, Larkspur Health, 2019–2024",
      "",
      "- Ran the on-call rotation for the claims API.",
      "",
      "Data Engineer at Tidewater Analytics · 2016 – present",
      "",
      "- Built the nightly export of claims data.",
      "",
      "Orbital Freight | Backend Developer | Jan 2014 – Mar 2016",
      "",
      "- Wrote the route planner in Kotlin.",
    );
    const document = readMarkdown(source, { vocabulary });
    expect(rolesOf(document)).toEqual([
      { title: "Platform Engineer", organisation: "Larkspur Health", start: "2019", end: "2024", sectionIndex: 0 },
      { title: "Data Engineer", organisation: "Tidewater Analytics", start: "2016", end: "present", sectionIndex: 0 },
      {
        title: "Backend Developer",
        organisation: "Orbital Freight",
        start: "Jan 2014",
        end: "Mar 2016",
        sectionIndex: 0,
      },
    ]);
    expect(document.roles.map((role) => role.range)).toEqual([
      // The bold markers are markup; the range starts at the title's first letter.
      rangeOfText(source, "Platform Engineer**, Larkspur Health, 2019–2024"),
      rangeOfText(source, "Data Engineer at Tidewater Analytics · 2016 – present"),
      rangeOfText(source, "Orbital Freight | Backend Developer | Jan 2014 – Mar 2016"),
    ]);
    expect(document.claims.map((claim) => [claim.text, claim.roleIndex])).toEqual([
      ["Ran the on-call rotation for the claims API.", 0],
      ["Built the nightly export of claims data.", 1],
      ["Wrote the route planner in Kotlin.", 2],
    ]);
  });

  it("an organisation heading names the organisation of the role headings beneath it", () => {
    const source = lines(
      "# Experience",
      "",
      "## Acme Robotics",
      "",
      "### Staff Engineer — Feb 2022 – Present",
      "",
      "- Designed the fleet telemetry pipeline.",
      "",
      "### Senior Engineer — 2019 – 2022",
      "",
      "- Owned the firmware update service.",
      "",
      "## Bramble Labs",
      "",
      "### Software Engineer — 2016 – 2019",
      "",
      "- Maintained the billing service.",
    );
    const document = readMarkdown(source, { vocabulary });
    expect(rolesOf(document)).toEqual([
      { title: "Staff Engineer", organisation: "Acme Robotics", start: "Feb 2022", end: "Present", sectionIndex: 0 },
      { title: "Senior Engineer", organisation: "Acme Robotics", start: "2019", end: "2022", sectionIndex: 0 },
      { title: "Software Engineer", organisation: "Bramble Labs", start: "2016", end: "2019", sectionIndex: 0 },
    ]);
    expect(document.claims.map((claim) => claim.roleIndex)).toEqual([0, 1, 2]);
  });

  it("a role heading is completed by a date line, a blockquoted date or an italic title line beneath it", () => {
    const source = lines(
      "## Experience",
      "",
      "### Software Engineer",
      "",
      "Mar 2017 – Dec 2018",
      "",
      "- Maintained the billing service.",
      "",
      "### Site Reliability Engineer",
      "",
      "> 2015 – 2017",
      "",
      "- Ran incident reviews for the storage team.",
      "",
      "### Kestrel Bank",
      "",
      "*Backend Developer, 2012–2015*",
      "",
      "- Wrote the statement generator.",
    );
    const document = readMarkdown(source, { vocabulary });
    expect(rolesOf(document)).toEqual([
      { title: "Software Engineer", organisation: null, start: "Mar 2017", end: "Dec 2018", sectionIndex: 0 },
      { title: "Site Reliability Engineer", organisation: null, start: "2015", end: "2017", sectionIndex: 0 },
      { title: "Backend Developer", organisation: "Kestrel Bank", start: "2012", end: "2015", sectionIndex: 0 },
    ]);
    // The date lines completed roles; they are neither roles nor claims of their own.
    expect(claimTexts(document)).toEqual([
      "Maintained the billing service.",
      "Ran incident reviews for the storage team.",
      "Wrote the statement generator.",
    ]);
    expect(document.claims.map((claim) => claim.roleIndex)).toEqual([0, 1, 2]);
  });

  it("a bullet that mentions a year stays a claim of the current role", () => {
    const source = lines(
      "## Experience",
      "",
      "### Frontend Engineer — Parcel (2018–2020)",
      "",
      "- Shipped the 2021 redesign of the merchant dashboard.",
      "- Worked on the 2019 holiday checkout freeze.",
    );
    const document = readMarkdown(source, { vocabulary });
    expect(document.roles).toHaveLength(1);
    expect(document.claims.map((claim) => [claim.text, claim.roleIndex])).toEqual([
      ["Shipped the 2021 redesign of the merchant dashboard.", 0],
      ["Worked on the 2019 holiday checkout freeze.", 0],
    ]);
  });

  // Bug: parseRoleLine accepts a sentence with a lone year when any word in it is a title word
  // ("engineers" matches "engineer"s) and the sentence is six words or fewer, so these bullets
  // open new roles and their claims are lost.
  it("a short bullet with a year and the word 'engineers' stays a claim (bug: read as a role)", () => {
    const document = readMarkdown(
      lines(
        "## Experience",
        "",
        "### Engineering Manager — Quill (2020–2023)",
        "",
        "- Grew the payments team from 3 to 9.",
        "- Hired 4 engineers in 2022.",
        "- Mentored two engineers through the 2022 reorg.",
      ),
      { vocabulary },
    );
    expect(document.roles).toHaveLength(1);
    expect(claimTexts(document)).toEqual([
      "Grew the payments team from 3 to 9.",
      "Hired 4 engineers in 2022.",
      "Mentored two engineers through the 2022 reorg.",
    ]);
  });

  // Bug: a bullet that opens with bold text is tried as a role line without dates, so any bold-led
  // bullet containing a title word ("engineers") becomes a role, and the next bullet "completes" it.
  it("a bold-led bullet mentioning engineers stays a claim (bug: read as a role)", () => {
    const document = readMarkdown(
      lines(
        "## Experience",
        "",
        "### Senior Engineer — Quill (2020–2023)",
        "",
        "- **Mentored** four engineers through promotion to senior.",
        "- **Hiring:** Interviewed 40 candidates for the platform team.",
      ),
      { vocabulary },
    );
    expect(document.roles).toHaveLength(1);
    expect(claimTexts(document)).toEqual([
      "Mentored four engineers through promotion to senior.",
      "Hiring: Interviewed 40 candidates for the platform team.",
    ]);
  });

  it("an undated role heading with no title word still opens a role", () => {
    const document = readMarkdown(lines("## Experience", "", "### Freelance", "", "- Built shop sites for bakeries."), {
      vocabulary,
    });
    expect(rolesOf(document)).toEqual([
      { title: "Freelance", organisation: null, start: null, end: null, sectionIndex: 0 },
    ]);
    expect(document.claims[0]?.roleIndex).toBe(0);
  });

  it("role lines are read only in an experience section", () => {
    const document = readMarkdown(
      lines(
        "## Projects",
        "",
        "### Tide tables — Open source (2019–2024)",
        "",
        "- Built a tide-table app used by 2k sailors.",
      ),
      { vocabulary },
    );
    expect(document.roles).toEqual([]);
    expect(document.claims.map((claim) => [claim.text, claim.roleIndex, claim.sectionIndex])).toEqual([
      ["Built a tide-table app used by 2k sailors.", null, 0],
    ]);
  });
});

describe("claims and their ranges", () => {
  it("a plain bullet: range from the first letter to just after the last character", () => {
    const source = lines(
      "## Experience",
      "",
      "### Engineer — Acme (2019–2024)",
      "",
      "- Cut p95 checkout latency from 800 ms to 120 ms.",
    );
    const [claim] = readMarkdown(source, { vocabulary }).claims;
    expect(claim).toEqual({
      text: "Cut p95 checkout latency from 800 ms to 120 ms.",
      kind: "bullet",
      sectionIndex: 0,
      roleIndex: 0,
      range: { start: { line: 5, column: 3, offset: 50 }, end: { line: 5, column: 50, offset: 97 } },
    });
    expect(source.slice(50, 97)).toBe("Cut p95 checkout latency from 800 ms to 120 ms.");
  });

  it("removes bold, code, link and inline HTML markup but points at the source", () => {
    const source = lines(
      "## Experience",
      "",
      "- Rebuilt the **settlement** pipeline in `Go`, see [the design](http://x) and <span>notes</span> on it.",
      "- **Payments:** Built the ledger service.",
      "- Wrote `kubectl` plugins for _staging_ rollbacks.",
    );
    const document = readMarkdown(source, { vocabulary });
    expect(claimTexts(document)).toEqual([
      "Rebuilt the settlement pipeline in Go, see the design and notes on it.",
      "Payments: Built the ledger service.",
      "Wrote kubectl plugins for staging rollbacks.",
    ]);
    expect(document.claims.map((claim) => claim.range)).toEqual([
      rangeOfText(
        source,
        "Rebuilt the **settlement** pipeline in `Go`, see [the design](http://x) and <span>notes</span> on it.",
      ),
      // Markup before the first word is not part of the claim; markup inside it is.
      rangeOfText(source, "Payments:** Built the ledger service."),
      rangeOfText(source, "Wrote `kubectl` plugins for _staging_ rollbacks."),
    ]);
  });

  it("a bullet ending in inline code ends just inside the closing backtick", () => {
    const source = lines("## Projects", "", "- Published the linter as `reslint`");
    const [claim] = readMarkdown(source, { vocabulary }).claims;
    expect(claim?.text).toBe("Published the linter as reslint");
    expect(claim?.range).toEqual(rangeOfText(source, "Published the linter as `reslint"));
  });

  it("unescapes escaped characters and entities in the text", () => {
    const source = lines(
      "## Projects",
      "",
      "- Cut costs by 30\\% with \\*careful\\* caching.",
      "- Fixed the A &amp; B sync.",
    );
    expect(claimTexts(readMarkdown(source, { vocabulary }))).toEqual([
      "Cut costs by 30% with *careful* caching.",
      "Fixed the A & B sync.",
    ]);
  });

  // Bug: MappedText.append spreads text evenly over a longer source span, so when the source is
  // longer than the text (escapes, entities, indented continuation lines) the last character maps
  // too early and the range ends before the bullet's final character.
  it("escaped characters and entities keep the exact end of the range (bug: ends early)", () => {
    const source = lines(
      "## Projects",
      "",
      "- Cut costs by 30\\% with \\*careful\\* caching.",
      "- Fixed the A &amp; B sync.",
    );
    expect(readMarkdown(source, { vocabulary }).claims.map((claim) => claim.range)).toEqual([
      rangeOfText(source, "Cut costs by 30\\% with \\*careful\\* caching."),
      rangeOfText(source, "Fixed the A &amp; B sync."),
    ]);
  });

  it("a wrapped bullet is one claim with its lines joined by one space", () => {
    const source = lines(
      "## Experience",
      "",
      "- Shipped the 2021 redesign of the merchant dashboard",
      "  behind a feature flag,",
      "     with a phased rollout.",
    );
    const document = readMarkdown(source, { vocabulary });
    expect(claimTexts(document)).toEqual([
      "Shipped the 2021 redesign of the merchant dashboard behind a feature flag, with a phased rollout.",
    ]);
    const range = document.claims[0]?.range;
    expect(range?.start).toEqual(pointAt(source, source.indexOf("Shipped")));
    expect(range?.end.line).toBe(5);
  });

  it("a wrapped bullet's range ends just after its last character (bug: ends one early)", () => {
    const source = lines(
      "## Experience",
      "",
      "- Shipped the redesign of the merchant dashboard",
      "  with a phased rollout.",
    );
    expect(readMarkdown(source, { vocabulary }).claims[0]?.range).toEqual(
      rangeOfText(source, "Shipped the redesign of the merchant dashboard\n  with a phased rollout."),
    );
  });

  it("a hard line break inside a bullet becomes a single space", () => {
    const source = lines("## Projects", "", "- Built a tide-table app\\", "for coastal sailing clubs.");
    expect(claimTexts(readMarkdown(source, { vocabulary }))).toEqual([
      "Built a tide-table app for coastal sailing clubs.",
    ]);
  });

  it("nested bullets are claims of their own, after their parent, in the same role", () => {
    const source = lines(
      "## Experience",
      "",
      "### Engineer — Acme (2019–2024)",
      "",
      "- Led the move to event sourcing for orders:",
      "  - Wrote the RFC and the migration guide.",
      "  - Paired with each of the four teams on their first projection.",
      "- Owned the order service on-call rotation.",
    );
    const document = readMarkdown(source, { vocabulary });
    expect(document.claims.map((claim) => [claim.text, claim.roleIndex])).toEqual([
      ["Led the move to event sourcing for orders:", 0],
      ["Wrote the RFC and the migration guide.", 0],
      ["Paired with each of the four teams on their first projection.", 0],
      ["Owned the order service on-call rotation.", 0],
    ]);
    expect(document.claims.map((claim) => claim.range)).toEqual([
      rangeOfText(source, "Led the move to event sourcing for orders:"),
      rangeOfText(source, "Wrote the RFC and the migration guide."),
      rangeOfText(source, "Paired with each of the four teams on their first projection."),
      rangeOfText(source, "Owned the order service on-call rotation."),
    ]);
  });

  it("reads *, + and numbered list markers like -", () => {
    const source = lines(
      "## Projects",
      "",
      "* Built a Markdown linter for resumes.",
      "",
      "+ Ported the tide model to Rust.",
      "",
      "1. Wrote a ray tracer in Zig.",
      "10. Maintained the Debian package.",
    );
    const document = readMarkdown(source, { vocabulary });
    expect(document.claims.map((claim) => [claim.text, claim.kind])).toEqual([
      ["Built a Markdown linter for resumes.", "bullet"],
      ["Ported the tide model to Rust.", "bullet"],
      ["Wrote a ray tracer in Zig.", "bullet"],
      ["Maintained the Debian package.", "bullet"],
    ]);
    expect(document.claims.map((claim) => claim.range.start.column)).toEqual([3, 3, 4, 5]);
    expect(document.claims.map((claim) => claim.range)).toEqual([
      rangeOfText(source, "Built a Markdown linter for resumes."),
      rangeOfText(source, "Ported the tide model to Rust."),
      rangeOfText(source, "Wrote a ray tracer in Zig."),
      rangeOfText(source, "Maintained the Debian package."),
    ]);
  });

  it("a short lead-in ending in a colon introduces bullets and is not a claim", () => {
    const document = readMarkdown(
      lines("## Experience", "", "- Key contributions:", "- Built the invoice renderer.", "- 2019", "- ✅"),
      { vocabulary },
    );
    expect(claimTexts(document)).toEqual(["Built the invoice renderer."]);
  });

  it("splits a summary paragraph into sentence claims with exact ranges", () => {
    const source = lines(
      "## About me",
      "",
      "Backend engineer who likes queues. Owns billing at Fernleaf.",
      "Prefers boring technology, e.g. queues over streams, and holds a B.Sc. in physics.",
    );
    const document = readMarkdown(source, { vocabulary });
    const sentences = [
      "Backend engineer who likes queues.",
      "Owns billing at Fernleaf.",
      "Prefers boring technology, e.g. queues over streams, and holds a B.Sc. in physics.",
    ];
    expect(document.claims).toEqual(
      sentences.map((text) => ({
        text,
        kind: "sentence",
        sectionIndex: 0,
        roleIndex: null,
        range: rangeOfText(source, text),
      })),
    );
    expect(document.claims[1]?.range).toEqual({
      start: { line: 3, column: 36, offset: 48 },
      end: { line: 3, column: 61, offset: 73 },
    });
  });

  it("a sentence wrapped across source lines is one claim that spans both lines", () => {
    const source = lines("## Summary", "", "Platform engineer who keeps", "build farms fast. Owns CI.");
    const document = readMarkdown(source, { vocabulary });
    expect(claimTexts(document)).toEqual(["Platform engineer who keeps build farms fast.", "Owns CI."]);
    expect(document.claims.map((claim) => claim.range)).toEqual([
      rangeOfText(source, "Platform engineer who keeps\nbuild farms fast."),
      rangeOfText(source, "Owns CI."),
    ]);
  });

  // Bug: splitSentences only rejoins after an abbreviation when the next word is lower case, so
  // "e.g." before a capitalised product name ends the sentence.
  it("'e.g.' before a capitalised name does not end a sentence (bug: splits)", () => {
    const document = readMarkdown(lines("## Summary", "", "Backend engineer who likes queues, e.g. Kafka and SQS."), {
      vocabulary,
    });
    expect(claimTexts(document)).toEqual(["Backend engineer who likes queues, e.g. Kafka and SQS."]);
  });

  it("paragraphs in skills and education are not claims; skills bullets are read, in their section", () => {
    const document = readMarkdown(
      lines(
        "## Technical Skills",
        "",
        "Go, Kotlin, PostgreSQL, Kafka, Terraform and a little Rust for the fun of it.",
        "",
        "- Languages: Go, Kotlin, TypeScript",
        "- Infrastructure: Kubernetes, Terraform, AWS",
        "",
        "## Education",
        "",
        "B.Sc. Computer Science, University of Leeds, with first class honours in 2012.",
      ),
      { vocabulary },
    );
    expect(document.claims.map((claim) => [claim.text, claim.sectionIndex, claim.range.start.line])).toEqual([
      ["Languages: Go, Kotlin, TypeScript", 0, 5],
      ["Infrastructure: Kubernetes, Terraform, AWS", 0, 6],
    ]);
    expect(sectionsOf(document)).toEqual([
      { kind: "skills", heading: "Technical Skills" },
      { kind: "education", heading: "Education" },
    ]);
  });

  it("claims record the section and role they belong to", () => {
    const source = lines(
      "# Dana Okafor",
      "",
      "## Summary",
      "",
      "Backend engineer focused on payments and ledgers.",
      "",
      "## Experience",
      "",
      "### Senior Engineer — Fernleaf (2021–2024)",
      "",
      "- Owned the ledger service.",
      "",
      "### Engineer — Quill (2018–2021)",
      "",
      "- Built the invoice renderer.",
      "",
      "## Side Projects",
      "",
      "- Wrote a tide-table app for sailing clubs.",
      "",
      "## Hobbies",
      "",
      "Rock climbing, bouldering and long walks in the hills of Yorkshire.",
    );
    const document = readMarkdown(source, { vocabulary });
    expect(sectionsOf(document).map((section) => section.kind)).toEqual([
      "other",
      "summary",
      "experience",
      "projects",
      "other",
    ]);
    expect(document.claims.map((claim) => [claim.text, claim.kind, claim.sectionIndex, claim.roleIndex])).toEqual([
      ["Backend engineer focused on payments and ledgers.", "sentence", 1, null],
      ["Owned the ledger service.", "bullet", 2, 0],
      ["Built the invoice renderer.", "bullet", 2, 1],
      ["Wrote a tide-table app for sailing clubs.", "bullet", 3, null],
      ["Rock climbing, bouldering and long walks in the hills of Yorkshire.", "sentence", 4, null],
    ]);
    expect(document.roles.map((role) => role.sectionIndex)).toEqual([2, 2]);
  });

  it("every claim's text is markup-free and whitespace-collapsed", () => {
    const document = readMarkdown(
      lines(
        "## Experience",
        "",
        "-   Rebuilt   the **settlement**\t pipeline  ",
        "    across   *three*  regions.",
        "- [Open-sourced](https://example.com) the `retry` ~~library~~ <b>helper</b>.",
      ),
      { vocabulary },
    );
    for (const text of claimTexts(document)) {
      expect(text).not.toMatch(/\s{2}|^\s|\s$|[*_`[\]<>]|\t|\n/);
    }
    expect(claimTexts(document)[0]).toBe("Rebuilt the settlement pipeline across three regions.");
  });
});

describe("ignored content", () => {
  it("front matter, fenced and indented code, HTML blocks and HTML comments carry no claims", () => {
    const source = lines(
      "---",
      "name: Tomás Ibarra",
      "summary: Owned every system at every company I have ever worked for.",
      "---",
      "",
      "# Tomás Ibarra",
      "",
      "<!-- Owned everything, led everyone, and shipped it all twice over. -->",
      "",
      "## Experience",
      "",
      "```",
      "- Built a fake bullet inside a fenced code block.",
      "```",
      "",
      "    Indented code that is long enough to look like a sentence claim.",
      "",
      "<div>Block HTML with enough words in it to look like a sentence claim.</div>",
      "",
      "- Built the invoice renderer.",
    );
    const document = readMarkdown(source, { vocabulary });
    expect(claimTexts(document)).toEqual(["Built the invoice renderer."]);
    expect(sectionsOf(document)).toEqual([
      { kind: "other", heading: "Tomás Ibarra" },
      { kind: "experience", heading: "Experience" },
    ]);
    expect(document.claims[0]?.range).toEqual(rangeOfText(source, "Built the invoice renderer."));
  });
});

describe("input edge cases", () => {
  it("CRLF line endings give the same claims, with ranges that count \\r\\n as one line break", () => {
    const unix = lines(
      "# Ana Lima",
      "",
      "## Summary",
      "",
      "Platform engineer. Owns the build farm for the monorepo.",
      "",
      "## Experience",
      "",
      "### Build Engineer — Corvid (2020–2024)",
      "",
      "- Cut CI time from 40 to 12 minutes.",
    );
    const windows = unix.replace(/\n/g, "\r\n");
    const fromUnix = readMarkdown(unix, { vocabulary });
    const fromWindows = readMarkdown(windows, { vocabulary });
    expect(claimTexts(fromWindows)).toEqual(claimTexts(fromUnix));
    expect(rolesOf(fromWindows)).toEqual(rolesOf(fromUnix));
    expect(sectionsOf(fromWindows)).toEqual(sectionsOf(fromUnix));
    // Same lines and columns; offsets grow by one per earlier line break.
    const bullet = fromWindows.claims[2];
    expect(bullet?.range).toEqual({
      start: { line: 11, column: 3, offset: windows.indexOf("Cut CI") },
      end: { line: 11, column: 37, offset: windows.indexOf("Cut CI") + "Cut CI time from 40 to 12 minutes.".length },
    });
    expect(bullet?.range.start.offset).toBe((fromUnix.claims[2]?.range.start.offset ?? 0) + 10);
  });

  it("a byte-order mark is not part of the name heading and does not shift ranges", () => {
    const source = lines("# Ana Lima", "", "## Experience", "", "- Built the cache eviction policy.");
    const withBom = readResumeText(`\uFEFF${source}`, { vocabulary });
    const without = readResumeText(source, { vocabulary });
    expect(withBom).toEqual(without);
    expect(sectionsOf(withBom)).toEqual([
      { kind: "other", heading: "Ana Lima" },
      { kind: "experience", heading: "Experience" },
    ]);
    expect(withBom.sections[0]?.range.start).toEqual({ line: 1, column: 3, offset: 2 });
  });

  it("an empty document has one empty unnamed section and nothing else", () => {
    for (const source of ["", "\n\n", "   \n"]) {
      expect(readMarkdown(source, { vocabulary })).toEqual({
        format: "markdown",
        text: source,
        sections: [
          {
            kind: "other",
            heading: "",
            range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
          },
        ],
        roles: [],
        claims: [],
      });
    }
  });

  it("a document with only headings has sections and an undated role but no claims", () => {
    const document = readMarkdown(lines("# Ana Lima", "", "## Experience", "", "### Build Engineer", "", "## Skills"), {
      vocabulary,
    });
    expect(sectionsOf(document)).toEqual([
      { kind: "other", heading: "Ana Lima" },
      { kind: "experience", heading: "Experience" },
      { kind: "skills", heading: "Skills" },
    ]);
    expect(rolesOf(document)).toEqual([
      { title: "Build Engineer", organisation: null, start: null, end: null, sectionIndex: 1 },
    ]);
    expect(document.claims).toEqual([]);
  });

  it("records the format it was asked to read as", () => {
    expect(readMarkdown("- Built a thing for a client.", { vocabulary, format: "text" }).format).toBe("text");
    expect(readResumeText("- Built a thing for a client.", { vocabulary, format: "text" }).format).toBe("text");
  });

  it("reads 5,000 bullets without error, keeping every claim and its line", () => {
    const header = "## Experience\n\n### Engineer — Acme (2019–2024)\n\n";
    const bullets = Array.from({ length: 5000 }, (_, index) => `- Built feature ${index} for the billing service.`);
    const document = readMarkdown(`${header}${bullets.join("\n")}\n`, { vocabulary });
    expect(document.claims).toHaveLength(5000);
    const last = document.claims[4999];
    expect(last?.text).toBe("Built feature 4999 for the billing service.");
    expect(last?.range.start.line).toBe(5004);
    expect(last?.range.start.column).toBe(3);
    expect(last?.roleIndex).toBe(0);
  });
});
