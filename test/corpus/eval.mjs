#!/usr/bin/env node
// Measures reslint's rules against the labelled corpus in this folder.
//
//   node test/corpus/eval.mjs                    two Markdown tables, development then held-out:
//                                                | rule | TP | FP | FN | precision | recall |
//   node test/corpus/eval.mjs --verbose          the tables, then every false positive and false negative
//                                                of the development set
//   node test/corpus/eval.mjs --verbose-holdout  as --verbose, and the held-out misses too
//   node test/corpus/eval.mjs --json             both sets' per-rule figures as JSON:
//                                                { "development": {...}, "heldOut": {...} }
//                                                (with --verbose / --verbose-holdout: the misses too)
//
// Corpus:
//   lines.jsonl              development set: one {"text", "rules", "note"?} object per line; each text is
//                            linted as the only bullet of a one-role Experience section at level "senior"
//   resumes/<name>.md        development set: whole resumes, each with resumes/<name>.labels.json:
//                            { "level": "...", "findings": [{ "ruleId": "...", "claim": "..." }] }
//   holdout.jsonl            held-out set, same format as lines.jsonl, labelled from the rule documents
//                            alone. Tune rules against the development set only; read the held-out
//                            figures as an estimate of how the rules do on bullets nobody tuned them to,
//                            and avoid looking at which held-out lines fail (--verbose-holdout), or the
//                            estimate stops being independent.
//
// Exit status: 0 whatever the figures are; 2 when a corpus file is malformed; 1 when the workspace
// packages cannot be loaded (run the build first).

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { CLAIM_RULES } from "./realworld-eval.mjs";

const corpusDir = dirname(fileURLToPath(import.meta.url));
const linesFile = join(corpusDir, "lines.jsonl");
const holdoutFile = join(corpusDir, "holdout.jsonl");
const resumesDir = join(corpusDir, "resumes");
/** How a corpus path is shown in messages: relative to where the script was started from. */
const shown = (path) => relative(process.cwd(), path) || path;

/** Rules a bullet in lines.jsonl may be labelled with. */
const LINE_RULES = CLAIM_RULES;
/** Document-level rule: judged on whole resumes only, ignored on single lines. */
const DOCUMENT_RULE = "missing-production-ownership";
const ALL_RULES = [
  "tenure-as-evidence",
  "unattributed-leadership",
  DOCUMENT_RULE,
  "inflated-scope",
  "weak-ownership-verb",
  "unquantified-impact",
  "vague-complexity",
];
const LEVELS = ["mid", "senior", "staff", "tech-lead", "manager"];

/** The bullet sits on line 5 of this document. */
const BULLET_LINE = 5;
function lineDocument(text) {
  return `## Experience\n\n### Software Engineer — Example Co (2020–2024)\n\n- ${text}\n`;
}

const args = new Set(process.argv.slice(2));
for (const arg of args) {
  if (!["--verbose", "-v", "--verbose-holdout", "--json", "--help", "-h"].includes(arg)) {
    // Only a malformed corpus changes the exit status; an unknown option is reported and ignored.
    console.error(`eval: ignoring unknown option ${arg} (known: --verbose, --verbose-holdout, --json)`);
  }
}
if (args.has("--help") || args.has("-h")) {
  console.log("usage: node test/corpus/eval.mjs [--verbose | --verbose-holdout] [--json]");
  process.exit(0);
}
/** Misses are listed for the development set with --verbose, and for the held-out set too with --verbose-holdout. */
const verboseHoldout = args.has("--verbose-holdout");
const verbose = verboseHoldout || args.has("--verbose") || args.has("-v");
const asJson = args.has("--json");

// ---------------------------------------------------------------------------------------------
// Reading and validating the corpus (before anything is linted, so a bad file fails fast).

const problems = [];
function problem(where, message) {
  problems.push(`${where}: ${message}`);
}

