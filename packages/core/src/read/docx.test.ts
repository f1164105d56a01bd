import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  NoBreakHyphen,
  Packer,
  Paragraph,
  type ParagraphChild,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { afterAll, describe, expect, it } from "vitest";
import { ZipFile } from "yazl";
import type { Claim, ResumeDocument } from "../model/document.js";
import { vocabulary } from "../test-vocabulary.js";
import { DOCX_LIMITS, normaliseParagraphText, readDocx } from "./docx.js";
import { ResumeReadError } from "./errors.js";
import { readMarkdown } from "./markdown.js";

// ---------------------------------------------------------------------------------------------
// Making DOCX files: with the `docx` package for real documents, with yazl for odd archives.

type Block = Paragraph | Table;

const numbering = {
  config: [
    {
      reference: "numbered",
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }],
    },
  ],
};

async function docxOf(...children: Block[]): Promise<Uint8Array> {
  const document = new Document({ numbering, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text, heading: level });
const h1 = (text: string) => heading(text, HeadingLevel.HEADING_1);
const h2 = (text: string) => heading(text, HeadingLevel.HEADING_2);
const h3 = (text: string) => heading(text, HeadingLevel.HEADING_3);
const para = (...children: (string | ParagraphChild)[]) =>
  new Paragraph({ children: children.map((child) => (typeof child === "string" ? new TextRun(child) : child)) });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
const numbered = (text: string) => new Paragraph({ text, numbering: { reference: "numbered", level: 0 } });
const bold = (text: string) => new TextRun({ text, bold: true });
const empty = () => new Paragraph({});
const cell = (...children: Paragraph[]) => new TableCell({ children });
const row = (...cells: TableCell[]) => new TableRow({ children: cells });

function zipOf(files: Record<string, string | Buffer | Readable>): Promise<Uint8Array> {
  const zip = new ZipFile();
  for (const [name, content] of Object.entries(files)) {
    if (content instanceof Readable) zip.addReadStream(content, name);
    else zip.addBuffer(Buffer.from(content), name);
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on("data", (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    zip.outputStream.on("error", reject);
  });
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const documentXml = (body: string, prolog = "") =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document ${W}><w:body>${body}</w:body></w:document>`;
const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';

/** A DOCX of hand-written WordprocessingML: the minimum mammoth reads. */
const rawDocx = (body: string, prolog = "") =>
  zipOf({ "[Content_Types].xml": CONTENT_TYPES, "word/document.xml": documentXml(body, prolog) });

/** `size` zero bytes, produced a megabyte at a time so that the test never holds them all. */
function zeros(size: number): Readable {
  const chunk = Buffer.alloc(1024 * 1024);
  let left = size;
  return new Readable({
    read() {
      if (left <= 0) {
        this.push(null);
        return;
      }
      const next = chunk.subarray(0, Math.min(left, chunk.length));
      left -= next.length;
      this.push(next);
    },
  });
}

async function readFails(bytes: Uint8Array | Promise<Uint8Array>): Promise<ResumeReadError> {
  try {
    await readDocx(await bytes, { vocabulary });
  } catch (error) {
    expect(error).toBeInstanceOf(ResumeReadError);
    const message = (error as ResumeReadError).message;
    // One sentence: what is wrong and what to do.
    expect(message).toMatch(/^This /);
    expect(message).toMatch(/; .*\.$/);
    expect(message.split(/[.!?](?:\s|$)/).filter((part) => part.trim() !== "").length).toBeLessThanOrEqual(2);
    return error as ResumeReadError;
  }
  throw new Error("expected readDocx to fail");
}

// ---------------------------------------------------------------------------------------------

const claimTexts = (document: ResumeDocument) => document.claims.map((claim) => claim.text);
const sectionsOf = (document: ResumeDocument) => document.sections.map(({ kind, heading }) => ({ kind, heading }));
const rolesOf = (document: ResumeDocument) =>
  document.roles.map(({ title, organisation, start, end }) => ({ title, organisation, start, end }));

/** The text a single-line claim's range covers in the document text. */
function textAt(document: ResumeDocument, claim: Claim): string {
  const { start, end } = claim.range;
  expect(end.line).toBe(start.line);
  const line = document.text.split("\n")[start.line - 1] ?? "";
  return line.slice(start.column - 1, end.column - 1);
}

describe("readDocx: structure", () => {
  it("reads headings, Word bullets and heading roles as the Markdown reader reads the same resume", async () => {
    const bytes = await docxOf(
      h1("Dana Reyes"),
      para("dana@example.com · Lisbon"),
      h2("Summary"),
      para("Backend engineer who owns payment services. Runs the on-call rotation for four teams."),
      h2("Experience"),
      h3("Senior Engineer — Acme Payments (2019–2024)"),
      bullet("Cut p99 latency from 900 ms to 120 ms by caching card tokens."),
      bullet("Led the ledger migration with a dual-write period and a rollback plan."),
      h3("Engineer — Foo Ltd (2015–2019)"),
      bullet("Built the invoicing service in Go."),
      h2("Skills"),
      bullet("Go, PostgreSQL, Kafka"),
    );
    const markdown = readMarkdown(
      [
        "# Dana Reyes",
        "",
        "dana@example.com · Lisbon",
        "",
        "## Summary",
        "",
        "Backend engineer who owns payment services. Runs the on-call rotation for four teams.",
        "",
        "## Experience",
        "",
        "### Senior Engineer — Acme Payments (2019–2024)",
        "",
        "- Cut p99 latency from 900 ms to 120 ms by caching card tokens.",
        "- Led the ledger migration with a dual-write period and a rollback plan.",
        "",
        "### Engineer — Foo Ltd (2015–2019)",
        "",
        "- Built the invoicing service in Go.",
        "",
        "## Skills",
        "",
        "- Go, PostgreSQL, Kafka",
      ].join("\n"),
      { vocabulary },
    );
    const document = await readDocx(bytes, { vocabulary });
    expect(document.format).toBe("docx");
    expect(claimTexts(document)).toEqual(claimTexts(markdown));
    expect(sectionsOf(document)).toEqual(sectionsOf(markdown));
    expect(rolesOf(document)).toEqual(rolesOf(markdown));
    expect(document.claims.map((claim) => [claim.kind, claim.sectionIndex, claim.roleIndex])).toEqual(
      markdown.claims.map((claim) => [claim.kind, claim.sectionIndex, claim.roleIndex]),
    );
  });

  it("reads Word's numbered lists as bullets, one claim each", async () => {
    const document = await readDocx(
      await docxOf(
        h2("Experience"),
        para(bold("Staff Engineer"), ", Acme, 2020 – Present"),
        numbered("Designed the event bus that 12 teams now publish to."),
        numbered("Wrote the RFC process the org adopted."),
      ),
      { vocabulary },
    );
    expect(claimTexts(document)).toEqual([
      "Designed the event bus that 12 teams now publish to.",
      "Wrote the RFC process the org adopted.",
    ]);
    expect(document.claims.every((claim) => claim.kind === "bullet" && claim.roleIndex === 0)).toBe(true);
  });

  it("reads typed bullets, strips the glyph and keeps the position of the text", async () => {
    const items = ["• ", "- ", "· ", "● ", "○ ", "▪ ", "– ", "•\t"];
    const document = await readDocx(
      await docxOf(
        h2("Experience"),
        ...items.map((glyph, index) => para(`${glyph}Shipped feature number ${index + 1} to production.`)),
      ),
      { vocabulary },
    );
    expect(claimTexts(document)).toEqual(items.map((_, index) => `Shipped feature number ${index + 1} to production.`));
    for (const [index, claim] of document.claims.entries()) {
      expect(claim.kind).toBe("bullet");
      expect(claim.range.start).toMatchObject({ line: index + 2, column: 3 });
      expect(textAt(document, claim)).toBe(claim.text);
    }
  });

  it("does not take a hyphenated or negative number for a bullet", async () => {
    const document = await readDocx(
      await docxOf(h2("Summary"), para("-40% cloud spend after the storage migration I led.")),
      { vocabulary },
    );
    expect(claimTexts(document)).toEqual(["-40% cloud spend after the storage migration I led."]);
    expect(document.claims[0]?.kind).toBe("sentence");
  });

  it("reads a paragraph that opens in bold as a role line, without dates", async () => {
    const document = await readDocx(
      await docxOf(
        h2("Experience"),
        para(bold("Principal Engineer"), ", Initech"),
        bullet("Owned the billing platform and its on-call rotation."),
        para("Platform Engineer, Globex"),
      ),
      { vocabulary },
    );
    expect(rolesOf(document)).toEqual([
      { title: "Principal Engineer", organisation: "Initech", start: null, end: null },
    ]);
    // Not bold and undated: a sentence, not a role.
    expect(claimTexts(document)).toEqual([
      "Owned the billing platform and its on-call rotation.",
      "Platform Engineer, Globex",
    ]);
  });

  it("reads tab-aligned dates as part of the role line", async () => {
    const document = await readDocx(
      await docxOf(
        para(bold("EXPERIENCE")),
        para(bold("Research Assistant"), new TextRun({ children: [new Tab(), new Tab(), "June 2022 – Present"] })),
        para("University of Massachusetts, Amherst, MA"),
        para("· Uses R to analyse survey data on 40,000 respondents."),
      ),
      { vocabulary },
    );
    expect(document.text.split("\n")[1]).toBe("Research Assistant · June 2022 – Present");
    expect(sectionsOf(document)).toEqual([{ kind: "experience", heading: "EXPERIENCE" }]);
    expect(rolesOf(document)).toEqual([
      // The plain line under a role line that named no organisation names it, and where.
      {
        title: "Research Assistant",
        organisation: "University of Massachusetts",
        start: "June 2022",
        end: "Present",
      },
    ]);
    expect(document.roles[0]?.location).toBe("Amherst, MA");
    expect(document.claims.map((claim) => claim.text)).not.toContain("University of Massachusetts, Amherst, MA");
    expect(document.claims.at(-1)).toMatchObject({
      text: "Uses R to analyse survey data on 40,000 respondents.",
      kind: "bullet",
      roleIndex: 0,
    });
  });

  it("makes non-breaking and soft hyphens, non-breaking spaces and ligatures plain", async () => {
    const document = await readDocx(
      await docxOf(
        h2("Experience"),
        new Paragraph({
          bullet: { level: 0 },
          children: [
            new TextRun({ children: ["Built a real", new NoBreakHyphen(), "time pipeline"] }),
            new TextRun(
              " for 3\u00A0000 events per second with e\u2011mail alerts, a con\u00ADfig ﬁle and ﬂeet-wide ﬀ.",
            ),
          ],
        }),
      ),
      { vocabulary },
    );
    expect(claimTexts(document)).toEqual([
      "Built a real-time pipeline for 3 000 events per second with e-mail alerts, a config file and fleet-wide ff.",
    ]);
    const claim = document.claims[0] as Claim;
    expect(textAt(document, claim)).toBe(claim.text);
  });

  it("reads paragraphs inside layout tables in reading order, and a table row as a role line", async () => {
    const document = await readDocx(
      await docxOf(
        new Table({
          rows: [
            row(cell(para("Priya Natarajan")), cell(para("priya@example.com"))),
            row(cell(para(bold("EXPERIENCE"))), cell(empty())),
            row(cell(para(bold("Site Reliability Engineer, Contoso"))), cell(para("2018 – 2023"))),
            row(
              cell(
                bullet("Ran the incident review for 30 services and cut pages by half."),
                bullet("Owned the SLOs for checkout."),
              ),
            ),
          ],
        }),
        para(bold("SKILLS")),
        para("Terraform, Go"),
      ),
      { vocabulary },
    );
    expect(document.text.split("\n")).toEqual([
      "Priya Natarajan",
      "priya@example.com",
      "EXPERIENCE",
      "",
      "Site Reliability Engineer, Contoso",
      "2018 – 2023",
      "Ran the incident review for 30 services and cut pages by half.",
      "Owned the SLOs for checkout.",
      "SKILLS",
      "Terraform, Go",
    ]);
    // The name and contact line carry no claim, so the first heading takes their section over.
    expect(sectionsOf(document).map((section) => section.kind)).toEqual(["experience", "skills"]);
    expect(rolesOf(document)).toEqual([
      { title: "Site Reliability Engineer", organisation: "Contoso", start: "2018", end: "2023" },
    ]);
    expect(document.roles[0]?.range.start.line).toBe(5);
    expect(document.roles[0]?.range.end.line).toBe(6);
    expect(document.claims.map((claim) => [claim.text, claim.range.start.line, claim.roleIndex])).toEqual([
      ["Ran the incident review for 30 services and cut pages by half.", 7, 0],
      ["Owned the SLOs for checkout.", 8, 0],
    ]);
  });

  it("puts each claim at its paragraph's line and its characters' columns", async () => {
    const document = await readDocx(
      await docxOf(
        h1("Sam Lee"),
        empty(),
        h2("Summary"),
        para("Staff engineer for the search platform. I mentored 6 engineers to senior."),
        empty(),
        empty(),
        h2("Experience"),
        para(bold("Staff Engineer"), new TextRun({ children: [new Tab(), "Acme, 2021 – 2024"] })),
        bullet("Migrated 40 services to the new index with zero downtime."),
        para("• ", bold("Led"), " the relevance working group across 3 teams."),
      ),
      { vocabulary },
    );
    const lines = document.text.split("\n");
    expect(lines).toHaveLength(10);
    expect(lines[7]).toBe("Staff Engineer · Acme, 2021 – 2024");
    expect(
      document.claims.map(({ text, range }) => [
        text,
        range.start.line,
        range.start.column,
        range.end.line,
        range.end.column,
      ]),
    ).toEqual([
      ["Staff engineer for the search platform.", 4, 1, 4, 40],
      ["I mentored 6 engineers to senior.", 4, 41, 4, 74],
      ["Migrated 40 services to the new index with zero downtime.", 9, 1, 9, 58],
      ["Led the relevance working group across 3 teams.", 10, 3, 10, 50],
    ]);
    for (const claim of document.claims) {
      expect(textAt(document, claim)).toBe(claim.text);
      expect(document.text.slice(claim.range.start.offset, claim.range.end.offset)).toBe(claim.text);
    }
  });

  it("takes a section name numbered with Word's list numbering for a heading when it is set apart", async () => {
    const document = await readDocx(
      await docxOf(
        new Paragraph({ numbering: { reference: "numbered", level: 0 }, children: [bold("EXPERIENCE")] }),
        para(bold("Data Engineer"), ", Hooli, 2021 – 2024"),
        bullet("Cut the nightly batch from 6 hours to 40 minutes."),
        new Paragraph({
          numbering: { reference: "numbered", level: 0 },
          children: [new TextRun({ text: "Skills", smallCaps: true })],
        }),
        bullet("Spark, Airflow"),
      ),
      { vocabulary },
    );
    expect(sectionsOf(document)).toEqual([
      { kind: "experience", heading: "EXPERIENCE" },
      { kind: "skills", heading: "Skills" },
    ]);
    expect(claimTexts(document)).toEqual(["Cut the nightly batch from 6 hours to 40 minutes.", "Spark, Airflow"]);
    expect(document.claims[1]?.sectionIndex).toBe(1);
  });

  it("takes bold or capitalised section names for headings, and a capitalised line set like them", async () => {
    const document = await readDocx(
      await docxOf(
        para(bold("Jo Park")),
        para(bold("Work Experience:")),
        // Capitalised like the section names below, but inside experience: an employer.
        para(bold("ACME CORP")),
        bullet("Rebuilt the release pipeline; deploys went from weekly to daily."),
        para(bold("EDUCATION")),
        para("BSc Physics, University of Leeds"),
        para(bold("VOLUNTEERING")),
        para("Taught a weekly coding class for 20 students at the public library."),
        para("Skills"),
        para("Python, SQL"),
        // A sentence in bold that names a section is not a heading.
        para(bold("Experience with Python and SQL on large datasets of 2 TB.")),
      ),
      { vocabulary },
    );
    expect(sectionsOf(document)).toEqual([
      { kind: "experience", heading: "Work Experience:" },
      { kind: "education", heading: "EDUCATION" },
      { kind: "other", heading: "VOLUNTEERING" },
      { kind: "skills", heading: "Skills" },
    ]);
    expect(claimTexts(document)).toEqual([
      "ACME CORP",
      "Rebuilt the release pipeline; deploys went from weekly to daily.",
      "Taught a weekly coding class for 20 students at the public library.",
    ]);
  });
});

describe("readDocx: committed fixtures (test/fixtures/docx/make-fixtures.mjs)", () => {
  const fixture = (name: string) =>
    new Uint8Array(readFileSync(new URL(`../../../../test/fixtures/docx/${name}`, import.meta.url)));

  it("reads resume.docx", async () => {
    const document = await readDocx(fixture("resume.docx"), { vocabulary });
    expect(sectionsOf(document).map((section) => section.kind)).toEqual(["other", "summary", "experience", "skills"]);
    expect(rolesOf(document)).toEqual([
      { title: "Senior Software Engineer", organisation: "Brightwater", start: "2020", end: "Present" },
      { title: "Software Engineer", organisation: "Copperfield", start: "2016", end: "2020" },
    ]);
    expect(document.claims.map((claim) => [claim.range.start.line, claim.range.start.column, claim.text])).toEqual([
      [4, 1, "Senior backend engineer with 9 years of experience."],
      [4, 53, "Owns the payments API at Brightwater."],
      [7, 1, "Owned the payments API and its on-call rotation; cut p99 latency from 800 ms to 150 ms."],
      [8, 1, "Helped with the migration to Kubernetes."],
      [9, 3, "Improved the reliability of the checkout flow."],
      [11, 1, "Built the invoicing service in Go, sending 40,000 invoices a month."],
    ]);
  });

  it("refuses bomb.docx and not-docx.docx", async () => {
    expect((await readFails(fixture("bomb.docx"))).message).toMatch(/decompression bomb/);
    expect((await readFails(fixture("not-docx.docx"))).message).toMatch(/looks like a PDF/);
  });
});

describe("normaliseParagraphText", () => {
  it.each([
    ["Research Assistant\tJune 2022 – Present", "Research Assistant · June 2022 – Present"],
    ["Research Assistant \t\t\tJune 2022", "Research Assistant · June 2022"],
    ["\tIndented\t", " Indented "],
    ["•\tLed the team", "• Led the team"],
    ["real\u2011time e\u2010mail", "real-time e-mail"],
    ["soft\u00ADware\u00A0team", "software team"],
    ["ﬁle ﬂow oﬀ oﬃce baﬄe", "file flow off office baffle"],
    ["two\nlines\r\nhere", "two lines  here"],
  ])("%j → %j", (raw, expected) => {
    expect(normaliseParagraphText(raw)).toBe(expected);
  });
});

describe("readDocx: bad input", () => {
  const secrets = mkdtempSync(join(tmpdir(), "reslint-docx-"));
  afterAll(() => rmSync(secrets, { recursive: true, force: true }));

  it("stops at the lower time limit a config sets, naming the setting", async () => {
    const bytes = await docxOf(h2("Experience"), numbered("Wrote the RFC process the org adopted."));
    const error = await readDocx(bytes, { vocabulary, limits: { timePerFileMs: 1 } }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ResumeReadError);
    expect((error as Error).message).toBe(
      "This Word document took more than 1 ms to read, the most limits.timePerFileMs allows, so reslint stopped; raise the limit, or export the resume as Markdown or plain text and lint that.",
    );
    expect((await readDocx(bytes, { vocabulary, limits: { timePerFileMs: 8_000 } })).claims.length).toBe(1);
  });

  it("refuses an empty file", async () => {
    expect((await readFails(new Uint8Array())).message).toMatch(/empty/);
  });

  it("refuses random bytes as not a Word document", async () => {
    const random = new Uint8Array(4096).map((_, index) => (index * 7919 + 13) % 251);
    expect((await readFails(random)).message).toMatch(
      /^This file is not a Word document \(\.docx\) that reslint can read; /,
    );
  });

  it("refuses a zip-looking file that is not a zip", async () => {
    expect((await readFails(new Uint8Array(Buffer.from("PK\u0003\u0004 nothing else")))).message).toMatch(
      /not a Word document/,
    );
  });

  it("says a PDF named .docx looks like a PDF", async () => {
    const pdf = Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n", "latin1");
    expect((await readFails(new Uint8Array(pdf))).message).toMatch(/looks like a PDF/);
  });

  it("says an OLE file is password-protected or an old .doc", async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const message = (await readFails(ole)).message;
    expect(message).toMatch(/password-protected/);
    expect(message).toMatch(/\.doc\b/);
  });

  it("says an RTF file named .docx is RTF", async () => {
    expect((await readFails(new Uint8Array(Buffer.from("{\\rtf1\\ansi Hello}")))).message).toMatch(/RTF/);
  });

  it("refuses a zip without word/document.xml", async () => {
    const message = (await readFails(zipOf({ "notes.txt": "hello", "data/sheet.xml": "<a/>" }))).message;
    expect(message).toMatch(/without word\/document\.xml/);
  });

  it("refuses a zip whose package points at a main part that is not there", async () => {
    const rels =
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/missing.xml"/></Relationships>';
    const message = (await readFails(zipOf({ "[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": rels }))).message;
    expect(message).toMatch(/without word\/document\.xml/);
  });

  it("says an OpenDocument file is not a .docx", async () => {
    const odt = zipOf({ mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<office:document/>" });
    expect((await readFails(odt)).message).toMatch(/OpenDocument/);
  });

  it("refuses a document with no text", async () => {
    expect((await readFails(docxOf(empty(), para("   "), empty()))).message).toMatch(/no text/);
  });

  it("refuses a damaged document.xml", async () => {
    expect((await readFails(rawDocx("<w:p><w:r><w:t>unclosed"))).message).toMatch(/damaged/);
  });

  it("refuses a decompression bomb from the declared sizes, before inflating anything", async () => {
    const declared = 100 * 1024 * 1024;
    const bomb = await zipOf({ "[Content_Types].xml": CONTENT_TYPES, "word/document.xml": zeros(declared) });
    expect(bomb.length).toBeLessThan(declared / 500);
    const started = performance.now();
    const message = (await readFails(bomb)).message;
    expect(performance.now() - started).toBeLessThan(500);
    expect(message).toMatch(/word\/document\.xml would unpack to 100 MB, more than the 3 MB/);
    expect(message).toMatch(/decompression bomb/);
  });

  it("refuses an archive whose entries together would unpack past the limit", async () => {
    const media: Record<string, Readable> = {};
    for (let index = 0; index < 5; index++) media[`word/media/image${index}.png`] = zeros(45 * 1024 * 1024);
    const bytes = await zipOf({ "[Content_Types].xml": CONTENT_TYPES, "word/document.xml": documentXml(""), ...media });
    expect((await readFails(bytes)).message).toMatch(/would unpack to 225 MB, more than the 200 MB/);
  }, 20_000);

  it("refuses an entry that inflates to more than its declared size, and stops at the declared size", async () => {
    const actual = 4 * 1024 * 1024 + 12_345;
    const body = `<w:p><w:r><w:t>${"x".repeat(actual - documentXml("<w:p><w:r><w:t></w:t></w:r></w:p>").length)}</w:t></w:r></w:p>`;
    const honest = Buffer.from(await rawDocx(body));
    expect(documentXml(body).length).toBe(actual);
    // Rewrite every copy of the true size (local header, data descriptor, central directory) to 1,000.
    const trueSize = Buffer.alloc(4);
    trueSize.writeUInt32LE(actual);
    const lie = Buffer.alloc(4);
    lie.writeUInt32LE(1000);
    let patched = 0;
    for (let at = honest.indexOf(trueSize); at >= 0; at = honest.indexOf(trueSize, at + 4)) {
      lie.copy(honest, at);
      patched++;
    }
    expect(patched).toBeGreaterThanOrEqual(2);
    const message = (await readFails(new Uint8Array(honest))).message;
    expect(message).toMatch(/word\/document\.xml unpacks to a different size than its zip directory declares/);
  });

  it("bounds a main part whatever it is named: mammoth follows the relationship, not the name", () => {
    expect(DOCX_LIMITS.isParsed("word/body.bin")).toBe(true);
    expect(DOCX_LIMITS.isParsed("word/document.xml")).toBe(true);
    expect(DOCX_LIMITS.isParsed("word/media/photo.jpeg")).toBe(false);
    expect(DOCX_LIMITS.isParsed("word/fonts/font1.odttf")).toBe(false);
  });

  it("refuses a document with too many parts", async () => {
    const files: Record<string, string> = { "word/document.xml": documentXml("") };
    for (let index = 0; index <= DOCX_LIMITS.maxEntries; index++) files[`word/media/${index}.txt`] = "";
    expect((await readFails(zipOf(files))).message).toMatch(/lists 5,002 zip entries, more than the 5,000/);
  });

  it("refuses a document with more elements than any resume, before parsing it", async () => {
    const started = performance.now();
    const message = (await readFails(rawDocx("<w:p/>".repeat(DOCX_LIMITS.maxTags)))).message;
    expect(message).toMatch(/holds more than 200,000 elements/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses a deeply nested document as damaged rather than crashing", async () => {
    const depth = 20_000;
    const body = `<w:p><w:r>${"<w:sdt><w:sdtContent>".repeat(depth)}${"</w:sdtContent></w:sdt>".repeat(depth)}</w:r></w:p>`;
    expect((await readFails(rawDocx(body))).message).toMatch(/damaged/);
  });

  it("never reads an external entity into the document", async () => {
    const secretFile = join(secrets, "secret.txt");
    writeFileSync(secretFile, "TOP-SECRET-XXE-CONTENT");
    const prolog = `<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "${pathToFileURL(secretFile).href}">]>`;
    const body = "<w:p><w:r><w:t>Led the &xxe; migration for 12 teams with a rollback plan.</w:t></w:r></w:p>";
    const error = await readFails(rawDocx(body, prolog));
    expect(error.message).toMatch(/DOCTYPE/);
    expect(error.message).not.toContain("TOP-SECRET");
  });

  it("refuses a billion-laughs document quickly", async () => {
    const entities = ['<!ENTITY lol "lol">'];
    for (let level = 1; level <= 9; level++) {
      entities.push(`<!ENTITY lol${level} "${`&lol${level - 1 || ""};`.repeat(10)}">`);
    }
    const prolog = `<!DOCTYPE w:document [${entities.join("")}]>`;
    const started = performance.now();
    await readFails(rawDocx("<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", prolog));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
