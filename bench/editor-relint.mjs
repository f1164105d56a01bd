// Re-lint latency inside the language server after a one-character edit: what a user waits for
// between a keystroke and updated squiggles, debounce aside. Run after building with
// `node bench/editor-relint.mjs` (pnpm bench runs it too). It checks nothing; it prints a table.
//
// The resume is the largest of the level corpus's development resumes, twice over. A phrase is
// typed one character at a time at the end of a bullet, then at the end of the next bullet, EDITS
// keystrokes in all, so every step changes one claim into text never seen before. Each step does what the
// server does per change: lint the whole text through the document's resolved config with its LintCache (parsed pieces
// and claim signals), then turn the findings into LSP diagnostics. Baseline: the same lint without the cache (a cold server).
// Memory: heap after the run against heap after warm-up, both after a full GC when available.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const EDITS = 1000;
const WARMUP = 100;
const { editorLayer, lintResumeText, LintCache, resolveConfig } = await import(
  pathToFileURL(join(root, "packages/core/dist/index.js")).href
);
const { rules, vocabulary } = await import(pathToFileURL(join(root, "rules/dist/index.js")).href);
const { toDiagnostics } = await import(pathToFileURL(join(root, "packages/language-server/dist/index.js")).href);

const folder = join(root, "test/corpus/level/resumes");
const largest = readdirSync(folder)
  .filter((name) => name.endsWith(".md"))
  .map((name) => ({ name, size: statSync(join(folder, name)).size }))
  .sort((a, b) => b.size - a.size)[0];
// Two pages: the largest resume twice over, as a long resume's older roles would add.
const text = readFileSync(join(folder, largest.name), "utf8").repeat(2);
const bulletEnds = [...text.matchAll(/\n- [^\n]*/g)].map((match) => match.index + match[0].length);
const PHRASE = ", cutting p99 latency by 40% for 12 teams";

// The server resolves a document's config once and keeps it until a config file or a setting changes.
const config = await resolveConfig({
  filePath: join(root, "resume.md"),
  layers: [editorLayer({ level: "staff" }, root)],
  rules,
  vocabulary,
});

function relint(source, cache) {
  const { result } = lintResumeText(source, config, { cache, filePath: "resume.md" });
  return toDiagnostics(result).length;
}

/** The text after `keystrokes` characters of typing: the whole phrase on earlier bullets, part of it on the next. */
function typed(keystrokes) {
  const done = Math.floor(keystrokes / PHRASE.length);
  let out = "";
  let from = 0;
  bulletEnds.forEach((end, bullet) => {
    const insert = bullet < done ? PHRASE : bullet === done ? PHRASE.slice(0, keystrokes % PHRASE.length) : "";
    out += text.slice(from, end) + insert;
    from = end;
  });
  return out + text.slice(from);
}
if ((WARMUP + EDITS) / PHRASE.length >= bulletEnds.length) throw new Error("more keystrokes than bullets to type on");

function measure(cache) {
  const times = [];
  for (let edit = 0; edit < WARMUP + EDITS; edit++) {
    const current = typed(edit + 1);
    const start = performance.now();
    relint(current, cache);
    if (edit >= WARMUP) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const pick = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: pick(0.5), p95: pick(0.95), max: times.at(-1) };
}

const gc = globalThis.gc ?? (() => {});
const cache = new LintCache();
for (let run = 0; run < WARMUP; run++) relint(text, cache);
gc();
const warm = process.memoryUsage().heapUsed;
const cached = measure(cache);
gc();
const after = process.memoryUsage().heapUsed;
const cold = measure(undefined);

const claims = (text.match(/\n- /g) ?? []).length;
const row = (name, figures) =>
  `| ${name} | ${figures.p50.toFixed(2)} | ${figures.p95.toFixed(2)} | ${figures.max.toFixed(2)} | ${(figures.p95 / cold.p95).toFixed(2)}× |`;
console.log(
  `Re-lint after a one-character edit: ${largest.name} twice over (${claims} bullets, ${(text.length / 1024).toFixed(1)} KB), ${EDITS} edits after ${WARMUP} warm-up.\n`,
);
console.log("| server step | p50 ms | p95 ms | max ms | p95 ratio to uncached |");
console.log("| --- | ---: | ---: | ---: | ---: |");
console.log(row("lint + diagnostics, parsed pieces and claim signals cached (the server)", cached));
console.log(row("lint + diagnostics, no cache (baseline)", cold));
const growth = ((after - warm) / warm) * 100;
console.log(
  `\nHeap after warm-up ${(warm / 1024 / 1024).toFixed(1)} MB, after ${EDITS} edits ${(after / 1024 / 1024).toFixed(1)} MB (${growth >= 0 ? "+" : ""}${growth.toFixed(1)}%)${globalThis.gc ? "" : "; run with node --expose-gc for figures after a full collection"}.`,
);