function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads and validates a JSON Lines file of labelled bullets (lines.jsonl, holdout.jsonl). */
function readLines(file) {
  const where = shown(file);
  if (!existsSync(file)) {
    problem(where, "file not found");
    return [];
  }
  const entries = [];
  const rows = readFileSync(file, "utf8").split(/\r?\n/);
  for (const [index, row] of rows.entries()) {
    const at = `${where}:${index + 1}`;
    if (row.trim() === "") continue;
    let value;
    try {
      value = JSON.parse(row);
    } catch (error) {
      problem(at, `not valid JSON (${error.message})`);
      continue;
    }
    if (!isPlainObject(value)) {
      problem(at, "expected a JSON object");
      continue;
    }
    const { text, rules, note } = value;
    if (typeof text !== "string" || text.trim() === "") {
      problem(at, '"text" must be a non-empty string');
      continue;
    }
    if (/[\r\n]/.test(text)) {
      problem(at, '"text" must be a single line');
      continue;
    }
    if (!Array.isArray(rules)) {
      problem(at, '"rules" must be an array of rule ids');
      continue;
    }
    const unknown = rules.find((rule) => typeof rule !== "string" || !LINE_RULES.includes(rule));
    if (unknown !== undefined) {
      problem(at, `unknown rule id ${JSON.stringify(unknown)} (allowed: ${LINE_RULES.join(", ")})`);
      continue;
    }
    if (new Set(rules).size !== rules.length) {
      problem(at, '"rules" lists a rule twice');
      continue;
    }
    if (note !== undefined && typeof note !== "string") {
      problem(at, '"note" must be a string when present');
      continue;
    }
    const extra = Object.keys(value).filter((key) => !["text", "rules", "note"].includes(key));
    if (extra.length > 0) {
      problem(at, `unexpected key(s): ${extra.join(", ")}`);
      continue;
    }
    entries.push({ line: index + 1, text, rules: new Set(rules), note: note ?? "" });
  }
  return entries;
}

