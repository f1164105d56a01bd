// How well the PDF reader reads real resumes. Run after building (`pnpm build`):
//
//   node bench/pdf-realworld.mjs [--verbose]
//
// Real-world files: `shared/realworld/pdf/*.pdf` with `truth.json` (third-party templates, read in
// place and never copied into the project). For each file it prints:
//   - bullets: truth bullets read as exactly one claim (whitespace collapsed) / total;
//   - glued: sidebar texts (dates, places, skills, contact details) glued into a bullet's claim;
//   - stray: claims that are nothing but sidebar text (not glued into a bullet, but read as claims);
//   - prose: summary and un-bulleted paragraphs whose text the claims cover, when the truth lists any;
//   - sections: truth section headings found, in order, among the sections read;
//   - time: milliseconds for `readPdf` on a warm process (the first call also loads pdf.js).
// People's own PDFs: `shared/realworld/pdf-people/*.pdf`, against our reading of their pages in
// `bench/data/pdf-people-truth.json` (fingerprints, see bench/truth-text.mjs): bullets and prose
// paragraphs read whole as one claim, separate lines ("Stack: …", dates) glued into a claim,
// sections found in order (either column first), column switches beyond one per extra column, and
// whether the file carries a reading-confidence warning.
// Fixtures: `shared/fixtures/*.pdf`, rendered from `shared/fixtures/src/*.md`; whether the PDF's
// claim texts equal the Markdown reader's claim texts, so findings agree across formats.
//
// The shared folder is found beside the repository, or at $RESLINT_SHARED. It checks nothing and
// fails on nothing: it prints figures.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const verbose = process.argv.includes("--verbose");
const shared = process.env.RESLINT_SHARED ?? join(root, "..", "shared");
const realworld = join(shared, "realworld", "pdf");
const fixtures = join(shared, "fixtures");

const pdfModule = join(root, "packages/core/dist/read/pdf.js");
const readModule = join(root, "packages/core/dist/read/index.js");
if (!existsSync(pdfModule)) {
  console.error("packages/core/dist is missing: build the workspace first (pnpm build).");
  process.exit(1);
}
if (!existsSync(realworld) && !existsSync(fixtures)) {
  console.log(`No shared resumes at ${shared}; set RESLINT_SHARED to the folder that holds realworld/ and fixtures/.`);
  process.exit(0);
}
const { readPdf } = await import(pathToFileURL(pdfModule).href);
const { readResumeText } = await import(pathToFileURL(readModule).href);
const { vocabulary } = await import(pathToFileURL(join(root, "rules/dist/index.js")).href);
const { measurePeoplePdf, sectionsInOrder } = await import("./pdf-people.mjs");

const norm = (text) => text.normalize("NFKC").replace(/\s+/g, " ").trim();
const loose = (text) => norm(text).toLowerCase();

async function timed(bytes) {
  const start = performance.now();
  const document = await readPdf(bytes, { vocabulary });
  return { document, ms: performance.now() - start };
}

const pad = (value, width) => String(value).padEnd(width);
const padLeft = (value, width) => String(value).padStart(width);

let coldMs = null;
const rows = [];
const totals = { bullets: 0, exact: 0, glued: 0, stray: 0, sections: 0, found: 0, prose: 0, proseFound: 0 };

