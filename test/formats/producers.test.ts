/**
 * PDFs from the producers people use (Chromium printing HTML, LibreOffice Writer, Typst), made
 * by test/fixtures/producers/make-fixtures.sh from invented resumes: each bullet is read whole as
 * one claim, no separate line is glued onto one, sections come in order, roles are read as fields.
 */
import { readFileSync } from "node:fs";
import { readResumeFile } from "@reslint/core";
import { vocabulary } from "@reslint/rules";
import { describe, expect, it } from "vitest";

const folder = new URL("../fixtures/producers/", import.meta.url);

interface FixtureTruth {
  file: string;
  producer: string;
  sections: string[][];
  bullets: string[];
  prose: string[];
  separate: string[];
  roles: { title: string; organisation: string; location: string | null; start: string; end: string | null }[];
}

const truth = JSON.parse(readFileSync(new URL("truth.json", folder), "utf8")) as { fixtures: FixtureTruth[] };
const plain = (text: string) => text.normalize("NFKC").replace(/\s+/g, " ").trim();

describe.each(truth.fixtures)("$file ($producer)", (fixture) => {
  const read = async () => (await readResumeFile(new URL(fixture.file, folder).pathname, { vocabulary })).document;

  it("reads every bullet whole as one claim, and glues no separate line onto a claim", async () => {
    const claims = (await read()).claims.map((claim) => plain(claim.text));
    expect(fixture.bullets.map(plain).filter((bullet) => !claims.includes(bullet))).toEqual([]);
    const all = claims.join(" ");
    expect(fixture.prose.map(plain).filter((paragraph) => !all.includes(paragraph))).toEqual([]);
    const glued = fixture.separate
      .map(plain)
      .filter((line) => claims.some((claim) => claim !== line && claim.includes(line)));
    expect(glued).toEqual([]);
  });

  it("finds every section, each column whole and in order", async () => {
    const headings = (await read()).sections.map((section) => section.heading);
    for (const column of fixture.sections) {
      const at = column.map((heading) => headings.indexOf(heading));
      expect(at.every((index) => index >= 0)).toBe(true);
      expect(at).toEqual([...at].sort((a, b) => a - b));
      expect((at.at(-1) ?? 0) - (at[0] ?? 0)).toBe(column.length - 1);
    }
  });

  it("reads title, organisation, location and dates of each role", async () => {
    const document = await read();
    expect(
      document.roles.map(({ title, organisation, location, start, end }) => ({
        title,
        organisation,
        location,
        start,
        end,
      })),
    ).toEqual(
      fixture.roles.map(({ title, organisation, location, start, end }) => ({
        title,
        organisation,
        location,
        start,
        end,
      })),
    );
    for (const role of document.roles) expect(role.page).toBe(1);
  });
});
