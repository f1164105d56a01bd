// Chooses how the analyser finds the verb of every clause in a claim, by measurement. The question
// is the one weak-ownership-verb asks: does any clause of the claim open on a weak verb ("…, I also
// contributed to", "hired me to assist", "Attended weekly syncs")? Run after `pnpm build`:
//
//   node bench/clause-choice.mjs
//
// Approaches, each checking the same weak-verb word lists at the positions it finds:
//   lexicon    analyseClaim's clause positions: main verb, sentence starts, after a subject
//              pronoun, after a lead-in, the second of two joined verbs, a "to" clause after a
//              verb of going (what reslint ships)
//   wink       every token wink-nlp's lite model tags VERB or AUX, plus the claim's first word
//   wink, no participles  as wink, leaving out an -ing form after a comma
//   compromise every verb compromise finds, plus the claim's first word
//   hybrid     lexicon positions and wink's verbs together
//
// Data: the development and held-out lines (test/corpus/*.jsonl), and when ../shared is present,
// the published resumes' claims with the labels in test/corpus/realworld-labels.jsonl (scored only
// where both readers agreed on weak-ownership-verb). Texts from ../shared stay in memory.
// It prints precision and recall per data set, cold load time (median of 5 fresh processes) and
// warm time per claim.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "packages/core/dist/analyse");
if (!existsSync(join(dist, "claim.js"))) {
  console.error("packages/core is not built: run `pnpm build` first.");
  process.exit(1);
}
const RULE = "weak-ownership-verb";
const load = (path) => import(pathToFileURL(join(dist, path)).href);
const { analyseClaim } = await load("claim.js");
const { vocabulary } = await import(pathToFileURL(join(root, "rules/dist/index.js")).href);
const { lexicon } = vocabulary;
const { tokenize } = await load("phrases.js");
const nlp = (await import("compromise")).default;
const winkNLP = (await import("wink-nlp")).default;
const winkModel = (await import("wink-eng-lite-web-model")).default;
const wink = winkNLP(winkModel);
const its = wink.its;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** True when a weak phrase (or collaboration naming nothing of the writer's own) opens at a token whose text starts at one of `offsets`. */
function weakAtOffsets(text, offsets) {
  const tokens = tokenize(text);
  const signals = analyseClaim(text, vocabulary);
  const ownPart = [signals.results, signals.quantities, signals.mechanisms, signals.adoption].some((x) => x.length);
  return tokens.some((token, index) => {
    if (!offsets.has(token.start)) return false;
    if (lexicon.leadership.matchAt(tokens, index)) return false;
    const match =
      lexicon.weakOwnership.matchAt(tokens, index) ?? (ownPart ? null : lexicon.collaboration.matchAt(tokens, index));
    return match !== null && !lexicon.weakOwnershipNotBefore.matchAt(tokens, match.last);
  });
}

/** wink's verbs; with `finite`, an -ing form after a comma ("…, supporting the team") is left out as a participle. */
function winkVerbOffsets(text, finite = false) {
  const doc = wink.readDoc(text);
  const offsets = new Set([text.search(/\S/)]);
  let at = 0;
  doc.tokens().each((token) => {
    const value = token.out();
    const start = text.indexOf(value, at);
    if (start < 0) return;
    at = start + value.length;
    const pos = token.out(its.pos);
    const participle = finite && /ing$/i.test(value) && /,\s*$/.test(text.slice(0, start));
    if ((pos === "VERB" || pos === "AUX") && !participle) offsets.add(start);
  });
  return offsets;
}

function compromiseVerbOffsets(text) {
  const offsets = new Set([text.search(/\S/)]);
  for (const verb of nlp(text).verbs().json({ offset: true })) {
    for (const term of verb.terms ?? []) if (term.offset) offsets.add(term.offset.start);
  }
  return offsets;
}

const approaches = {
  lexicon: (text) => analyseClaim(text, vocabulary).weakOwnership !== null,
  wink: (text) => weakAtOffsets(text, winkVerbOffsets(text)),
  "wink, no participles": (text) => weakAtOffsets(text, winkVerbOffsets(text, true)),
  compromise: (text) => weakAtOffsets(text, compromiseVerbOffsets(text)),
  hybrid: (text) => analyseClaim(text, vocabulary).weakOwnership !== null || weakAtOffsets(text, winkVerbOffsets(text)),
};

function readLines(file) {
  return readFileSync(join(root, "test/corpus", file), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
    .map((entry) => ({ text: entry.text, weak: entry.rules.includes(RULE) }));
}

const sets = [
  ["development lines", readLines("lines.jsonl")],
  ["held-out lines", readLines("holdout.jsonl")],
];
const shared = process.env.RESLINT_SHARED ?? join(root, "..", "shared");
const { labelledClaims } = await import(pathToFileURL(join(root, "test/corpus/realworld-eval.mjs")).href);
const real = await labelledClaims({ shared });
if (real) {
  const scored = real.found.filter(({ claim, label }) => claim !== null && !(label.disputed ?? []).includes(RULE));
  sets.push([
    "published resumes",
    scored.map(({ claim, label }) => ({ text: claim.claim.text, weak: label.rules.includes(RULE) })),
  ]);
}

const percent = (a, b) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
console.log(`| approach | ${sets.map(([name]) => `${name}: precision / recall`).join(" | ")} | per claim (warm) |`);
console.log(`| --- | ${sets.map(() => "---:").join(" | ")} | ---: |`);
for (const [name, detect] of Object.entries(approaches)) {
  const cells = sets.map(([, entries]) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { text, weak } of entries) {
      const found = detect(text);
      if (found && weak) tp++;
      else if (found) fp++;
      else if (weak) fn++;
    }
    return `${percent(tp, tp + fp)} / ${percent(tp, tp + fn)}`;
  });
  const texts = sets.flatMap(([, entries]) => entries.map((entry) => entry.text));
  for (let pass = 0; pass < 2; pass++) for (const text of texts) detect(text);
  const times = [];
  for (let pass = 0; pass < 5; pass++) {
    const started = performance.now();
    for (const text of texts) detect(text);
    times.push(((performance.now() - started) * 1000) / texts.length);
  }
  console.log(`| ${name} | ${cells.join(" | ")} | ${Math.round(median(times))} µs |`);
}

const loaders = {
  lexicon: `await import(${JSON.stringify(pathToFileURL(join(dist, "claim.js")).href)})`,
  wink: `const w = (await import("wink-nlp")).default; w((await import("wink-eng-lite-web-model")).default)`,
  compromise: `(await import("compromise")).default("Built it")`,
};
console.log("\n| approach | cold load (median of 5) |\n| --- | ---: |");
for (const [name, code] of Object.entries(loaders)) {
  const times = [];
  for (let sample = 0; sample < 5; sample++) {
    const script = `const t = performance.now(); ${code}; console.log(performance.now() - t);`;
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
    times.push(Number(child.stdout.trim()));
  }
  console.log(`| ${name} | ${Math.round(median(times))} ms |`);
}
