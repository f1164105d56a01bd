/**
 * Role headers spread over several lines, in Markdown and in extracted text: which lines make one
 * role, which organisation a title belongs to, and where each role points.
 */
import { describe, expect, it } from "vitest";
import type { ResumeDocument } from "../model/document.js";
import { vocabulary } from "../test-vocabulary.js";
import { readMarkdown } from "./markdown.js";
import { readText } from "./text-file.js";

const fields = (document: ResumeDocument) =>
  document.roles.map(({ title, organisation, location, start, end, range }) => ({
    title,
    organisation,
    location,
    start,
    end,
    line: range.start.line,
  }));
const md = (...rows: string[]) => readMarkdown(rows.join("\n"), { vocabulary });

describe("role headers over several lines", () => {
  it("an organisation heading, its dates in brackets, then the title in bold", () => {
    const document = md(
      "## Experience",
      "",
      "### Larkspur Labs",
      "*(February 2019 - Present)*<br/>",
      "**Staff Engineer**",
      "",
      "- Ran the migration of every queue to one broker.",
    );
    expect(fields(document)).toEqual([
      {
        title: "Staff Engineer",
        organisation: "Larkspur Labs",
        location: null,
        start: "February 2019",
        end: "Present",
        line: 3,
      },
    ]);
    expect(document.claims[0]?.roleIndex).toBe(0);
  });

  it("a heading, then its place and dates as blockquoted lines", () => {
    const document = md(
      "## Current positions",
      "",
      "### Tessel - Senior Support Engineer",
      "> Buenos Aires, Argentina",
      "> August 2016 - Current",
      "",
      "Handles escalations for forty customers.",
    );
    expect(fields(document)).toEqual([
      {
        title: "Senior Support Engineer",
        organisation: "Tessel",
        location: "Buenos Aires, Argentina",
        start: "August 2016",
        end: "Current",
        line: 3,
      },
    ]);
  });

  it("dates on the first line of a paragraph that goes on to describe the job", () => {
    const document = md(
      "## Experience",
      "",
      "### Search Unit, Halden Group Inc",
      "Nov 2020 -- Present",
      "Working closely with the business units on search quality.",
    );
    expect(fields(document)).toEqual([
      { title: null, organisation: "Halden Group Inc", location: null, start: "Nov 2020", end: "Present", line: 3 },
    ]);
    expect(document.claims.map((claim) => [claim.text, claim.range.start.line, claim.range.start.column])).toEqual([
      ["Working closely with the business units on search quality.", 5, 1],
    ]);
  });

  it("two titles under one organisation heading keep it, even when each names a unit after 'at'", () => {
    const document = md(
      "## Experience",
      "",
      "### Orla Institute",
      "#### Computing Directorate",
      "*(April 2011 - September 2011) **Process Chief** at Visualization Department*<br/>",
      "*(July 2010 - March 2011) **Systems administrator** at Observatory Nine*<br/>",
      "",
      "- Kept the cluster that powered the observatory running through two upgrades.",
    );
    expect(fields(document).map(({ title, organisation, start }) => [title, organisation, start])).toEqual([
      ["Process Chief", "Orla Institute", "April 2011"],
      ["Systems administrator", "Orla Institute", "July 2010"],
    ]);
  });

  it("emoji subheadings inside a role and a nested skills list leave the role and the section alone", () => {
    const document = md(
      "## My Experience",
      "",
      "### Brightwater - Full Stack Consultant (Freelance)",
      "",
      "##### March 2023 - December 2024",
      "",
      "##### Amsterdam, Netherlands (Hybrid)",
      "",
      "#### 🎨 Front-end",
      "",
      "- Built the mobile version of the sales tool in React.",
      "",
      "#### 📦 Tools & Technologies",
      "",
      "- React, Vite",
      "",
      "### Fernhill - Front-end Consultant (Freelance)",
      "",
      "##### June 2021 - August 2021",
      "",
      "- Rebuilt the checkout in Vue.",
    );
    expect(fields(document)).toEqual([
      {
        title: "Full Stack Consultant",
        organisation: "Brightwater",
        location: "Amsterdam, Netherlands",
        start: "March 2023",
        end: "December 2024",
        line: 3,
      },
      {
        title: "Front-end Consultant",
        organisation: "Fernhill",
        location: null,
        start: "June 2021",
        end: "August 2021",
        line: 17,
      },
    ]);
    expect(document.claims.map((claim) => [claim.roleIndex, document.sections[claim.sectionIndex]?.kind])).toEqual([
      [0, "experience"],
      [null, "skills"],
      [1, "experience"],
    ]);
  });

  it("a heading with a job title below the section heading is a role, though 'project' names a section", () => {
    const document = md(
      "## Experience",
      "",
      "### Project Engineer | Wipro",
      "",
      "**Sep 2020 – Jun 2021 | Remote**",
      "",
      "- Automated deployments.",
    );
    expect(fields(document)).toEqual([
      {
        title: "Project Engineer",
        organisation: "Wipro",
        location: "Remote",
        start: "Sep 2020",
        end: "Jun 2021",
        line: 3,
      },
    ]);
    expect(document.sections.map((section) => section.kind)).toEqual(["experience"]);
  });

  it("the tagline under the name is no role", () => {
    const document = md(
      "# Ada Quill",
      "",
      "**Tech Lead | Platform Engineer**",
      "",
      "## Experience",
      "",
      "### Tech Lead | Incubyte",
      "",
      "- Led the team.",
    );
    expect(fields(document).map((role) => role.title)).toEqual(["Tech Lead"]);
  });
});