function readResumes() {
  if (!existsSync(resumesDir)) return [];
  const resumes = [];
  const files = readdirSync(resumesDir).sort();
  for (const file of files) {
    if (file.endsWith(".labels.json")) {
      const stem = file.slice(0, -".labels.json".length);
      if (!files.includes(`${stem}.md`)) problem(shown(join(resumesDir, file)), `no matching ${stem}.md`);
      continue;
    }
    if (!file.endsWith(".md")) continue;
    const stem = file.slice(0, -".md".length);
    const at = shown(join(resumesDir, `${stem}.labels.json`));
    const labelsPath = join(resumesDir, `${stem}.labels.json`);
    if (!existsSync(labelsPath)) {
      problem(shown(join(resumesDir, file)), `missing sidecar ${stem}.labels.json`);
      continue;
    }
    let labels;
    try {
      labels = JSON.parse(readFileSync(labelsPath, "utf8"));
    } catch (error) {
      problem(at, `not valid JSON (${error.message})`);
      continue;
    }
    if (!isPlainObject(labels)) {
      problem(at, "expected a JSON object");
      continue;
    }
    if (!LEVELS.includes(labels.level)) {
      problem(at, `"level" must be one of ${LEVELS.join(", ")}`);
      continue;
    }
    if (!Array.isArray(labels.findings)) {
      problem(at, '"findings" must be an array');
      continue;
    }
    const findings = [];
    for (const [index, finding] of labels.findings.entries()) {
      const where = `${at}: findings[${index}]`;
      if (!isPlainObject(finding)) {
        problem(where, "expected an object");
        continue;
      }
      if (typeof finding.ruleId !== "string" || !ALL_RULES.includes(finding.ruleId)) {
        problem(where, `unknown ruleId ${JSON.stringify(finding.ruleId)}`);
        continue;
      }
      if (typeof finding.claim !== "string" || normalise(finding.claim) === "") {
        problem(where, '"claim" must be a non-empty string');
        continue;
      }
      findings.push({ ruleId: finding.ruleId, claim: finding.claim });
    }
    const source = readFileSync(join(resumesDir, file), "utf8");
    // Every claim must occur in the resume itself, or the label can never match.
    const haystack = normalise(source.replace(/[*_`]/g, ""));
    for (const finding of findings) {
      if (!haystack.includes(normalise(finding.claim))) {
        problem(at, `claim ${JSON.stringify(finding.claim)} does not occur in ${file}`);
      }
    }
    resumes.push({ file: join("resumes", file), level: labels.level, source, findings });
  }
  return resumes;
}

/** Whitespace collapsed, case folded: how claims and excerpts are compared. */
function normalise(text) {
  return String(text ?? "")
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

const lineEntries = readLines(linesFile);
const resumes = readResumes();
const holdoutEntries = readLines(holdoutFile);
if (problems.length > 0) {
  console.error("eval: the corpus is malformed:");
  for (const message of problems) console.error(`  ${message}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Loading the linter.

let lintText;
let rules;
let vocabulary;
try {
  ({ lintText } = await import("@reslint/core"));
  ({ rules, vocabulary } = await import("@reslint/rules"));
  // The level rules judge whole resumes against the level corpus (level-corpus-eval.mjs), not lines.
  rules = rules.filter((rule) => ALL_RULES.includes(rule.meta.id));
} catch (error) {
  console.error(`eval: could not load @reslint/core and @reslint/rules (${error.message}).`);
  console.error("eval: build the workspace first (pnpm run build), then run pnpm eval from the repository root.");
  process.exit(1);
}
if (typeof lintText !== "function" || !Array.isArray(rules)) {
  console.error("eval: @reslint/core must export lintText() and @reslint/rules must export rules[].");
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Scoring.

/**
 * One scored set: per-rule counts and every miss. `tally(ruleId)` returns the { tp, fp, fn } entry for a
 * rule, creating it for ids outside ALL_RULES (such as "(crash)").
 */
function newScore() {
  /** ruleId → { tp, fp, fn } */
  const counts = new Map();
  /** Every false positive and false negative, for --verbose. */
  const misses = [];
  function tally(ruleId) {
    let entry = counts.get(ruleId);
    if (!entry) {
      entry = { tp: 0, fp: 0, fn: 0 };
      counts.set(ruleId, entry);
    }
    return entry;
  }
  for (const ruleId of ALL_RULES) tally(ruleId);
  return { counts, misses, tally };
}

function lint(text, level, filePath) {
  try {
    return lintText(text, { level, rules, vocabulary, filePath, format: "markdown" });
  } catch (error) {
    return { crashed: error };
  }
}

function ruleIdOf(message) {
  return message.ruleId ?? "(fatal)";
}

/** Single bullets from a JSON Lines file; `fileName` is how the file is named in misses. */
function scoreLines(score, entries, fileName) {
  const { tally, misses } = score;
  for (const entry of entries) {
    const where = `${fileName}:${entry.line}`;
    const result = lint(lineDocument(entry.text), "senior", where);
    const predicted = new Set();
    if (result.crashed) {
      predicted.add("(crash)");
      misses.push({
        kind: "FP",
        ruleId: "(crash)",
        where,
        text: entry.text,
        detail: String(result.crashed?.stack ?? result.crashed),
      });
    } else {
      for (const message of result.messages ?? []) {
        if (message.line !== BULLET_LINE) continue;
        const ruleId = ruleIdOf(message);
        if (ruleId === DOCUMENT_RULE) continue;
        predicted.add(ruleId);
      }
    }
    for (const ruleId of predicted) {
      if (ruleId === "(crash)") {
        tally(ruleId).fp++;
        continue;
      }
      if (entry.rules.has(ruleId)) tally(ruleId).tp++;
      else {
        tally(ruleId).fp++;
        const message = result.messages.find((m) => m.line === BULLET_LINE && ruleIdOf(m) === ruleId);
        misses.push({ kind: "FP", ruleId, where, text: entry.text, detail: message?.message ?? "", note: entry.note });
      }
    }
    for (const ruleId of entry.rules) {
      if (predicted.has(ruleId)) continue;
      tally(ruleId).fn++;
      misses.push({ kind: "FN", ruleId, where, text: entry.text, note: entry.note });
    }
  }
}

/**
 * Pairs expected findings with messages of the same rule whose excerpt contains the claim,
 * as many pairs as possible (a small bipartite matching, so one message never satisfies two labels
 * while another label that only it could satisfy goes unmatched).
 */
function matchFindings(expected, messages) {
  const candidates = expected.map((finding) => {
    const claim = normalise(finding.claim);
    const options = [];
    messages.forEach((message, index) => {
      if (ruleIdOf(message) === finding.ruleId && normalise(message.excerpt).includes(claim)) options.push(index);
    });
    return options;
  });
  const owner = new Array(messages.length).fill(-1);
  function assign(findingIndex, seen) {
    for (const messageIndex of candidates[findingIndex]) {
      if (seen.has(messageIndex)) continue;
      seen.add(messageIndex);
      if (owner[messageIndex] === -1 || assign(owner[messageIndex], seen)) {
        owner[messageIndex] = findingIndex;
        return true;
      }
    }
    return false;
  }
  for (let findingIndex = 0; findingIndex < expected.length; findingIndex++) assign(findingIndex, new Set());
  // Augmenting paths can move a finding to another message but never unmatch it, so read the
  // final pairing off `owner`.
  const matchedFindings = new Set();
  const matchedMessages = new Set();
  owner.forEach((findingIndex, messageIndex) => {
    if (findingIndex !== -1) {
      matchedMessages.add(messageIndex);
      matchedFindings.add(findingIndex);
    }
  });
  return { matchedFindings, matchedMessages };
}

/** Whole resumes. */
function scoreResumes(score, resumeList) {
  const { tally, misses } = score;
  for (const resume of resumeList) {
    const result = lint(resume.source, resume.level, resume.file);
    if (result.crashed) {
      tally("(crash)").fp++;
      misses.push({
        kind: "FP",
        ruleId: "(crash)",
        where: resume.file,
        text: "",
        detail: String(result.crashed?.stack ?? result.crashed),
      });
      for (const finding of resume.findings) {
        tally(finding.ruleId).fn++;
        misses.push({
          kind: "FN",
          ruleId: finding.ruleId,
          where: `${resume.file} (${resume.level})`,
          text: finding.claim,
        });
      }
      continue;
    }
    const messages = result.messages ?? [];
    const { matchedFindings, matchedMessages } = matchFindings(resume.findings, messages);
    resume.findings.forEach((finding, index) => {
      if (matchedFindings.has(index)) tally(finding.ruleId).tp++;
      else {
        tally(finding.ruleId).fn++;
        misses.push({
          kind: "FN",
          ruleId: finding.ruleId,
          where: `${resume.file} (${resume.level})`,
          text: finding.claim,
        });
      }
    });
    messages.forEach((message, index) => {
      if (matchedMessages.has(index)) return;
      const ruleId = ruleIdOf(message);
      tally(ruleId).fp++;
      misses.push({
        kind: "FP",
        ruleId,
        where: `${resume.file}:${message.line} (${resume.level})`,
        text: message.excerpt ?? "",
        detail: message.message ?? "",
      });
    });
  }
}

const development = newScore();
scoreLines(development, lineEntries, "lines.jsonl");
scoreResumes(development, resumes);

const heldOut = newScore();
scoreLines(heldOut, holdoutEntries, "holdout.jsonl");

// ---------------------------------------------------------------------------------------------
// Reporting.

function ratio(numerator, denominator) {
  return denominator === 0 ? null : numerator / denominator;
}

function figures({ tp, fp, fn }) {
  return { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}

/** Per-rule and overall figures of one scored set, rules in ALL_RULES order, then any others sorted. */
function summarise({ counts }) {
  const ruleOrder = [...ALL_RULES, ...[...counts.keys()].filter((id) => !ALL_RULES.includes(id)).sort()];
  const perRule = Object.fromEntries(ruleOrder.map((id) => [id, figures(counts.get(id))]));
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const id of ruleOrder) {
    const entry = counts.get(id);
    total.tp += entry.tp;
    total.fp += entry.fp;
    total.fn += entry.fn;
  }
  return { ruleOrder, perRule, overall: figures(total) };
}

const sets = [
  {
    key: "development",
    title: "Development set",
    corpus: { lines: lineEntries.length, resumes: resumes.length },
    describe: `${lineEntries.length} labelled lines (lines.jsonl), ${resumes.length} resumes (resumes/)`,
    score: development,
    listMisses: verbose,
  },
  {
    key: "heldOut",
    title: "Held-out set",
    corpus: { lines: holdoutEntries.length },
    describe: `${holdoutEntries.length} labelled lines (holdout.jsonl)`,
    score: heldOut,
    listMisses: verboseHoldout,
  },
];
for (const set of sets) Object.assign(set, summarise(set.score));

if (asJson) {
  const output = {};
  for (const set of sets) {
    output[set.key] = { corpus: set.corpus, rules: set.perRule, overall: set.overall };
    if (set.listMisses) output[set.key].misses = set.score.misses;
  }
  console.log(JSON.stringify(output, null, 2));
  process.exit(0);
}

function percent(value) {
  return value === null ? "n/a" : `${(value * 100).toFixed(1)}%`;
}

function table({ ruleOrder, perRule, overall }) {
  return [
    "| rule | TP | FP | FN | precision | recall |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...ruleOrder.map((id) => {
      const f = perRule[id];
      return `| ${id} | ${f.tp} | ${f.fp} | ${f.fn} | ${percent(f.precision)} | ${percent(f.recall)} |`;
    }),
    `| **overall** | ${overall.tp} | ${overall.fp} | ${overall.fn} | ${percent(overall.precision)} | ${percent(overall.recall)} |`,
  ].join("\n");
}

function printMisses(title, misses) {
  for (const kind of ["FP", "FN"]) {
    const list = misses.filter((miss) => miss.kind === kind);
    console.log(`\n### ${title}: ${kind === "FP" ? "false positives" : "false negatives"} (${list.length})\n`);
    for (const miss of list.sort((a, b) => a.ruleId.localeCompare(b.ruleId))) {
      const text = miss.text ? ` ${JSON.stringify(miss.text)}` : "";
      console.log(`- ${kind} \`${miss.ruleId}\` ${miss.where}:${text}`);
      if (miss.detail) console.log(`    message: ${miss.detail.split("\n")[0]}`);
      if (miss.note) console.log(`    note: ${miss.note}`);
    }
  }
}

sets.forEach((set, index) => {
  if (index > 0) console.log("");
  console.log(`## ${set.title}: ${set.describe}\n`);
  console.log(table(set));
});
{
  // Reading figures on third-party resumes, when the shared folder is there.
  const shared = process.env.RESLINT_SHARED ?? join(corpusDir, "..", "..", "..", "shared");
  const { evaluateRoles } = await import("./roles-eval.mjs");
  if (existsSync(join(shared, "realworld"))) {
    if (existsSync(join(corpusDir, "realworld-labels.jsonl"))) {
      const { evaluateRealworld } = await import("./realworld-eval.mjs");
      console.log("\n## Real resumes: the published resumes in shared/realworld (realworld-labels.jsonl)\n");
      await evaluateRealworld({ shared, verbose });
    }
    console.log("\n## Roles on the published resumes in shared/realworld (realworld-roles.json)\n");
    await evaluateRoles({ shared, verbose });
    if (existsSync(join(corpusDir, "level-labels.json"))) {
      const { evaluateLevels } = await import("./level-eval.mjs");
      console.log("\n## Level estimate on the published resumes in shared/realworld (level-labels.json)\n");
      await evaluateLevels({ shared, verbose });
    }
  }
  const { evaluateLevelCorpus, evaluateRealPostings } = await import("./level-corpus-eval.mjs");
  console.log("\n## Level model on the level corpus (level/: whole resumes, role cases, postings)\n");
  await evaluateLevelCorpus({ verbose });
  if (existsSync(join(shared, "realworld", "postings"))) {
    console.log("\n## Posting inference on the real, level-masked postings in shared/realworld/postings\n");
    await evaluateRealPostings({ shared, verbose });
  }
}
for (const set of sets) {
  if (set.listMisses) printMisses(set.title, set.score.misses);
}
