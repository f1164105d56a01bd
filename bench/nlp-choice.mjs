// Compares reslint's hand-written lexicon analyser with general-purpose NLP libraries on the one
// question the rules depend on most: which verb opens a resume bullet. Run after `pnpm build`:
//
//   node bench/nlp-choice.mjs
//
// It measures, in one run: cold load time (a fresh `node` child per sample, median of 5), time
// per claim (warm, median of several passes), and main-verb accuracy on bench/data/main-verbs.json.
// When /work/shared/realworld/md/*.md exist, it also times every approach over the bullets found
// there; those texts are read in memory only and never written anywhere.

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const claimModule = join(root, "packages/core/dist/analyse/claim.js");
// The lexicon's load includes compiling the built-in vocabulary, which the rules package does on import.
const vocabularyModule = join(root, "rules/dist/vocabulary.js");
const realworldDir = "/work/shared/realworld/md";
const LOAD_SAMPLES = 5;
const WARMUP_PASSES = 3;
const TIMED_PASSES = 7;

if (!existsSync(claimModule)) {
  console.error("packages/core is not built: run `pnpm build` first.");
  process.exit(1);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// --- The approaches -------------------------------------------------------------------------------

const { analyseClaim } = await import(pathToFileURL(claimModule).href);
const { vocabulary } = await import(pathToFileURL(vocabularyModule).href);
const nlp = (await import("compromise")).default;
const winkNLP = (await import("wink-nlp")).default;
const winkModel = (await import("wink-eng-lite-web-model")).default;
const wink = winkNLP(winkModel);
const its = wink.its;

/** "Rate limiting: Built …" → "Built …"; null when the bullet has no short lead-in label. */
function afterLabel(text) {
  const match = /^[^:—–]{1,60}?(?::\s+|\s+[—–]\s+)(.+)$/su.exec(text);
  return match ? match[1] : null;
}

/**
 * compromise: dictionary form of a verb phrase from `.verbs().json()`. The phrase's own
 * `infinitive` is used when compromise could conjugate it; for multi-word phrases it often cannot
 * ("helped migrate", "introduced contract testing"), so the head term's `root` (from
 * `compute("root")`) comes first. Auxiliaries are skipped ("have mentored" → "mentored"), a copula
 * reads as "be", and a prefix is kept ("Co-led" → "co-lead").
 */
function compromiseLemma(phrase) {
  const terms = phrase.terms;
  const head = terms.find(
    (term) => !["Auxiliary", "Prefix", "Adverb", "Negative"].some((tag) => term.tags.includes(tag)),
  );
  if (!head) return null;
  const prefix = phrase.verb.prefix;
  let lemma;
  if (head.tags.includes("Copula")) lemma = "be";
  else if (head.root) lemma = head.root;
  else {
    const [first] = (phrase.verb.infinitive ?? "").split(/\s+/);
    lemma = first || head.normal;
  }
  return prefix ? `${prefix}-${lemma}` : lemma;
}

/** compromise, as documented: the first verb phrase anywhere in the claim. */
function compromiseFirstVerb(text) {
  const doc = nlp(text);
  doc.compute("root");
  const [first] = doc.verbs().json();
  return first ? compromiseLemma(first) : null;
}

/** The same text with a lower-case first letter: both libraries read a capital as a proper noun. */
const lowerFirst = (text) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * compromise given the same position rule as reslint: the verb must open the claim, after any
 * pronoun or adverb, or open the text after a lead-in label; the first letter is lower-cased.
 */
function compromiseAtStart(text) {
  const attempt = (input) => {
    const doc = nlp(lowerFirst(input));
    doc.compute("root");
    const terms = doc.json()[0]?.terms ?? [];
    let at = 0;
    while (at < 3 && terms[at] && (terms[at].tags.includes("Pronoun") || terms[at].tags.includes("Adverb"))) at++;
    const term = terms[at];
    if (!term?.tags.includes("Verb")) return null;
    const [sentence, index] = term.index;
    const phrase = doc
      .verbs()
      .json()
      .find((verb) => verb.terms.some((t) => t.index[0] === sentence && t.index[1] === index));
    return phrase ? compromiseLemma(phrase) : null;
  };
  const found = attempt(text);
  if (found) return found;
  const rest = afterLabel(text);
  return rest ? attempt(rest) : null;
}

const WINK_VERB = new Set(["VERB", "AUX"]);

/** wink-nlp: lemma of the main verb of a run of tokens starting at `at` (AUX* VERB → the VERB). */
function winkVerbAt(pos, lemmas, at) {
  let index = at;
  while (pos[index] === "AUX" && pos[index + 1] && WINK_VERB.has(pos[index + 1])) index++;
  return lemmas[index] ?? null;
}

/** wink-nlp: the first VERB (or AUX chain) anywhere in the claim. */
function winkFirstVerb(text) {
  const tokens = wink.readDoc(text).tokens();
  const pos = tokens.out(its.pos);
  const at = pos.findIndex((tag) => WINK_VERB.has(tag));
  return at < 0 ? null : winkVerbAt(pos, tokens.out(its.lemma), at);
}

/** wink-nlp given reslint's position rule, as for compromise above. */
function winkAtStart(text) {
  const attempt = (input) => {
    const tokens = wink.readDoc(lowerFirst(input)).tokens();
    const pos = tokens.out(its.pos);
    let at = 0;
    while (at < 3 && (pos[at] === "PRON" || pos[at] === "ADV")) at++;
    return WINK_VERB.has(pos[at]) ? winkVerbAt(pos, tokens.out(its.lemma), at) : null;
  };
  const found = attempt(text);
  if (found) return found;
  const rest = afterLabel(text);
  return rest ? attempt(rest) : null;
}

const approaches = [
  {
    name: "reslint lexicon (`analyseClaim`, all signals)",
    loader: "lexicon",
    mainVerb: (t) => analyseClaim(t, vocabulary).mainVerb?.lemma ?? null,
  },
  { name: "compromise 14: first verb", loader: "compromise", mainVerb: compromiseFirstVerb },
  { name: "compromise 14: verb at bullet start¹", loader: "compromise", mainVerb: compromiseAtStart },
  { name: "wink-nlp 2 + lite model: first verb", loader: "wink", mainVerb: winkFirstVerb },
  { name: "wink-nlp 2 + lite model: verb at bullet start¹", loader: "wink", mainVerb: winkAtStart },
];

// --- (a) Cold load: a fresh process per sample -----------------------------------------------------

const loaders = {
  lexicon: {
    imports: `const m = await import(${JSON.stringify(pathToFileURL(claimModule).href)}); const { vocabulary } = await import(${JSON.stringify(pathToFileURL(vocabularyModule).href)});`,
    first: "m.analyseClaim(CLAIM, vocabulary).mainVerb;",
  },
  compromise: {
    imports: 'const m = (await import("compromise")).default;',
    first: "m(CLAIM).verbs().json();",
  },
  wink: {
    imports:
      'const w = (await import("wink-nlp")).default; const model = (await import("wink-eng-lite-web-model")).default; const m = w(model);',
    first: "m.readDoc(CLAIM).tokens().out(m.its.pos);",
  },
};

function coldLoad(loader) {
  const { imports, first } = loaders[loader];
  const script = [
    'const { performance } = await import("node:perf_hooks");',
    'const CLAIM = "Led a team of six engineers to rebuild the billing pipeline.";',
    "const t0 = performance.now();",
    imports,
    "const t1 = performance.now();",
    first,
    "const t2 = performance.now();",
    "console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1 }));",
  ].join("\n");
  const loads = [];
  const firsts = [];
  for (let sample = 0; sample < LOAD_SAMPLES; sample++) {
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
    if (child.status !== 0) throw new Error(`cold load of ${loader} failed:\n${child.stderr}`);
    const { load, first: firstClaim } = JSON.parse(child.stdout.trim().split("\n").at(-1));
    loads.push(load);
    firsts.push(firstClaim);
  }
  return { load: median(loads), first: median(firsts) };
}

const cold = Object.fromEntries(Object.keys(loaders).map((loader) => [loader, coldLoad(loader)]));

// --- (b) Warm time per claim -------------------------------------------------------------------------

function timePerClaim(fn, texts) {
  for (let pass = 0; pass < WARMUP_PASSES; pass++) for (const text of texts) fn(text);
  const samples = [];
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    const start = performance.now();
    for (const text of texts) fn(text);
    samples.push(((performance.now() - start) * 1000) / texts.length);
  }
  return median(samples);
}

