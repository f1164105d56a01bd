import { deflateSync } from "node:zlib";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import type { Claim, ResumeDocument } from "../model/document.js";
import { vocabulary } from "../test-vocabulary.js";
import { ResumeReadError } from "./errors.js";
import { MAX_PDF_BYTES, MAX_RUNS_PER_PAGE, readPdf, readPdfLines } from "./pdf.js";
import { mendLetterSpacing } from "./pdf-lines.js";
import { fixSmallCaps, repairRun } from "./pdf-text.js";
import { MAX_PDF_PAGES, type ReadLimits } from "./read-limits.js";

// ---------------------------------------------------------------------------------------------
// Making PDFs with pdfkit. Its coordinates have their origin at the top left, with `y` the top
// of the text; PDF user space (what `Claim.box` reports) has its origin at the bottom left.

type Doc = InstanceType<typeof PDFDocument>;
const PAGE_HEIGHT = 792;

function pdfOf(draw: (doc: Doc) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "LETTER", margin: 50, ...options });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    draw(doc);
    doc.end();
  });
}

/** One line of text at (x, y) in the given font, never wrapped. */
function put(doc: Doc, text: string, x: number, y: number, font = "Helvetica", size = 10): void {
  doc.font(font).fontSize(size).fillColor("black").text(text, x, y, { lineBreak: false });
}

/** Text that ends at `right`, as a right-aligned date does. */
function putRight(doc: Doc, text: string, right: number, y: number, font = "Helvetica", size = 10): void {
  doc.font(font).fontSize(size);
  put(doc, text, right - doc.widthOfString(text), y, font, size);
}

const texts = (document: ResumeDocument, kind?: Claim["kind"]) =>
  document.claims.filter((claim) => kind === undefined || claim.kind === kind).map((claim) => claim.text);

async function readError(bytes: Uint8Array, limits: ReadLimits = {}): Promise<ResumeReadError> {
  const error = await readPdf(bytes, { vocabulary, limits }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ResumeReadError);
  return error as ResumeReadError;
}

/** A PDF written by hand, for what pdfkit will not make: objects in order, then the xref. */
function handMadePdf(objects: string[]): Uint8Array {
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, "latin1"));
}

/** One page of text in a font whose ToUnicode map sends every letter to the private-use area. */
function undecodablePdf(): Uint8Array {
  const content = "BT /F1 12 Tf 72 700 Td (Senior Engineer at Ledgerly) Tj 0 -16 Td (Owned the billing service) Tj ET";
  const cmap = [
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
    "/CMapName /Garbled def 1 begincodespacerange <00> <FF> endcodespacerange",
    "1 beginbfrange <00> <FF> <E000> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end",
  ].join("\n");
  return handMadePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
    `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`,
  ]);
}

/** One page whose text all runs up the page, turned a quarter. */
function rotatedPdf(): Uint8Array {
  const lines = ["Senior Engineer at Ledgerly, 2020 to 2024", "Owned the billing service and its on-call"];
  const content = lines
    .map((text, index) => `BT /F1 12 Tf 0 1 -1 0 ${100 + index * 16} 100 Tm (${text}) Tj ET`)
    .join("\n");
  return handMadePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ]);
}

