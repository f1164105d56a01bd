#!/usr/bin/env node
// How often reslint's level estimate agrees with the level shape careful readers give the
// published resumes in shared/realworld, per shape, beside the "always mid" baseline (most of
// those resumes are students and juniors, so a model has to beat that to mean anything).
//
//   node test/corpus/level-eval.mjs [--verbose]    the table, then (verbose) every disagreement
//
// Labels: test/corpus/level-labels.json, written by two readers working apart from the domain
// chapter, each file referred to by its path under shared/realworld; only resumes both readers gave
// the same shape are scored. The texts stay in shared/. Run after the build; prints figures only.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const labelsFile = join(root, "test/corpus/level-labels.json");
const SHAPES = ["mid", "senior", "staff", "tech-lead", "manager"];

/** Per-shape agreement of the estimate and of the always-mid baseline with the agreed labels. */
export async function evaluateLevels({ shared, verbose = false, log = console.log } = {}) {
  const realworld = join(shared, "realworld");
  if (!existsSync(realworld) || !existsSync(labelsFile)) return null;
  const core = await import(pathToFileURL(join(root, "packages/core/dist/index.js")).href);
  const { rules, vocabulary } = await import(pathToFileURL(join(root, "rules/dist/index.js")).href);
  const { resumes } = JSON.parse(readFileSync(labelsFile, "utf8"));
  const rows = Object.fromEntries(SHAPES.map((shape) => [shape, { total: 0, estimate: 0, mid: 0 }]));
  const misses = [];
  let scored = 0;
  for (const label of resumes.filter((entry) => entry.agreed)) {
    const path = join(realworld, label.file);
    if (!existsSync(path)) continue;
    const { document } = await core.readResumeFile(path, { vocabulary });
    const { levelReading } = core.lintDocument(document, { level: "senior", rules, vocabulary });
    const estimated = levelReading.assessment?.estimated ?? "mid";
    const row = rows[label.shape];
    row.total++;
    scored++;
    if (estimated === label.shape) row.estimate++;
    else misses.push(`${label.file}: read as ${label.shape}, estimated ${estimated}`);
    if (label.shape === "mid") row.mid++;
  }
  const percent = (a, b) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
  const sum = (key) => SHAPES.reduce((total, shape) => total + rows[shape][key], 0);
  log(
    [
      "| shape | resumes | estimate agrees | always mid agrees |",
      "| --- | ---: | ---: | ---: |",
      ...SHAPES.map((shape) => {
        const { total, estimate, mid } = rows[shape];
        return `| ${shape} | ${total} | ${percent(estimate, total)} | ${percent(mid, total)} |`;
      }),
      `| **all** | ${scored} | ${percent(sum("estimate"), scored)} | ${percent(sum("mid"), scored)} |`,
    ].join("\n"),
  );
  const disagreed = resumes.filter((entry) => !entry.agreed).length;
  log(`\n${resumes.length} labelled resumes; ${disagreed} where the readers disagreed are left out.`);
  if (verbose) for (const miss of misses) log(`- ${miss}`);
  return { rows, scored };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const shared = process.env.RESLINT_SHARED ?? join(root, "..", "shared");
  const result = await evaluateLevels({ shared, verbose: process.argv.includes("--verbose") });
  if (result === null)
    console.log("No shared resumes or level labels; set RESLINT_SHARED to the folder that holds realworld/.");
}