if (existsSync(join(realworld, "truth.json"))) {
  const truth = JSON.parse(readFileSync(join(realworld, "truth.json"), "utf8"));
  for (const entry of truth) {
    const file = join(realworld, entry.file);
    if (!existsSync(file)) continue;
    const bytes = new Uint8Array(readFileSync(file));
    let result;
    try {
      if (coldMs === null) coldMs = (await timed(bytes)).ms;
      result = await timed(bytes);
    } catch (error) {
      rows.push({ file: entry.file, error: error.message });
      continue;
    }
    const { document, ms } = result;
    const claims = document.claims.map((claim) => norm(claim.text));
    const claimSet = new Set(claims);
    const bullets = entry.bullets.map(norm);
    const exact = bullets.filter((bullet) => claimSet.has(bullet));
    const missed = bullets.filter((bullet) => !claimSet.has(bullet));
    const sidebar = (entry.sidebar ?? []).map(loose).filter((text) => text.length >= 4);
    const bulletOf = (claim) =>
      bullets.find((bullet) => {
        const c = loose(claim);
        const b = loose(bullet);
        return c.includes(b.slice(0, 25)) || b.includes(c.slice(0, 25));
      });
    const glued = [];
    const stray = [];
    for (const claim of claims) {
      const lower = loose(claim);
      const hits = sidebar.filter((text) => lower.includes(text));
      if (hits.length === 0) continue;
      const bullet = bulletOf(claim);
      if (bullet) {
        const own = loose(bullet);
        for (const hit of hits) if (!own.includes(hit)) glued.push(`${hit}  ⟵  ${claim}`);
      } else {
        // Read as a claim of its own: count it when sidebar texts make up most of it.
        const covered = hits.reduce((sum, hit) => sum + hit.length, 0);
        if (covered >= 0.5 * lower.replace(/[^\p{L}\p{N}]/gu, "").length) stray.push(claim);
      }
    }
    const prose = [...(entry.summary ?? []), ...(entry.claims_unbulleted ?? [])].map(loose);
    const allClaims = loose(claims.join(" "));
    const proseFound = prose.filter((text) => allClaims.includes(text)).length;
    const headings = document.sections.map((section) => section.heading);
    const found = sectionsInOrder(entry.sections, headings);
    totals.bullets += bullets.length;
    totals.exact += exact.length;
    totals.glued += glued.length;
    totals.stray += stray.length;
    totals.sections += entry.sections.length;
    totals.found += found;
    totals.prose += prose.length;
    totals.proseFound += proseFound;
    rows.push({
      file: entry.file,
      columns: entry.columns,
      pages: entry.pages,
      bullets: `${exact.length}/${bullets.length}`,
      glued: glued.length,
      stray: stray.length,
      prose: prose.length > 0 ? `${proseFound}/${prose.length}` : "–",
      sections: `${found}/${entry.sections.length}`,
      ms: ms.toFixed(0),
      missed,
      gluedList: glued,
      strayList: stray,
      headings,
      expected: entry.sections,
      claims,
    });
  }

  console.log("Real-world PDFs (shared/realworld/pdf)\n");
  console.log(
    `${pad("file", 30)}${pad("cols", 5)}${pad("pages", 6)}${pad("bullets", 9)}${pad("glued", 6)}${pad("stray", 6)}${pad("prose", 6)}${pad("sections", 9)}${padLeft("ms", 6)}`,
  );
  for (const row of rows) {
    if (row.error) {
      console.log(`${pad(row.file, 30)}error: ${row.error}`);
      continue;
    }
    console.log(
      `${pad(row.file, 30)}${pad(row.columns, 5)}${pad(row.pages, 6)}${pad(row.bullets, 9)}${pad(row.glued, 6)}${pad(row.stray, 6)}${pad(row.prose, 6)}${pad(row.sections, 9)}${padLeft(row.ms, 6)}`,
    );
  }
  const percent = (a, b) => (b === 0 ? "–" : `${((100 * a) / b).toFixed(1)}%`);
  console.log(
    `\n${pad("total", 41)}${pad(`${totals.exact}/${totals.bullets}`, 9)}${pad(totals.glued, 6)}${pad(totals.stray, 6)}${pad(`${totals.proseFound}/${totals.prose}`, 6)}${pad(`${totals.found}/${totals.sections}`, 9)}`,
  );
  console.log(
    `bullets exact ${percent(totals.exact, totals.bullets)}, sections in order ${percent(totals.found, totals.sections)}, sidebar texts glued into bullets ${totals.glued}; first call including pdf.js load ${coldMs?.toFixed(0)} ms`,
  );
  if (verbose) {
    for (const row of rows) {
      if (row.error) continue;
      const notes = [];
      for (const text of row.missed) notes.push(`  missed: ${text}`);
      for (const text of row.gluedList) notes.push(`  glued:  ${text}`);
      for (const text of row.strayList) notes.push(`  stray:  ${text}`);
      if (row.sections.split("/")[0] !== row.sections.split("/")[1])
        notes.push(`  sections read: ${row.headings.join(" | ")}`);
      if (notes.length > 0) console.log(`\n${row.file}\n${notes.join("\n")}`);
    }
  }
}

