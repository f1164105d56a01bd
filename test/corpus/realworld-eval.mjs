#!/usr/bin/env node
// Precision and recall of the claim rules on the published resumes in shared/realworld, against
// labels two careful readers agreed on (realworld-labels.jsonl: our labels; the texts stay in
// shared/; rules the readers disagreed on for a claim are listed in `disputed` and not scored). Each label points at a claim: a Markdown claim by file, line and column, a PDF or
// DOCX bullet by file and its index in that folder's truth.json; `sha1` (bench/truth-text.mjs)
// is the claim text's fingerprint, so a label whose claim now reads differently is reported as
// unmatched rather than scored against the wrong text.
//
//   node test/corpus/realworld-eval.mjs [--verbose]    the table, then (verbose) every miss
//   node test/corpus/realworld-eval.mjs --full         as --verbose, with each claim's whole text
//
// The shared folder is found beside the repository, or at $RESLINT_SHARED. Prints figures only.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const labelsFile = join(here, "realworld-labels.jsonl");

export const CLAIM_RULES = [
  "tenure-as-evidence",
  "unattributed-leadership",
  "inflated-scope",
  "weak-ownership-verb",
  "unquantified-impact",
  "vague-complexity",
];

function readLabels() {
  return readFileSync(labelsFile, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line));
}

/**
 * Every label with the claim it points at, read from the shared files: `{ file, label, claim }`
 * with `claim` an analysed claim from `lintDocument`, and `findings` the claim rules it raised.
 * A label whose claim now reads differently comes back with `claim: null`.
 */
export async function labelledClaims({ shared, level = "senior" }) {
  const realworld = join(shared, "realworld");
  if (!existsSync(realworld) || !existsSync(labelsFile)) return null;
  const core = await import(pathToFileURL(join(root, "packages/core/dist/index.js")).href);
  const { rules, vocabulary } = await import(pathToFileURL(join(root, "rules/dist/index.js")).href);
  const { fingerprint } = await import(pathToFileURL(join(root, "bench/truth-text.mjs")).href);
  const labels = readLabels();
  const byFile = new Map();
  for (const label of labels) byFile.set(label.file, [...(byFile.get(label.file) ?? []), label]);
  const found = [];
  for (const [file, fileLabels] of byFile) {
    const path = join(realworld, file);
    if (!existsSync(path)) continue;
    const { document } = await core.readResumeFile(path, { vocabulary });
    const { file: vfile, claims } = core.lintDocument(document, { level, rules, vocabulary });
    const findings = new Map();
    for (const message of vfile.messages) {
      if (!CLAIM_RULES.includes(message.ruleId)) continue;
      const key = `${message.line}:${message.column}`;
      findings.set(key, new Set([...(findings.get(key) ?? []), message.ruleId]));
    }
    for (const label of fileLabels) {
      const claim =
        label.bullet !== undefined
          ? claims.find((analysed) => fingerprint(analysed.claim.text) === label.sha1)
          : claims.find(
              (analysed) =>
                analysed.claim.range.start.line === label.line && analysed.claim.range.start.column === label.column,
            );
      if (!claim || fingerprint(claim.claim.text) !== label.sha1) {
        found.push({ file, label, claim: null, findings: new Set() });
        continue;
      }
      const { line, column } = claim.claim.range.start;
      found.push({ file, label, claim, findings: findings.get(`${line}:${column}`) ?? new Set() });
    }
  }
  return { labels: labels.length, files: byFile.size, found };
}

/** Per-rule { tp, fp, fn } over the labelled claims, and the labels whose claim was not found. */
export async function evaluateRealworld({ shared, verbose = false, full = false, log = console.log } = {}) {
  const read = await labelledClaims({ shared });
  if (read === null) return null;
  const counts = Object.fromEntries(CLAIM_RULES.map((rule) => [rule, { tp: 0, fp: 0, fn: 0 }]));
  const misses = [];
  let unmatched = 0;
  for (const { file, label, claim, findings: predicted } of read.found) {
    if (claim === null) {
      unmatched++;
      if (verbose)
        misses.push(
          `unmatched ${file} ${label.bullet !== undefined ? `bullet ${label.bullet}` : `${label.line}:${label.column}`}`,
        );
      continue;
    }
    const { line, column } = claim.claim.range.start;
    const text = full ? claim.claim.text.replace(/\s+/g, " ") : claim.claim.text.slice(0, 100);
    const wanted = new Set(label.rules);
    // The two readers disagreed on these rules for this claim: it is scored on the others only.
    const disputed = new Set(label.disputed ?? []);
    for (const rule of CLAIM_RULES) {
      if (disputed.has(rule)) continue;
      if (predicted.has(rule) && wanted.has(rule)) counts[rule].tp++;
      else if (predicted.has(rule)) {
        counts[rule].fp++;
        misses.push(`FP ${rule} ${file}:${line}:${column} ${text}`);
      } else if (wanted.has(rule)) {
        counts[rule].fn++;
        misses.push(`FN ${rule} ${file}:${line}:${column} ${text}`);
      }
    }
  }
  const percent = (a, b) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
  const total = { tp: 0, fp: 0, fn: 0 };
  const rows = CLAIM_RULES.map((rule) => {
    const { tp, fp, fn } = counts[rule];
    total.tp += tp;
    total.fp += fp;
    total.fn += fn;
    return `| ${rule} | ${tp} | ${fp} | ${fn} | ${percent(tp, tp + fp)} | ${percent(tp, tp + fn)} |`;
  });
  log(
    [
      "| rule | TP | FP | FN | precision | recall |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
      ...rows,
      `| **overall** | ${total.tp} | ${total.fp} | ${total.fn} | ${percent(total.tp, total.tp + total.fp)} | ${percent(total.tp, total.tp + total.fn)} |`,
    ].join("\n"),
  );
  log(`\n${read.labels} labelled claims in ${read.files} files; ${unmatched} no longer read as labelled (left out).`);
  if (verbose) for (const miss of misses) log(`- ${miss}`);
  return { counts, total, labels: read.labels, unmatched };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const shared = process.env.RESLINT_SHARED ?? join(root, "..", "shared");
  const full = process.argv.includes("--full");
  const result = await evaluateRealworld({ shared, verbose: full || process.argv.includes("--verbose"), full });
  if (result === null)
    console.log(`No shared resumes or labels; set RESLINT_SHARED to the folder that holds realworld/.`);
}