describe("role headers in extracted text", () => {
  it("an organisation line over title-and-dates lines, with a promotion under it", () => {
    const document = readText(
      [
        "EXPERIENCE",
        "Carolina Health Exchange · Durham, NC",
        "Senior Backend Engineer · Jan 2020 – Present",
        "• Moved claims intake to an event stream read by four teams.",
        "Backend Engineer · Jun 2018 – Dec 2019",
        "• Wrote the eligibility service.",
        "Brightleaf Software · Asheville, NC",
        "Software Developer · Aug 2016 – May 2018",
        "• Built the billing export.",
      ].join("\n"),
      { vocabulary },
    );
    expect(fields(document)).toEqual([
      {
        title: "Senior Backend Engineer",
        organisation: "Carolina Health Exchange",
        location: "Durham, NC",
        start: "Jan 2020",
        end: "Present",
        line: 3,
      },
      {
        title: "Backend Engineer",
        organisation: "Carolina Health Exchange",
        location: "Durham, NC",
        start: "Jun 2018",
        end: "Dec 2019",
        line: 5,
      },
      {
        title: "Software Developer",
        organisation: "Brightleaf Software",
        location: "Asheville, NC",
        start: "Aug 2016",
        end: "May 2018",
        line: 8,
      },
    ]);
    expect(document.claims.map((claim) => claim.roleIndex)).toEqual([0, 1, 2]);
  });

  it("a fixed-width line with a title list becomes a role per title", () => {
    const document = readText(
      [
        "EXPERIENCE",
        "",
        "2018-2023    QUILLMARK, Staff SE, Senior SE3 --------- Boston MA",
        "     Led the catalogue rebuild for two product lines.",
      ].join("\n"),
      { vocabulary },
    );
    expect(
      fields(document).map(({ title, organisation, location, start }) => [title, organisation, location, start]),
    ).toEqual([
      ["Staff SE", "QUILLMARK", "Boston MA", null],
      ["Senior SE3", "QUILLMARK", "Boston MA", null],
    ]);
  });

  it("a name beside dates under a complete header is where the job was", () => {
    const document = md(
      "## Experience",
      "",
      "### Software designer at Mera Nets",
      "",
      "*05.2009 - 07.2012* | Nizhniy Novgorod",
      "",
      "- Designed the call routing tables.",
    );
    expect(fields(document)).toEqual([
      {
        title: "Software designer",
        organisation: "Mera Nets",
        location: "Nizhniy Novgorod",
        start: "05.2009",
        end: "07.2012",
        line: 3,
      },
    ]);
  });
});