const peopleDir = join(shared, "realworld", "pdf-people");
const peopleTruth = join(root, "bench", "data", "pdf-people-truth.json");
if (existsSync(peopleDir) && existsSync(peopleTruth)) {
  const truth = JSON.parse(readFileSync(peopleTruth, "utf8"));
  console.log(
    "Resumes people made themselves (shared/realworld/pdf-people), against bench/data/pdf-people-truth.json\n",
  );
  console.log(
    `${pad("file", 26)}${pad("bullets", 9)}${pad("prose", 7)}${pad("glued", 6)}${pad("sections", 9)}${pad("mixed", 6)}${pad("warning", 9)}${padLeft("ms", 6)}`,
  );
  const sum = { bullets: 0, whole: 0, prose: 0, proseWhole: 0, glued: 0, sections: 0, found: 0, mixed: 0 };
  const notes = [];
  for (const entry of truth.files) {
    const file = join(peopleDir, entry.file);
    if (!existsSync(file)) continue;
    let result;
    try {
      result = await timed(new Uint8Array(readFileSync(file)));
    } catch (error) {
      console.log(`${pad(entry.file, 26)}error: ${error.message}`);
      continue;
    }
    const m = measurePeoplePdf(entry, result.document);
    sum.bullets += m.bullets;
    sum.whole += m.whole;
    sum.prose += m.prose;
    sum.proseWhole += m.proseWhole;
    sum.glued += m.glued.length;
    sum.sections += m.sections;
    sum.found += m.found;
    sum.mixed += m.mixed;
    console.log(
      `${pad(entry.file, 26)}${pad(`${m.whole}/${m.bullets}`, 9)}${pad(`${m.proseWhole}/${m.prose}`, 7)}${pad(m.glued.length, 6)}${pad(`${m.found}/${m.sections}`, 9)}${pad(m.mixed, 6)}${pad(m.warned ? "yes" : "–", 9)}${padLeft(result.ms.toFixed(0), 6)}`,
    );
    if (verbose) {
      const lines = [
        ...m.missed.map((bullet) => `  bullet not whole: ${bullet.start}… (${bullet.words} words)`),
        ...m.proseMissed.map((paragraph) => `  prose not whole: ${paragraph.start}… (${paragraph.words} words)`),
        ...m.glued.map((line) => `  glued: ${line.start}…`),
      ];
      if (m.found < m.sections || m.mixed > 0) lines.push(`  sections read: ${m.headings.join(" | ")}`);
      if (lines.length > 0) notes.push(`\n${entry.file}\n${lines.join("\n")}`);
    }
  }
  console.log(
    `\nbullets whole ${sum.whole}/${sum.bullets} (${sum.bullets === 0 ? "–" : ((100 * sum.whole) / sum.bullets).toFixed(1)}%), prose whole ${sum.proseWhole}/${sum.prose}, separate lines glued ${sum.glued}, sections found ${sum.found}/${sum.sections}, column switches beyond the columns ${sum.mixed}`,
  );
  for (const note of notes) console.log(note);
  console.log("");
}

if (existsSync(join(fixtures, "src"))) {
  console.log("\nFixtures (shared/fixtures): PDF claims against the Markdown source's claims\n");
  const sources = join(fixtures, "src");
  for (const name of readdirSync(fixtures)
    .filter((file) => file.endsWith(".pdf"))
    .sort()) {
    const stem = basename(name, ".pdf").replace(/\.[a-z]+$/, "");
    const markdownFile = join(sources, `${stem}.md`);
    if (!existsSync(markdownFile)) continue;
    const markdown = readResumeText(readFileSync(markdownFile, "utf8"), { vocabulary, format: "markdown" }).claims.map(
      (claim) => norm(claim.text),
    );
    let pdfClaims;
    let ms;
    try {
      const result = await timed(new Uint8Array(readFileSync(join(fixtures, name))));
      pdfClaims = result.document.claims.map((claim) => norm(claim.text));
      ms = result.ms;
    } catch (error) {
      console.log(`${pad(name, 30)}error: ${error.message}`);
      continue;
    }
    const equal = markdown.length === pdfClaims.length && markdown.every((text, index) => text === pdfClaims[index]);
    const same = pdfClaims.filter((text) => markdown.includes(text)).length;
    console.log(
      `${pad(name, 30)}${equal ? "equal" : "DIFFERENT"}  ${same}/${markdown.length} Markdown claims matched, ${pdfClaims.length} read${padLeft(ms.toFixed(0), 6)} ms`,
    );
    if (!equal && verbose) {
      for (const text of markdown.filter((claim) => !pdfClaims.includes(claim)))
        console.log(`  only in Markdown: ${text}`);
      for (const text of pdfClaims.filter((claim) => !markdown.includes(claim)))
        console.log(`  only in PDF:      ${text}`);
    }
  }
}
console.log(`\npeak resident memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