// --- (c) Main-verb accuracy ---------------------------------------------------------------------------

const labelled = JSON.parse(readFileSync(join(root, "bench/data/main-verbs.json"), "utf8"));

const BE = new Set(["is", "am", "are", "was", "were", "been", "being"]);

/**
 * Compared forms: lower case, first word of a phrasal verb ("set up" → "set"), forms of "be" alike,
 * -ise/-ize alike, hyphens ignored ("codesign" = "co-design"; "co-lead" and "lead" still differ).
 */
function canonical(lemma) {
  if (lemma === null || lemma === undefined) return null;
  const word = String(lemma).toLowerCase().trim().split(/\s+/)[0];
  if (!word) return null;
  if (BE.has(word)) return "be";
  return word.replace(/-/g, "").replace(/yse$/, "yze").replace(/ise$/, "ize");
}

function score(fn) {
  let right = 0;
  let verbRight = 0;
  let nullRight = 0;
  const misses = [];
  for (const { text, mainVerb } of labelled) {
    const got = fn(text);
    if (canonical(got) === canonical(mainVerb)) {
      right++;
      if (mainVerb === null) nullRight++;
      else verbRight++;
    } else {
      misses.push({ text, expected: mainVerb, got });
    }
  }
  return { right, verbRight, nullRight, misses };
}

