// How well the DOCX reader reads real documents. Run after building (`pnpm build`):
//
//   node bench/docx-realworld.mjs [realworld-dir] [fixtures-dir]
//
// Real-world files: third-party resumes with a truth.json that lists every list paragraph's text
// as Word structures it. Each truth bullet should come back as exactly one claim; the figure is
// how many do (texts compared after collapsing whitespace and making non-breaking hyphens plain,
// as the reader does).
//
// Shared fixtures: pandoc-made DOCX files with their Markdown sources; the DOCX reader should give
// the same claim texts, in the same order, as the Markdown reader.
//
// The files are read from where they are (by default `../shared/` beside the workspace); none is
// copied into the project. It checks nothing and fails on nothing: it prints what it measured.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const realworldDir = process.argv[2] ?? join(root, "..", "shared", "realworld", "docx");
const fixturesDir = process.argv[3] ?? join(root, "..", "shared", "fixtures");

const readerPath = join(root, "packages/core/dist/read/docx.js");
const corePath = join(root, "packages/core/dist/index.js");
for (const built of [readerPath, corePath]) {
  if (!existsSync(built)) {
    console.error(`${built} is missing: build the workspace first (pnpm build).`);
    process.exit(1);
  }
}
const { readDocx, normaliseParagraphText } = await import(pathToFileURL(readerPath).href);
const { readResumeText } = await import(pathToFileURL(corePath).href);
const { vocabulary } = await import(pathToFileURL(join(root, "rules/dist/index.js")).href);

const plain = (text) => normaliseParagraphText(text).replace(/\s+/g, " ").trim();

async function timedRead(file) {
  const bytes = readFileSync(file);
  const started = performance.now();
  const document = await readDocx(bytes, { vocabulary });
  return { document, ms: performance.now() - started };
}

let truthTotal = 0;
let truthFound = 0;
const truthFile = join(realworldDir, "truth.json");
if (existsSync(truthFile)) {
  console.log(`Real-world DOCX (${realworldDir})\n`);
  console.log("| file | truth bullets | read as one claim | other claims | ms |");
  console.log("| --- | --: | --: | --: | --: |");
  const misses = [];
  for (const entry of JSON.parse(readFileSync(truthFile, "utf8"))) {
    const { document, ms } = await timedRead(join(realworldDir, entry.file));
    const claims = document.claims.map((claim) => plain(claim.text));
    const truth = entry.bullets.map(plain);
    const found = truth.filter((bullet) => claims.includes(bullet));
    const others = claims.filter((claim) => !truth.includes(claim));
    truthTotal += truth.length;
    truthFound += found.length;
    for (const bullet of truth) {
      if (claims.includes(bullet)) continue;
      const near = claims.filter((claim) => claim.includes(bullet) || bullet.includes(claim));
      misses.push(
        `${entry.file}: "${bullet}"${near.length > 0 ? ` — read as ${near.map((c) => `"${c}"`).join(", ")}` : ""}`,
      );
    }
    console.log(`| ${entry.file} | ${truth.length} | ${found.length} | ${others.length} | ${ms.toFixed(0)} |`);
  }
  const share = truthTotal === 0 ? 0 : (100 * truthFound) / truthTotal;
  console.log(`| **all** | ${truthTotal} | ${truthFound} (${share.toFixed(1)}%) | | |`);
  if (misses.length > 0) console.log(`\nMissed:\n${misses.map((miss) => `- ${miss}`).join("\n")}`);
} else {
  console.log(`No truth.json in ${realworldDir}; skipping real-world files.`);
}

const sourcesDir = join(fixturesDir, "src");
if (existsSync(sourcesDir)) {
  console.log(`\nShared fixtures (${fixturesDir}): DOCX claims against the Markdown reader's\n`);
  console.log("| fixture | Markdown claims | DOCX claims | same texts | same roles | same sections |");
  console.log("| --- | --: | --: | :-: | :-: | :-: |");
  for (const docx of readdirSync(fixturesDir).filter((name) => name.endsWith(".docx"))) {
    const source = join(sourcesDir, `${basename(docx, ".docx")}.md`);
    if (!existsSync(source)) continue;
    const markdown = readResumeText(readFileSync(source, "utf8"), { vocabulary });
    const { document } = await timedRead(join(fixturesDir, docx));
    const want = markdown.claims.map((claim) => plain(claim.text));
    const got = document.claims.map((claim) => plain(claim.text));
    const same = JSON.stringify(want) === JSON.stringify(got);
    const roles = (doc) =>
      JSON.stringify(doc.roles.map(({ title, organisation, start, end }) => [title, organisation, start, end]));
    const sections = (doc) => JSON.stringify(doc.sections.map(({ kind, heading }) => [kind, plain(heading)]));
    const yes = (flag) => (flag ? "yes" : "**no**");
    console.log(
      `| ${docx} | ${want.length} | ${got.length} | ${yes(same)} | ${yes(roles(markdown) === roles(document))} | ${yes(sections(markdown) === sections(document))} |`,
    );
    if (!same) {
      for (const text of want.filter((claim) => !got.includes(claim))) console.log(`  - only in Markdown: "${text}"`);
      for (const text of got.filter((claim) => !want.includes(claim))) console.log(`  - only in DOCX: "${text}"`);
    }
  }
} else {
  console.log(`\nNo ${sourcesDir}; skipping shared fixtures.`);
}
