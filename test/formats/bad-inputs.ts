/**
 * Builds the bad inputs of bad-input.test.ts into a folder. Everything is made at test time, from
 * the shared fixtures and a few generators (pdfkit for PDFs, ./zip.ts for DOCX files), in about a
 * second; nothing here is committed as a binary.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { type DeflatedEntry, deflateEntry, repeatedEntry, zip } from "./zip.js";

export interface BadInput {
  /** The name of the file (or folder) in the work folder, as passed to the CLI. */
  name: string;
  /** What is wrong with it, for the test title. */
  what: string;
}

const sharedFixture = (name: string) => new URL(`../fixtures/shared/${name}`, import.meta.url);

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A WordprocessingML paragraph, as a heading when `style` is given. */
export const paragraph = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A DOCX with the given `word/document.xml` entry and the two package parts Word needs to open it. */
export function docx(document: DeflatedEntry): Buffer {
  return zip([deflateEntry("[Content_Types].xml", CONTENT_TYPES), deflateEntry("_rels/.rels", PACKAGE_RELS), document]);
}

/** Size `word/document.xml` inflates to in the DOCX bomb: 1.1 GiB of XML, nearly all whitespace. */
export const BOMB_BYTES = 1100 * 1024 * 1024;

/** A DOCX whose document.xml is valid XML that inflates to `BOMB_BYTES` (and says so), in about 1 MB. */
export function docxBomb(): Buffer {
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${paragraph("Experience", "Heading1")}`;
  const tail = `${paragraph("Owned the billing service and its on-call rotation.")}</w:body></w:document>`;
  const fill = Buffer.alloc(1024 * 1024, " ");
  const repeats = (BOMB_BYTES - head.length - tail.length) / fill.length;
  return docx(repeatedEntry("word/document.xml", head, fill, Math.ceil(repeats), tail));
}

/**
 * A DOCX whose document.xml declares an external entity that names `markerPath`, and uses it in a
 * heading and a bullet. A reader that resolves it would put the marker file's content in its output.
 */
export function docxWithExternalEntity(markerPath: string): Buffer {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://${markerPath}">]>
<w:document xmlns:w="${W}"><w:body>${paragraph("Summary &xxe;", "Heading1")}${paragraph("Senior engineer. &xxe;")}${paragraph("Experience", "Heading1")}${paragraph("Staff Engineer — Example Co (2020–2025)", "Heading2")}${paragraph("Owned the &xxe; service and its on-call rotation.", "ListParagraph")}</w:body></w:document>`;
  return docx(deflateEntry("word/document.xml", xml));
}

/** Renders a pdfkit document to bytes. */
function renderPdf(options: Record<string, unknown>, draw: (pdf: PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ compress: true, ...options });
    const chunks: Buffer[] = [];
    pdf.on("data", (chunk) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
    draw(pdf);
    pdf.end();
  });
}

const RESUME_LINES = [
  "Alice Nguyen",
  "Experience",
  "Senior Software Engineer, Trailhead Outdoors (2019 to 2025)",
  "Helped implement the new recommendations widget.",
  "Mentored junior engineers.",
];

/** A one-page resume that opens only with the password "secret". */
export const passwordPdf = () =>
  renderPdf({ userPassword: "secret", ownerPassword: "owner-secret", pdfVersion: "1.7" }, (pdf) => {
    pdf.font("Helvetica").fontSize(11);
    RESUME_LINES.forEach((line, index) => {
      pdf.text(line, 72, 72 + index * 18);
    });
  });

/** `pages` tiny pages with one short line of text each. */
export const manyPagesPdf = (pages: number) =>
  renderPdf({ size: [144, 72], margin: 4, autoFirstPage: false }, (pdf) => {
    pdf.font("Helvetica").fontSize(8);
    for (let page = 1; page <= pages; page += 1) {
      pdf.addPage();
      pdf.text(`Mentored junior engineers (${page}).`, 8, 8, { lineBreak: false });
    }
  });

/** A page with a filled rectangle and no text at all, as a scan without OCR would be. */
export const noTextPdf = () =>
  renderPdf({ size: "A4" }, (pdf) => {
    pdf.rect(72, 72, 300, 400).fill("#777777");
  });

/** Latin-1 text, as an old Windows editor would save it: not valid UTF-8. */
const LATIN1_RESUME = Buffer.from(
  "José Müller\n\nExperience\n\n- Led the café ordering service rewrite; cut checkout time by 40%.\n",
  "latin1",
);

export const PAGE_COUNT = 1200;

/**
 * Writes every bad input into `dir` and returns them, with the unique marker the external-entity
 * DOCX points at (its file is written outside `dir`, so it is never linted itself).
 */
export async function makeBadInputs(dir: string, markerDir: string): Promise<{ inputs: BadInput[]; marker: string }> {
  const alicePdf = readFileSync(sharedFixture("alice-senior.pdf"));
  const marker = `RESLINT-XXE-MARKER-${randomUUID()}`;
  const markerPath = join(markerDir, "secret-marker.txt");
  writeFileSync(markerPath, `${marker}\n`);

  const files: [name: string, what: string, bytes: Buffer | string | null][] = [
    ["truncated.pdf", "a PDF cut off halfway", alicePdf.subarray(0, Math.floor(alicePdf.length / 2))],
    ["password.pdf", "a password-protected PDF", await passwordPdf()],
    ["text-named.pdf", "a text file named .pdf", "Alice Nguyen\n\n- Mentored junior engineers.\n"],
    ["many-pages.pdf", `a PDF of ${PAGE_COUNT} pages`, await manyPagesPdf(PAGE_COUNT)],
    ["scanned.pdf", "a PDF with no text layer", await noTextPdf()],
    ["empty.pdf", "an empty .pdf", ""],
    ["empty.docx", "an empty .docx", ""],
    ["empty.md", "an empty .md", ""],
    ["empty.txt", "an empty .txt", ""],
    ["random.docx", "random bytes named .docx", randomBytes(8192)],
    ["pdf-named.docx", "a PDF named .docx", alicePdf],
    ["bomb.docx", "a DOCX whose document.xml inflates to over 1 GB", docxBomb()],
    ["xxe.docx", "a DOCX with an XML external entity naming a local file", docxWithExternalEntity(markerPath)],
    ["latin1.txt", "a .txt that is not UTF-8", LATIN1_RESUME],
    ["folder.docx", "a directory (empty, named like a resume)", null],
  ];
  for (const [name, , bytes] of files) {
    if (bytes === null) mkdirSync(join(dir, name));
    else writeFileSync(join(dir, name), bytes);
  }
  const inputs = files.map(([name, what]) => ({ name, what }));
  inputs.push({ name: "missing.pdf", what: "a path that does not exist" });
  return { inputs, marker };
}