// --- Real-world bullets (in memory only) ------------------------------------------------------------

function realworldBullets() {
  if (!existsSync(realworldDir)) return [];
  const bullets = [];
  for (const name of readdirSync(realworldDir).filter((file) => file.endsWith(".md"))) {
    const text = readFileSync(join(realworldDir, name), "utf8");
    for (const match of text.matchAll(/^[ \t]*[-*][ \t]+(.+)$/gm)) {
      const bullet = match[1]
        .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/[*_`]+/g, "")
        .trim();
      if (/\p{L}{2,}/u.test(bullet)) bullets.push(bullet);
    }
  }
  return bullets;
}

// --- Report -----------------------------------------------------------------------------------------

const texts = labelled.map((row) => row.text);
const realworld = realworldBullets();
const withVerb = labelled.filter((row) => row.mainVerb !== null).length;
const withoutVerb = labelled.length - withVerb;
const results = approaches.map((approach) => ({
  ...approach,
  cold: cold[approach.loader],
  perClaim: timePerClaim(approach.mainVerb, texts),
  realworldPerClaim: realworld.length > 0 ? timePerClaim(approach.mainVerb, realworld) : null,
  score: score(approach.mainVerb),
}));

const fmt = (value, digits = 1) => value.toFixed(digits);
const pct = (part, whole) => `${fmt((100 * part) / whole)}%`;

console.log(`# NLP choice for main-verb detection (Node ${process.version}, ${process.platform}/${process.arch})\n`);
console.log(
  `Labelled set: ${labelled.length} bullets (${withVerb} with a main verb, ${withoutVerb} without). ` +
    `Cold load: median of ${LOAD_SAMPLES} fresh processes (import only; "first claim" is the first call after it). ` +
    `µs per claim: median of ${TIMED_PASSES} warm passes.\n`,
);
const realworldHeader = realworld.length > 0 ? ` µs per claim, ${realworld.length} real-world bullets |` : "";
console.log(
  `| approach | load ms | first claim ms | µs per claim |${realworldHeader} main-verb accuracy | verb right | no-verb right |`,
);
console.log(`| --- | ---: | ---: | ---: |${realworld.length > 0 ? " ---: |" : ""} ---: | ---: | ---: |`);
for (const result of results) {
  const { right, verbRight, nullRight } = result.score;
  const realworldCell = result.realworldPerClaim === null ? "" : ` ${fmt(result.realworldPerClaim)} |`;
  console.log(
    `| ${result.name} | ${fmt(result.cold.load)} | ${fmt(result.cold.first)} | ${fmt(result.perClaim)} |${realworldCell} ` +
      `${pct(right, labelled.length)} (${right}/${labelled.length}) | ${verbRight}/${withVerb} | ${nullRight}/${withoutVerb} |`,
  );
}
console.log(
  "\n¹ Given reslint's own position rule: the claim's first letter lower-cased, then the verb must come first " +
    "(after at most three pronouns or adverbs), or first after a lead-in label such as `Search:`.",
);
if (realworld.length === 0) console.log(`\n(No real-world bullets: ${realworldDir}/*.md not found.)`);

/** Why a prediction missed: no verb found, a verb where there is none, or the wrong word or lemma. */
const missKind = ({ expected, got }) =>
  got === null ? "no verb found" : expected === null ? "verb where none" : "wrong verb or lemma";

for (const result of results) {
  const { misses } = result.score;
  const kinds = Object.entries(Object.groupBy(misses, missKind)).map(([kind, list]) => `${list.length} ${kind}`);
  console.log(`\n## Misses: ${result.name} (${misses.length}${kinds.length ? `: ${kinds.join(", ")}` : ""})\n`);
  for (const miss of misses) {
    console.log(`- expected ${miss.expected ?? "none"}, got ${miss.got ?? "none"}: ${miss.text}`);
  }
}
