/**
 * Reading targets on the third-party resumes in ../shared/realworld, against our own truth in
 * this project: roles read as fields, and the people-made PDFs read whole. Skipped when the
 * shared folder is not beside the repository.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readResumeFile } from "@reslint/core";
import { vocabulary } from "@reslint/rules";
import { describe, expect, it } from "vitest";
import { measurePeoplePdf } from "../../bench/pdf-people.mjs";
import { evaluateRoles } from "./roles-eval.mjs";

const shared = process.env.RESLINT_SHARED ?? fileURLToPath(new URL("../../../shared/", import.meta.url));
const people = `${shared}/realworld/pdf-people/`;
const peopleTruth = JSON.parse(
  readFileSync(new URL("../../bench/data/pdf-people-truth.json", import.meta.url), "utf8"),
);

describe.skipIf(!existsSync(`${shared}/realworld`))("reading real resumes", () => {
  it("reads title and organisation right for 90% of the roles, dates for 90%, and few lines as roles that are not", async () => {
    const figures = await evaluateRoles({ shared, log: () => undefined });
    if (figures === null) throw new Error("no shared resumes");
    expect(figures.namesRight / figures.roles).toBeGreaterThanOrEqual(0.9);
    expect(figures.datesRight / figures.roles).toBeGreaterThanOrEqual(0.9);
    expect(figures.notRoles / figures.read).toBeLessThanOrEqual(0.1);
  });

  it.each(peopleTruth.files.map((entry: { file: string }) => [entry.file, entry]))(
    "%s: 90% of bullets whole or the reading warning, nothing glued, every section, no column mixed in",
    async (file, entry) => {
      const { document } = await readResumeFile(`${people}${file}`, { vocabulary });
      const measure = measurePeoplePdf(entry, document);
      if (!measure.warned) expect(measure.whole).toBeGreaterThanOrEqual(0.9 * measure.bullets);
      expect(measure.glued).toEqual([]);
      expect(measure.found).toBe(measure.sections);
      expect(measure.mixed).toBe(0);
    },
  );
});
