/**
 * Text that was read but is partly unreliable gets one reading warning on the file, at its first
 * such claim, and those claims are kept out of the rules and the level estimate.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lintDocument, lintFile, READING_CONFIDENCE_ID, readResumeFile, readResumeText } from "@reslint/core";
import { rules, vocabulary } from "@reslint/rules";
import { describe, expect, it } from "vitest";
import { buildLines, type PdfRun } from "../../packages/core/src/read/pdf-lines.js";

const markdown = [
  "## Experience",
  "",
  "### Senior Engineer — Example Co (2020–2024)",
  "",
  "- Helped with the billing migration for the whole company.",
  "- Worked on the search service and improved it a lot.",
  "",
].join("\n");

function run(text: string, x: number, width: number, extra: Partial<PdfRun> = {}): PdfRun {
  return { text, x, width, y: 700, size: 10, top: 708, bottom: 698, bold: false, icon: false, ...extra };
}

describe("reading-confidence", () => {
  it("reports unreliable claims once, at the first of them, and no rule sees them", () => {
    const document = readResumeText(markdown, { vocabulary, format: "markdown" });
    const [first, second] = document.claims;
    if (!first || !second) throw new Error("expected two claims");
    const all = lintDocument(document, { level: "senior", rules, vocabulary });
    expect(all.file.messages.filter((message) => message.ruleId === "weak-ownership-verb")).toHaveLength(2);

    second.unreliable = "font-map";
    const { file, claims } = lintDocument(document, { level: "senior", rules, vocabulary });
    const warnings = file.messages.filter((message) => message.ruleId === READING_CONFIDENCE_ID);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.reason).toMatch(/^Part of this file's text could not be read reliably: a font's character map/);
    expect(warnings[0]?.reason).toContain("1 of 2 claims are affected");
    expect(warnings[0]?.fatal).toBeFalsy();
    expect(warnings[0]?.place).toMatchObject({ start: { line: 6, column: 3 }, end: { line: 6, column: 54 } });
    expect(claims.map((claim) => claim.claim.text)).toEqual([first.text]);
    // The weak verb of the unreliable claim is not reported; the reliable one still is.
    const weak = file.messages.filter((message) => message.ruleId === "weak-ownership-verb");
    expect(weak.map((message) => message.line)).toEqual([5]);
  });

  it("says nothing when every claim was read reliably", () => {
    const { file } = lintDocument(readResumeText(markdown, { vocabulary, format: "markdown" }), {
      level: "senior",
      rules,
      vocabulary,
    });
    expect(file.messages.some((message) => message.ruleId === READING_CONFIDENCE_ID)).toBe(false);
  });

  it("keeps an undecodable ligature inside its word and marks the line", () => {
    const runs = [
      run("Worked e", 72, 40),
      run("\uFFFD", 112, 7, { unreliable: "unmapped-characters" }),
      run("ectively with the team on the billing service rollout", 119, 250),
    ];
    const page = { number: 1, left: 0, bottom: 0, width: 612, height: 792, runs, shapes: [] };
    const [line] = buildLines([page], vocabulary.reading);
    expect(line?.text).toBe("Worked e\uFFFDectively with the team on the billing service rollout");
    expect(line?.unreliable).toBe("unmapped-characters");
  });

  it("drops an undecodable glyph that stands outside any word", () => {
    const runs = [
      run("\uFFFD", 60, 7, { unreliable: "unmapped-characters" }),
      run("Shipped the billing service", 72, 150),
    ];
    const page = { number: 1, left: 0, bottom: 0, width: 612, height: 792, runs, shapes: [] };
    expect(buildLines([page], vocabulary.reading)[0]?.text).toBe("Shipped the billing service");
  });

  const people = fileURLToPath(new URL("../../../shared/realworld/pdf-people/", import.meta.url));
  const haveShared = existsSync(people);

  it.skipIf(!haveShared)("warns on the shared react-pdf and Google Docs PDFs, and on no other of them", async () => {
    const warned: string[] = [];
    for (const name of readFileSync(`${people}SOURCES.md`, "utf8").match(/p\d\d-[\w-]+\.pdf/g) ?? []) {
      if (warned.includes(name)) continue;
      const result = await lintFile(`${people}${name}`, { level: "senior", rules, vocabulary });
      if (result.messages.some((message) => message.ruleId === READING_CONFIDENCE_ID)) warned.push(name);
    }
    expect(warned.sort()).toEqual(["p03-gdocs-2col.pdf", "p10-reactpdf-2col.pdf"]);
  });
});

describe("reading-confidence on pages that are pictures", () => {
  it("says which pages were not read, at the top of the file", () => {
    const document = readResumeText(markdown, { vocabulary, format: "markdown" });
    document.picturedPages = [2, 3];
    const { file } = lintDocument(document, { level: "senior", rules, vocabulary });
    const warnings = file.messages.filter((message) => message.ruleId === READING_CONFIDENCE_ID);
    expect(warnings.map((message) => [message.line, message.column, message.reason])).toEqual([
      [
        1,
        1,
        "Pages 2, 3 are a picture with no text to read (a scan?), so nothing on them was checked. Export the resume again from its source (or lint its DOCX or Markdown version) to check all of it.",
      ],
    ]);
  });
});

describe("reading-confidence on a PDF whose font names the wrong letters", () => {
  const shiftedMap = fileURLToPath(new URL("../fixtures/producers/react-pdf-shifted-map.pdf", import.meta.url));

  it("marks the text unreliable, warns once at the first claim, and grades none of it", async () => {
    const result = await lintFile(shiftedMap, { level: "senior", rules, vocabulary });
    expect(result.messages.map((message) => [message.ruleId, message.severity, message.page])).toEqual([
      [READING_CONFIDENCE_ID, 1, 1],
    ]);
    const [warning] = result.messages;
    expect(warning?.message).toMatch(/a font's character map does not match the letters it draws/);
    expect(warning?.message).toMatch(/export the resume again from its source/i);
    expect(result.level.estimated).toBeNull();
  });
});

describe("reading-confidence on a PDF whose ligature maps to no character", () => {
  const unmapped = fileURLToPath(new URL("../fixtures/producers/react-pdf-unmapped-ligature.pdf", import.meta.url));

  it("keeps each word whole around the unreadable letter and leaves those claims out", async () => {
    const { document } = await readResumeFile(unmapped, { vocabulary });
    expect(document.claims.map((claim) => [claim.text, claim.unreliable ?? null])).toEqual([
      [
        "Pro\uFFFDled the \uFFFDxture loader and \uFFFDxed the flaky offline sync, cutting \uFFFDeld crashes by half",
        "unmapped-characters",
      ],
      ["Built the Bluetooth pairing flow for the \uFFFDrmware updater used by 30,000 devices", "unmapped-characters"],
      ["Migrated the office dashboards to a new charting library without changing a single external link", null],
    ]);
    const result = await lintFile(unmapped, { level: "senior", rules, vocabulary });
    const warnings = result.messages.filter((message) => message.ruleId === READING_CONFIDENCE_ID);
    expect(warnings.map((message) => [message.line, message.column, message.page])).toEqual([[4, 1, 1]]);
    expect(warnings[0]?.message).toContain("2 of 3 claims are affected");
  });
});