/** A PNG of one grey pixel, for a page that is only a picture. */
function onePixelPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from([0, 0x80]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------
// A one-column resume: headings, a role line with a right-aligned date, wrapped bullets with a
// hanging indent, a word hyphenated at a line end, bullets drawn as discs.

function oneColumn(doc: Doc): void {
  put(doc, "Jordan Price", 50, 50, "Helvetica-Bold", 20);
  put(doc, "jordan@example.com | Leeds", 50, 76);
  put(doc, "Summary", 50, 100, "Helvetica-Bold", 13);
  doc.font("Helvetica").fontSize(10);
  doc.text(
    "Backend engineer who owns billing services end to end and carries the pager for them. I like boring, well-measured systems.",
    50,
    120,
    { width: 500 },
  );
  put(doc, "Experience", 50, 160, "Helvetica-Bold", 13);
  put(doc, "Senior Engineer, Ledgerly", 50, 182, "Helvetica-Bold");
  putRight(doc, "2020 – Present", 562, 182);
  // Text bullets: "•" set apart from a wrapped paragraph with a hanging indent.
  put(doc, "•", 62, 198);
  doc.font("Helvetica").fontSize(10);
  doc.text(
    "Owned the invoicing service and its on-call rotation; paging fell from weekly to rare after I rewrote the retry logic and added alerts on queue depth.",
    74,
    198,
    { width: 470 },
  );
  put(doc, "•", 62, 226);
  put(doc, "Led the reindexing migra-", 74, 226);
  put(doc, "tion with a two-week dual-read period and a one-click rollback.", 74, 238);
  // Drawn bullets: filled discs, no glyph in the text layer.
  doc.circle(65, 257, 1.8).fill("black");
  put(doc, "Cut p95 latency from 600 ms to 140 ms by moving facet counts to a", 74, 253);
  put(doc, "precomputed table.", 74, 265);
  doc.rect(63.5, 281.5, 3, 3).fill("black");
  put(doc, "Mentored two engineers through their first on-call rotations.", 74, 278);
  put(doc, "Engineer, Pinecrest Labs", 50, 300, "Helvetica-Bold");
  putRight(doc, "2015 – 2020", 562, 300);
  doc.circle(65, 319, 1.8).fill("black");
  put(doc, "Built the inventory sync job in Python, processing 2M SKUs nightly.", 74, 315);
  put(doc, "Skills", 50, 345, "Helvetica-Bold", 13);
  put(doc, "Go, Postgres, Kafka, Terraform", 50, 365);
}

describe("readPdf: one column", async () => {
  const bytes = await pdfOf(oneColumn);
  const document = await readPdf(bytes, { vocabulary });

  it("reads headings into sections, in order", () => {
    expect(document.format).toBe("pdf");
    expect(document.sections.map((section) => [section.kind, section.heading])).toEqual([
      ["other", "Jordan Price"],
      ["summary", "Summary"],
      ["experience", "Experience"],
      ["skills", "Skills"],
    ]);
  });

  it("reads bold role lines with right-aligned dates", () => {
    expect(document.roles).toMatchObject([
      { title: "Senior Engineer", organisation: "Ledgerly", start: "2020", end: "Present" },
      { title: "Engineer", organisation: "Pinecrest Labs", start: "2015", end: "2020" },
    ]);
    expect(document.text.split("\n")).toContain("Senior Engineer, Ledgerly · 2020 – Present");
  });

  it("re-joins wrapped bullets, mends line-end hyphenation and reads drawn bullets", () => {
    expect(texts(document, "bullet")).toEqual([
      "Owned the invoicing service and its on-call rotation; paging fell from weekly to rare after I rewrote the retry logic and added alerts on queue depth.",
      "Led the reindexing migration with a two-week dual-read period and a one-click rollback.",
      "Cut p95 latency from 600 ms to 140 ms by moving facet counts to a precomputed table.",
      "Mentored two engineers through their first on-call rotations.",
      "Built the inventory sync job in Python, processing 2M SKUs nightly.",
    ]);
    expect(document.claims.filter((claim) => claim.kind === "bullet").map((claim) => claim.roleIndex)).toEqual([
      0, 0, 0, 0, 1,
    ]);
  });

  it("splits the summary into sentences", () => {
    expect(texts(document, "sentence")).toEqual([
      "Backend engineer who owns billing services end to end and carries the pager for them.",
      "I like boring, well-measured systems.",
    ]);
  });

  it("points each claim at its line in the extracted text, its page and its box", () => {
    const lines = document.text.split("\n");
    const cut = document.claims.find((claim) => claim.text.startsWith("Cut p95")) as Claim;
    expect(lines[cut.range.start.line - 1]).toBe("Cut p95 latency from 600 ms to 140 ms by moving facet counts to a");
    expect(cut.range.start.column).toBe(1);
    expect(lines[cut.range.end.line - 1]).toBe("precomputed table.");
    expect(cut.range.end.line).toBe(cut.range.start.line + 1);
    expect(cut.page).toBe(1);
    const box = cut.box as NonNullable<Claim["box"]>;
    // Two lines of 10 pt Helvetica whose tops are at y = 253 and 265 from the top of the page.
    expect(box.x).toBeCloseTo(74, 0);
    expect(box.y).toBeGreaterThan(PAGE_HEIGHT - 265 - 12);
    expect(box.y).toBeLessThan(PAGE_HEIGHT - 265 - 6);
    expect(box.y + box.height).toBeGreaterThan(PAGE_HEIGHT - 253 - 2);
    expect(box.y + box.height).toBeLessThan(PAGE_HEIGHT - 253 + 2);
    expect(box.width).toBeGreaterThan(250);
    expect(box.width).toBeLessThan(400);
  });

  it("hands the layout reader lines with their type, gaps and markers", async () => {
    const lines = await readPdfLines(bytes, { vocabulary });
    const find = (text: string) => lines.find((line) => line.text === text);
    expect(find("Experience")).toMatchObject({ bold: true, fontSize: 13, page: 1 });
    expect(find("Senior Engineer, Ledgerly · 2020 – Present")).toMatchObject({ startsBold: true, bold: false });
    expect(find("Mentored two engineers through their first on-call rotations.")).toMatchObject({
      drawnBullet: true,
      x: 74,
    });
    expect(find("precomputed table.")).toMatchObject({ drawnBullet: false });
    expect(lines.every((line) => !line.text.startsWith("•"))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Two columns: a skills sidebar a third of the page wide beside the experience column, on the
// same line grid, so that rows of the two columns share baselines.

function twoColumns(doc: Doc): void {
  put(doc, "Ana Souza", 40, 40, "Helvetica-Bold", 22);
  put(doc, "ana@example.com · Lisbon · github.com/ana", 40, 68);
  const sidebar = [
    ["Skills", "Helvetica-Bold", 13],
    ["Kubernetes", "Helvetica", 10],
    ["Terraform and Helm", "Helvetica", 10],
    ["PostgreSQL replication", "Helvetica", 10],
    ["Incident command", "Helvetica", 10],
    ["Languages", "Helvetica-Bold", 13],
    ["Portuguese, English", "Helvetica", 10],
    ["Education", "Helvetica-Bold", 13],
    ["BSc Computer Science", "Helvetica", 10],
    ["University of Porto, 2012", "Helvetica", 10],
  ] as const;
  for (const [index, [text, font, size]] of sidebar.entries()) put(doc, text, 40, 100 + index * 14, font, size);
  const left = 230;
  put(doc, "Experience", left, 100, "Helvetica-Bold", 13);
  put(doc, "Staff SRE, Tagus Cloud", left, 114, "Helvetica-Bold");
  putRight(doc, "2019 – 2024", 570, 114);
  const bullets = [
    ["Ran the incident review for every", "sev-1 and published the follow-ups", "weekly to the whole company."],
    ["Moved 40 services to Kubernetes with", "a canary gate and one-click rollback."],
    ["Cut paging volume by 60% by rewriting", "alerts against SLOs."],
  ];
  let y = 128;
  for (const lines of bullets) {
    put(doc, "•", left + 4, y);
    for (const line of lines) {
      put(doc, line, left + 16, y);
      y += 14;
    }
  }
  put(doc, "SRE, Douro Data", left, y, "Helvetica-Bold");
  putRight(doc, "2015 – 2019", 570, y);
  y += 14;
  put(doc, "•", left + 4, y);
  put(doc, "Owned the Postgres fleet and its on-call", left + 16, y);
  put(doc, "rotation; failovers went from manual to", left + 16, y + 14);
  put(doc, "automatic.", left + 16, y + 28);
}

describe("readPdf: two columns with a sidebar", async () => {
  const document = await readPdf(await pdfOf(twoColumns), { vocabulary });

  it("reads the sidebar before the main column, without gluing it into bullets", () => {
    expect(texts(document, "bullet")).toEqual([
      "Ran the incident review for every sev-1 and published the follow-ups weekly to the whole company.",
      "Moved 40 services to Kubernetes with a canary gate and one-click rollback.",
      "Cut paging volume by 60% by rewriting alerts against SLOs.",
      "Owned the Postgres fleet and its on-call rotation; failovers went from manual to automatic.",
    ]);
    const sidebar = ["Kubernetes", "Terraform", "PostgreSQL", "Incident command", "Portuguese", "Porto"];
    for (const claim of document.claims) {
      for (const text of sidebar) {
        if (claim.text.includes("Moved 40 services to Kubernetes")) continue;
        expect(claim.text).not.toContain(text);
      }
    }
  });

  it("finds the sections of both columns in reading order", () => {
    expect(document.sections.map((section) => section.heading)).toEqual([
      "Ana Souza",
      "Skills",
      "Languages",
      "Education",
      "Experience",
    ]);
    expect(document.roles.map((role) => [role.title, role.start, role.end])).toEqual([
      ["Staff SRE", "2019", "2024"],
      ["SRE", "2015", "2019"],
    ]);
  });
});

/** The sidebar on the right, its lines right-aligned and on the bullets' baselines. */
function rightSidebar(doc: Doc): void {
  put(doc, "Experience", 40, 60, "Helvetica-Bold", 13);
  put(doc, "Platform Engineer, Fado Systems, 2018 – 2024", 40, 80, "Helvetica-Bold");
  const bullets = [
    "Replaced the deploy scripts with a pipeline",
    "that every team now uses.",
    "Halved build times by caching dependencies",
    "across 30 repositories.",
    "Ran the on-call rotation for the platform",
    "and wrote its runbooks.",
    "Migrated logging to OpenTelemetry with no",
    "lost events.",
  ];
  bullets.forEach((text, index) => {
    const y = 96 + index * 14;
    if (index % 2 === 0) doc.circle(45, y + 4, 1.6).fill("black");
    put(doc, text, 54, y);
  });
  const sidebar = ["Skills", "Go", "Kubernetes", "Terraform", "Contact", "lena@example.com", "Porto, Portugal"];
  for (const [index, text] of sidebar.entries()) {
    putRight(doc, text, 570, 96 + index * 14, index === 0 || index === 4 ? "Helvetica-Bold" : "Helvetica");
  }
}

describe("readPdf: a right-aligned sidebar on the main column's line grid", async () => {
  const document = await readPdf(await pdfOf(rightSidebar), { vocabulary });

  it("still reads it as a column of its own", () => {
    expect(texts(document, "bullet")).toEqual([
      "Replaced the deploy scripts with a pipeline that every team now uses.",
      "Halved build times by caching dependencies across 30 repositories.",
      "Ran the on-call rotation for the platform and wrote its runbooks.",
      "Migrated logging to OpenTelemetry with no lost events.",
    ]);
    expect(document.sections.map((section) => section.kind)).toEqual(["experience", "skills"]);
    expect(document.claims.filter((claim) => /Kubernetes|Terraform|lena@|Porto/.test(claim.text))).toEqual([]);
  });
});

/** Markers of every kind: numbers, a Dingbats glyph, a tiny picture; a letter-spaced heading. */
function markers(doc: Doc): void {
  doc.font("Helvetica-Bold").fontSize(12).text("WORK HISTORY", 50, 50, { characterSpacing: 4, lineBreak: false });
  put(doc, "Lead Engineer, Alcantara Pay, 2021 – 2024", 50, 72, "Helvetica-Bold");
  put(doc, "1.", 60, 90);
  put(doc, "Cut card declines by 12% with a retry scheduler.", 76, 90);
  put(doc, "2.", 60, 104);
  put(doc, "Led four engineers through the PCI audit.", 76, 104);
  // pdfkit sets Dingbats on their baseline: lower it onto the text's.
  put(doc, "n", 60, 125, "ZapfDingbats", 7);
  put(doc, "Wrote the settlement service's runbook.", 76, 118);
  doc.image(onePixelPng(), 61, 134, { width: 4, height: 4 });
  put(doc, "Moved the ledger to Postgres 15 without downtime.", 76, 132);
}

describe("readPdf: list markers", async () => {
  const document = await readPdf(await pdfOf(markers), { vocabulary });

  it("reads numbers, symbol glyphs and pictures as markers, and letter-spaced headings as words", () => {
    expect(document.sections.map((section) => [section.kind, section.heading])).toEqual([
      ["experience", "WORK HISTORY"],
    ]);
    expect(texts(document, "bullet")).toEqual([
      "Cut card declines by 12% with a retry scheduler.",
      "Led four engineers through the PCI audit.",
      "Wrote the settlement service's runbook.",
      "Moved the ledger to Postgres 15 without downtime.",
    ]);
  });
});

/** Left column: the role and two bullets, the second cut off at the column's foot, its last line full. */
function leftColumnWithCutBullet(doc: Doc): void {
  put(doc, "Experience", 40, 60, "Helvetica-Bold", 13);
  put(doc, "Data Engineer, Minho Labs, 2020 – 2024", 40, 80, "Helvetica-Bold");
  doc.circle(45, 100, 1.6).fill("black");
  put(doc, "Kept the pipeline green through every release of", 54, 96);
  put(doc, "the quarter, with alerts on lag and row counts.", 54, 110);
  doc.circle(45, 128, 1.6).fill("black");
  put(doc, "Rebuilt the nightly warehouse load as incremental", 54, 124);
  put(doc, "merges, so reports were ready at six instead of", 54, 138);
  put(doc, "noon, and the monthly cluster bill fell by a third over", 54, 152);
}

/** Newspaper columns: the cut-off bullet goes on at the top of the right column. */
function flowingColumns(doc: Doc): void {
  leftColumnWithCutBullet(doc);
  put(doc, "two quarters of careful tuning.", 314, 60);
  doc.circle(305, 78, 1.6).fill("black");
  put(doc, "Owned the data quality checks for every finance", 314, 74);
  put(doc, "report and the sign-off that the auditors rely on.", 314, 88);
  doc.circle(305, 106, 1.6).fill("black");
  put(doc, "Wrote the on-call guide for the data team and ran", 314, 102);
  put(doc, "its first three game days with the platform team.", 314, 116);
}

/** The same left column beside a sidebar whose first line is lower case. */
function sidebarAfterCutBullet(doc: Doc): void {
  leftColumnWithCutBullet(doc);
  for (const [index, text] of [
    "linkedin.com/in/lena-mota",
    "github.com/lenamota",
    "Porto, Portugal",
    "Available from May",
    "Speaks Portuguese and English",
    "Drives a very old car",
  ].entries()) {
    put(doc, text, 314, 60 + index * 14);
  }
}

describe("readPdf: text flowing between columns", async () => {
  it("carries a sentence cut off at a column's foot into the next column", async () => {
    const document = await readPdf(await pdfOf(flowingColumns), { vocabulary });
    expect(texts(document)).toEqual([
      "Kept the pipeline green through every release of the quarter, with alerts on lag and row counts.",
      "Rebuilt the nightly warehouse load as incremental merges, so reports were ready at six instead of noon, and the monthly cluster bill fell by a third over two quarters of careful tuning.",
      "Owned the data quality checks for every finance report and the sign-off that the auditors rely on.",
      "Wrote the on-call guide for the data team and ran its first three game days with the platform team.",
    ]);
  });

  it("never carries it into a sidebar's first line", async () => {
    const document = await readPdf(await pdfOf(sidebarAfterCutBullet), { vocabulary });
    expect(texts(document, "bullet")).toEqual([
      "Kept the pipeline green through every release of the quarter, with alerts on lag and row counts.",
      "Rebuilt the nightly warehouse load as incremental merges, so reports were ready at six instead of noon, and the monthly cluster bill fell by a third over",
    ]);
    expect(texts(document).filter((text) => text.includes("Rebuilt") && text.includes("linkedin"))).toEqual([]);
  });
});

/** Section headings in large light capitals, employers and schools in smaller bold capitals. */
function subHeadings(doc: Doc): void {
  put(doc, "EDUCATION", 50, 50, "Helvetica", 16);
  put(doc, "CORNELL UNIVERSITY", 50, 72, "Helvetica-Bold", 11);
  put(doc, "Dec 2014 | Ithaca, NY", 50, 86);
  put(doc, "Magna Cum Laude, Dean's list for every semester of the degree", 50, 100);
  put(doc, "EXPERIENCE", 50, 124, "Helvetica", 16);
  put(doc, "FACEBOOK | SOFTWARE ENGINEER", 50, 146, "Helvetica-Bold", 11);
  put(doc, "Jan 2015 - Present | New York, NY", 50, 160);
  put(doc, "•", 56, 174);
  put(doc, "Led the rewrite of the admin interface for the ads platform.", 66, 174);
}

describe("readPdf: sub-headings set smaller than the section headings", async () => {
  const document = await readPdf(await pdfOf(subHeadings), { vocabulary });

  it("reads them as employers and schools inside their section, not as sections", () => {
    expect(document.sections.map((section) => section.kind)).toEqual(["education", "experience"]);
    expect(document.roles.map((role) => [role.start, role.end])).toEqual([["Jan 2015", "Present"]]);
    expect(document.claims.map((claim) => [claim.text, claim.roleIndex])).toEqual([
      ["Led the rewrite of the admin interface for the ads platform.", 0],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Two pages with the contact details repeated in every footer and a bullet running onto page 2.

function twoPages(doc: Doc): void {
  const footer = () => put(doc, "Jordan Price · jordan@example.com · +44 7700 900123", 150, 750, "Helvetica", 8);
  put(doc, "Experience", 50, 50, "Helvetica-Bold", 13);
  put(doc, "Senior Engineer, Ledgerly", 50, 72, "Helvetica-Bold");
  putRight(doc, "2020 – Present", 562, 72);
  let y = 88;
  for (let index = 1; index <= 40; index++) {
    put(doc, "•", 62, y);
    put(doc, `Shipped improvement number ${index} to the billing pipeline with a measured result.`, 74, y);
    y += 15;
  }
  put(doc, "•", 62, y);
  put(doc, "Rebuilt the ledger export so that finance could close the month in two days rather", 74, y);
  footer();
  doc.addPage();
  put(doc, "than seven, with reconciliation checks on every run.", 74, 50);
  put(doc, "•", 62, 65);
  put(doc, "Wrote the runbook for the payments on-call rotation.", 74, 65);
  put(doc, "Education", 50, 95, "Helvetica-Bold", 13);
  put(doc, "BSc Computer Science, University of Leeds", 50, 117);
  footer();
}

describe("readPdf: pages", async () => {
  const document = await readPdf(await pdfOf(twoPages), { vocabulary });

  it("drops footers repeated on every page", () => {
    expect(document.text).not.toContain("jordan@example.com");
    expect(document.claims.some((claim) => claim.text.includes("+44"))).toBe(false);
  });

  it("carries a bullet across a page break and gives each claim its page", () => {
    const ledger = document.claims.find((claim) => claim.text.startsWith("Rebuilt the ledger")) as Claim;
    expect(ledger.text).toBe(
      "Rebuilt the ledger export so that finance could close the month in two days rather than seven, with reconciliation checks on every run.",
    );
    expect(ledger.page).toBe(1);
    const runbook = document.claims.find((claim) => claim.text.startsWith("Wrote the runbook")) as Claim;
    expect(runbook.page).toBe(2);
    expect(runbook.box?.y).toBeGreaterThan(PAGE_HEIGHT - 80);
    expect(document.claims).toHaveLength(42);
  });
});

// ---------------------------------------------------------------------------------------------
// Character repairs.

describe("pdf text repairs", () => {
  it("upper-cases small caps that extract as mixed case", () => {
    expect(fixSmallCaps("SiTE RELiABiLiTY ENGiNEER")).toBe("SITE RELIABILITY ENGINEER");
    expect(fixSmallCaps("JAN KüSTER")).toBe("JAN KÜSTER");
    expect(fixSmallCaps("iOS and Android")).toBe("iOS and Android");
    expect(fixSmallCaps("MySQL, PostgreSQL")).toBe("MySQL, PostgreSQL");
  });

  it("maps TeX's control-range codes and drops icon glyphs, counting what did not decode", () => {
    expect(repairRun("2019\u00152025")).toEqual({ text: "2019–2025", undecodable: 0 });
    expect(repairRun("\u0088 Owned")).toEqual({ text: "• Owned", undecodable: 0 });
    expect(repairRun("\uE001 Leeds\uFFFD")).toEqual({ text: " Leeds", undecodable: 2 });
  });
});

// ---------------------------------------------------------------------------------------------
// Bad input: each is one clear sentence, never a half-read resume.

describe("readPdf: bad input", () => {
  it("refuses an empty file", async () => {
    expect((await readError(new Uint8Array())).message).toMatch(/empty/);
  });

  it("refuses a text file named .pdf", async () => {
    const error = await readError(new TextEncoder().encode("# Jordan Price\n\n- Owned billing\n"));
    expect(error.message).toMatch(/plain text, not a PDF/);
  });

  it("refuses a truncated PDF", async () => {
    const bytes = await pdfOf(oneColumn);
    const error = await readError(bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(error.message).toMatch(/damaged or incomplete/);
  });

  it("refuses a PDF whose header is there but whose body is garbage", async () => {
    const bytes = new TextEncoder().encode(`%PDF-1.7\n${"x".repeat(2000)}\n%%EOF\n`);
    expect((await readError(bytes)).message).toMatch(/^This PDF/);
  });

  it("says a password-protected PDF is protected and asks for an unprotected copy", async () => {
    const bytes = await pdfOf(oneColumn, { userPassword: "secret", ownerPassword: "owner", pdfVersion: "1.7" });
    const error = await readError(bytes);
    expect(error.message).toMatch(/password-protected/);
    expect(error.message).toMatch(/unprotected copy/);
  });

  it("refuses a PDF of more pages than a resume has, before reading them", async () => {
    const bytes = await pdfOf((doc) => {
      for (let page = 1; page < 1001; page++) doc.addPage();
    });
    const started = performance.now();
    const error = await readError(bytes);
    expect(error.message).toMatch(new RegExp(`1001 pages, more than the ${MAX_PDF_PAGES}`));
    expect(performance.now() - started).toBeLessThan(5_000);
  }, 60_000);

  it("stops at the lower page limit a config sets, naming the setting", async () => {
    const bytes = await pdfOf(twoPages);
    expect((await readPdf(bytes, { vocabulary, limits: { maxPdfPages: 2 } })).claims.length).toBeGreaterThan(0);
    expect((await readError(bytes, { maxPdfPages: 1 })).message).toBe(
      "This PDF has 2 pages, more than the 1 limits.maxPdfPages allows; raise the limit, or check that this is the right file.",
    );
  });

  it("stops at the lower time limit a config sets, naming the setting", async () => {
    const bytes = await pdfOf(twoPages);
    expect((await readError(bytes, { timePerFileMs: 1 })).message).toBe(
      "This PDF took more than 1 ms to read, the most limits.timePerFileMs allows, so reslint stopped; raise the limit, or export the resume as Markdown or plain text and lint that.",
    );
  });

  it("refuses a scanned page with no text layer", async () => {
    const bytes = await pdfOf((doc) => {
      doc.image(onePixelPng(), 0, 0, { width: 612, height: 792 });
    });
    expect((await readError(bytes)).message).toMatch(/no text layer/);
  });

  it("refuses text in fonts that do not say which letters they draw", async () => {
    expect((await readError(undecodablePdf())).message).toMatch(/fonts that do not say which letters/);
  });

  it("refuses text it cannot put in reading order", async () => {
    expect((await readError(rotatedPdf())).message).toMatch(/rotated/);
  });

  it("refuses a file larger than the size limit without parsing it", async () => {
    const bytes = new Uint8Array(MAX_PDF_BYTES + 1);
    bytes.set(new TextEncoder().encode("%PDF-1.7\n"));
    expect((await readError(bytes)).message).toMatch(/larger than the 20 MB/);
  });
});

describe("readPdf: pages no resume has", () => {
  it("refuses a page with far more text runs than a resume, before building its lines", async () => {
    const bytes = await pdfOf((doc) => {
      // Thousands of runs on one baseline: the shape that makes line building slow.
      for (let index = 0; index <= MAX_RUNS_PER_PAGE; index++) put(doc, "w", 50 + (index % 500), 100, "Helvetica", 4);
    });
    const started = performance.now();
    const error = await readError(bytes);
    expect(error.message).toMatch(/^Page 1 of this PDF holds \d+ pieces of text, far more than a resume page/);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe("mendLetterSpacing", () => {
  it.each([
    ["WORK EXPERIENCE S", "WORK EXPERIENCES"],
    ["EDUCATIO N", "EDUCATION"],
    ["ADDITIONAL EXPERIENCE S", "ADDITIONAL EXPERIENCES"],
  ])("%s reads as %s", (text, expected) => {
    expect(mendLetterSpacing(text)).toBe(expected);
  });

  it.each(["PLAN A", "SECTION I", "Work Experience S", "GO TO MARKET WITH A PLAN FOR THE WHOLE S"])(
    "leaves %j",
    (text) => {
      expect(mendLetterSpacing(text)).toBe(text);
    },
  );
});

// Two pages, each with a sidebar to the right of the main column: the main column of page 2 goes
// on with the roles of page 1.
function twoPagesTwoColumns(doc: Doc): void {
  const main = 50;
  const side = 400;
  const column = (x: number, y: number, rows: readonly (readonly [string, string, number])[]) => {
    for (const [index, [text, font, size]] of rows.entries()) put(doc, text, x, y + index * 14, font, size);
  };
  put(doc, "Rui Tavares", main, 40, "Helvetica-Bold", 22);
  column(main, 80, [
    ["Experience", "Helvetica-Bold", 13],
    ["Platform Engineer, Tagus Cloud, 2020 – 2024", "Helvetica-Bold", 10],
    ["• Moved 40 services to Kubernetes with a canary", "Helvetica", 10],
    ["   gate and one-click rollback for every team.", "Helvetica", 10],
    ["• Ran the weekly incident review and published", "Helvetica", 10],
    ["   its follow-ups to the whole company.", "Helvetica", 10],
    ["• Cut paging volume by 60% by rewriting alerts", "Helvetica", 10],
    ["   against the service level objectives.", "Helvetica", 10],
  ]);
  column(side, 80, [
    ["Contact", "Helvetica-Bold", 13],
    ["rui@example.com", "Helvetica", 10],
    ["Porto, Portugal", "Helvetica", 10],
    ["Skills", "Helvetica-Bold", 13],
    ["Kubernetes", "Helvetica", 10],
    ["Go and Terraform", "Helvetica", 10],
    ["PostgreSQL", "Helvetica", 10],
    ["Incident command", "Helvetica", 10],
  ]);
  doc.addPage();
  column(main, 60, [
    ["SRE, Douro Data, 2016 – 2020", "Helvetica-Bold", 10],
    ["• Owned the Postgres fleet and its on-call", "Helvetica", 10],
    ["   rotation; failovers became automatic.", "Helvetica", 10],
    ["• Wrote the runbooks the support team uses", "Helvetica", 10],
    ["   for every database alert.", "Helvetica", 10],
    ["Education", "Helvetica-Bold", 13],
    ["BSc Computer Science, University of Porto", "Helvetica", 10],
  ]);
  column(side, 60, [
    ["Languages", "Helvetica-Bold", 13],
    ["Portuguese", "Helvetica", 10],
    ["English", "Helvetica", 10],
    ["Spanish", "Helvetica", 10],
    ["Interests", "Helvetica-Bold", 13],
    ["Sailing", "Helvetica", 10],
    ["Chess", "Helvetica", 10],
  ]);
}

describe("readPdf: a sidebar beside the main column on every page", async () => {
  const document = await readPdf(await pdfOf(twoPagesTwoColumns), { vocabulary });

  it("reads each column whole across the pages", () => {
    expect(document.sections.map((section) => [section.heading, section.page])).toEqual([
      ["Rui Tavares", 1],
      ["Experience", 1],
      ["Education", 2],
      ["Contact", 1],
      ["Skills", 1],
      ["Languages", 2],
      ["Interests", 2],
    ]);
  });

  it("keeps page 2's role in the experience section, with its bullet and page", () => {
    expect(
      document.roles.map((role) => [
        role.title,
        role.organisation,
        role.page,
        document.sections[role.sectionIndex]?.heading,
      ]),
    ).toEqual([
      ["Platform Engineer", "Tagus Cloud", 1, "Experience"],
      ["SRE", "Douro Data", 2, "Experience"],
    ]);
    const owned = document.claims.find((claim) => claim.text.startsWith("Owned the Postgres fleet"));
    expect(owned).toMatchObject({ roleIndex: 1, page: 2 });
  });
});

// A projects section as ReportLab and Chromium resumes set it: drawn dots for markers, two skills
// side by side on a row, a bold project title, a link alone on its line and a "Stack:" line.
function projectsWithDrawnDots(doc: Doc): void {
  const dot = (x: number, y: number) => doc.circle(x, y + 4, 1.6).fill("black");
  put(doc, "Mara Quint", 50, 40, "Helvetica-Bold", 22);
  put(doc, "Skills", 50, 80, "Helvetica-Bold", 13);
  dot(56, 98);
  put(doc, "Distributed tracing", 64, 98);
  dot(306, 98);
  put(doc, "Capacity planning", 314, 98);
  put(doc, "Projects", 50, 126, "Helvetica-Bold", 13);
  put(doc, "Ledger Replay Service", 50, 144, "Helvetica-Bold");
  dot(56, 158);
  put(doc, "Rebuilt the ledger replay so a day of events replays in four minutes", 64, 158);
  dot(56, 172);
  put(doc, "Added checksums that catch a corrupted batch before it is applied", 64, 172);
  put(doc, "Stack: Go, Kafka, PostgreSQL", 56, 186);
  put(doc, "https://example.com/ledger-replay", 50, 200);
  put(doc, "Queue Inspector", 50, 214, "Helvetica-Bold");
  dot(56, 228);
  put(doc, "Wrote a terminal tool that shows the depth and age of every queue", 64, 228);
}

describe("readPdf: drawn dots, project titles, links and label lines", async () => {
  const document = await readPdf(await pdfOf(projectsWithDrawnDots), { vocabulary });

  it("reads each item whole, with nothing glued onto it", () => {
    expect(texts(document, "bullet")).toEqual([
      "Distributed tracing",
      "Capacity planning",
      "Rebuilt the ledger replay so a day of events replays in four minutes",
      "Added checksums that catch a corrupted batch before it is applied",
      "Wrote a terminal tool that shows the depth and age of every queue",
    ]);
  });

  it("reads no claim from the link, and keeps the project title and the stack line apart", () => {
    expect(document.claims.some((claim) => claim.text.includes("https://"))).toBe(false);
    const replay = document.claims.find((claim) => claim.text.startsWith("Rebuilt the ledger replay"));
    expect(replay?.range.start.line).toBe(replay?.range.end.line);
    expect(document.claims.some((claim) => claim.text.includes("Queue Inspector Wrote"))).toBe(false);
  });
});

describe("readPdf: a scanned page inside a text PDF", () => {
  it("reads the text pages and names the page that is a picture", async () => {
    const bytes = await pdfOf((doc) => {
      put(doc, "Experience", 50, 60, "Helvetica-Bold", 14);
      put(doc, "Staff Engineer, Harbour Labs, 2019 – 2024", 50, 84, "Helvetica-Bold");
      put(doc, "• Cut deploy time from 40 to 6 minutes.", 50, 100);
      doc.addPage();
      doc.image(onePixelPng(), 0, 0, { width: 612, height: 792 });
    });
    const document = await readPdf(bytes, { vocabulary });
    expect(document.picturedPages).toEqual([2]);
    expect(texts(document)).toEqual(["Cut deploy time from 40 to 6 minutes."]);
  });

  it("names no page when each page has text", async () => {
    const document = await readPdf(await pdfOf(twoPagesTwoColumns), { vocabulary });
    expect(document.picturedPages).toBeUndefined();
  });
});
