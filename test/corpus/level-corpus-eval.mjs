#!/usr/bin/env node
// The level model against the project's own level corpus (test/corpus/level/: whole resumes of
// every shape and job postings, written and labelled for reslint) and the real job postings in
// shared/realworld/postings: estimate accuracy, the level rules' precision and recall, and how
// often the posting inference gives the labelled shape.
//
//   node test/corpus/level-corpus-eval.mjs [--verbose]
//
// Labels: test/corpus/level/labels.json ("set": dev was tuned against, holdout was not) and, for
// the real postings, the "postings" of test/corpus/level-labels.json. Run after the build.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const corpus = join(root, "test/corpus/level");
const LEVEL_RULES = ["level-mismatch", "title-evidence-mismatch", "coordination-heavy"];
const percent = (a, b) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);

/** The built-in vocabulary, set by `load`. */
let vocabulary;

async function load() {
  const core = await import(pathToFileURL(join(root, "packages/core/dist/index.js")).href);
  const built = await import(pathToFileURL(join(root, "rules/dist/index.js")).href);
  vocabulary = built.vocabulary;
  return { core, rules: built.rules };
}

/** Lints one corpus resume at `level` with the level rules only. */
async function lint(core, rules, file, level) {
  const levelRules = rules.filter((rule) => LEVEL_RULES.includes(rule.meta.id));
  return core.lintFile(join(corpus, file), { level, rules: levelRules, vocabulary });
}

const roleTitle = (message) => message.excerpt.split(" — ")[0];

export async function evaluateLevelCorpus({ verbose = false, log = console.log } = {}) {
  const labelsFile = join(corpus, "labels.json");
  if (!existsSync(labelsFile)) return null;
  const { core, rules } = await load();
  const { resumes, postings } = JSON.parse(readFileSync(labelsFile, "utf8"));
  const estimate = { dev: [0, 0], holdout: [0, 0] };
  const counts = Object.fromEntries(LEVEL_RULES.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const misses = [];
  // Held-out misses stay unseen unless asked for, so tuning cannot drift toward them.
  const showHoldout = process.argv.includes("--verbose-holdout");
  const note = (label, text) => {
    if (label.set === "dev" || showHoldout) misses.push(text);
  };
  for (const label of resumes) {
    const row = estimate[label.set];
    const atTarget = await lint(core, rules, label.file, label.target);
    row[1]++;
    if (atTarget.level.estimated === label.shape) row[0]++;
    else note(label, `estimate ${label.file}: labelled ${label.shape}, estimated ${atTarget.level.estimated}`);
    for (const [level, expected] of Object.entries(label.levelMismatch)) {
      const result = await lint(core, rules, label.file, level);
      const flagged = result.messages.some((message) => message.ruleId === "level-mismatch");
      const count = counts["level-mismatch"];
      if (flagged && expected) count.tp++;
      else if (flagged) {
        count.fp++;
        note(label, `FP level-mismatch ${label.file} at ${level}`);
      } else if (expected) {
        count.fn++;
        note(label, `FN level-mismatch ${label.file} at ${level} (estimated ${result.level.estimated})`);
      }
    }
    // Title and coordination findings are about roles; a hands-on target runs both.
    const senior = await lint(core, rules, label.file, "senior");
    for (const [ruleId, expectedTitles] of [
      ["title-evidence-mismatch", label.titleMismatch],
      ["coordination-heavy", label.coordinationHeavy],
    ]) {
      const flagged = new Set(
        senior.messages.filter((message) => message.ruleId === ruleId).map((message) => roleTitle(message)),
      );
      const expected = new Set(expectedTitles);
      const count = counts[ruleId];
      for (const title of flagged) {
        if (expected.has(title)) count.tp++;
        else {
          count.fp++;
          note(label, `FP ${ruleId} ${label.file}: "${title}"`);
        }
      }
      for (const title of expected) {
        if (!flagged.has(title)) {
          count.fn++;
          note(label, `FN ${ruleId} ${label.file}: "${title}"`);
        }
      }
    }
  }
  // Role cases: one role each, labelled for the two role rules.
  const casesFile = join(corpus, "role-cases.json");
  const roleCounts = {
    dev: Object.fromEntries(LEVEL_RULES.slice(1).map((id) => [id, { tp: 0, fp: 0, fn: 0 }])),
    holdout: Object.fromEntries(LEVEL_RULES.slice(1).map((id) => [id, { tp: 0, fp: 0, fn: 0 }])),
  };
  if (existsSync(casesFile)) {
    const levelRules = rules.filter((rule) => LEVEL_RULES.includes(rule.meta.id));
    for (const roleCase of JSON.parse(readFileSync(casesFile, "utf8")).cases) {
      const source = [
        "## Experience",
        "",
        `### ${roleCase.title} — ${roleCase.organisation} (2021–2024)`,
        "",
        ...roleCase.bullets.map((bullet) => `- ${bullet}`),
        "",
      ].join("\n");
      const result = core.lintText(source, {
        level: "senior",
        rules: levelRules,
        vocabulary,
        filePath: `${roleCase.id}.md`,
      });
      for (const [ruleId, expected] of [
        ["title-evidence-mismatch", roleCase.titleMismatch],
        ["coordination-heavy", roleCase.coordinationHeavy],
      ]) {
        const flagged = result.messages.some((message) => message.ruleId === ruleId);
        const count = roleCounts[roleCase.set][ruleId];
        if (flagged && expected) count.tp++;
        else if (flagged) count.fp++;
        else if (expected) count.fn++;
        if (flagged !== expected)
          note(
            roleCase,
            `${flagged ? "FP" : "FN"} ${ruleId} role case ${roleCase.id} "${roleCase.title}": ${roleCase.bullets[0]}`,
          );
      }
    }
  }
  log("| resumes | labelled | estimate agrees |");
  log("| --- | ---: | ---: |");
  for (const set of ["dev", "holdout"]) log(`| ${set} | ${estimate[set][1]} | ${percent(...estimate[set])} |`);
  const all = [estimate.dev[0] + estimate.holdout[0], estimate.dev[1] + estimate.holdout[1]];
  log(`| **all** | ${all[1]} | ${percent(...all)} |`);
  log("\n| rule | TP | FP | FN | precision | recall |\n| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const id of LEVEL_RULES) {
    const { tp, fp, fn } = counts[id];
    log(`| ${id} | ${tp} | ${fp} | ${fn} | ${percent(tp, tp + fp)} | ${percent(tp, tp + fn)} |`);
  }
  log(
    "\n| role rule on role cases | set | TP | FP | FN | precision | recall |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const id of LEVEL_RULES.slice(1))
    for (const set of ["dev", "holdout"]) {
      const { tp, fp, fn } = roleCounts[set][id];
      log(`| ${id} | ${set} | ${tp} | ${fp} | ${fn} | ${percent(tp, tp + fp)} | ${percent(tp, tp + fn)} |`);
    }
  // Each new rule over everything it was judged on: the whole resumes and both sets of role cases.
  const combined = Object.fromEntries(
    LEVEL_RULES.map((id) => {
      const parts = [counts[id], roleCounts.dev[id], roleCounts.holdout[id]].filter(Boolean);
      const sum = (key) => parts.reduce((total, part) => total + part[key], 0);
      return [id, { tp: sum("tp"), fp: sum("fp"), fn: sum("fn") }];
    }),
  );
  log("\n| level rule, all cases | TP | FP | FN | precision | recall |\n| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const id of LEVEL_RULES) {
    const { tp, fp, fn } = combined[id];
    log(`| ${id} | ${tp} | ${fp} | ${fn} | ${percent(tp, tp + fp)} | ${percent(tp, tp + fn)} |`);
  }
  const postingRows = { dev: [0, 0], holdout: [0, 0] };
  for (const label of postings) {
    const reading = core.readPosting(readFileSync(join(corpus, label.file), "utf8"), vocabulary);
    const row = postingRows[label.set];
    row[1]++;
    if (reading.inferred === label.shape) row[0]++;
    else note(label, `posting ${label.file}: labelled ${label.shape}, inferred ${reading.inferred}`);
  }
  log("\n| postings | labelled | inference agrees |\n| --- | ---: | ---: |");
  for (const set of ["dev", "holdout"])
    log(`| own, ${set} | ${postingRows[set][1]} | ${percent(...postingRows[set])} |`);
  if (verbose) for (const miss of misses) log(`- ${miss}`);
  return { estimate, counts, roleCounts, combined, postingRows };
}

/** The posting inference on the real, level-masked postings in shared/realworld/postings. */
export async function evaluateRealPostings({ shared, verbose = false, log = console.log } = {}) {
  const folder = join(shared, "realworld", "postings");
  const labelsFile = join(root, "test/corpus/level-labels.json");
  if (!existsSync(folder) || !existsSync(labelsFile)) return null;
  const { core } = await load();
  const { postings } = JSON.parse(readFileSync(labelsFile, "utf8"));
  const shapes = ["mid", "senior", "staff", "tech-lead", "manager"];
  const rows = Object.fromEntries(shapes.map((shape) => [shape, [0, 0]]));
  // The postings' vocabulary was developed on every other file (sorted by name, from the first);
  // the rest are held out and their misses are not printed.
  const halves = { dev: [0, 0], holdout: [0, 0] };
  const names = readdirSync(folder)
    .filter((name) => name.endsWith(".txt"))
    .sort();
  const misses = [];
  for (const label of postings.filter((entry) => entry.agreed)) {
    const path = join(folder, label.file);
    if (!existsSync(path)) continue;
    const reading = core.readPosting(readFileSync(path, "utf8"), vocabulary);
    const half = names.indexOf(label.file) % 2 === 0 ? "dev" : "holdout";
    const right = reading.inferred === label.shape;
    rows[label.shape][1]++;
    halves[half][1]++;
    if (right) {
      rows[label.shape][0]++;
      halves[half][0]++;
    } else if (half === "dev" || process.argv.includes("--verbose-holdout"))
      misses.push(`${label.file}: labelled ${label.shape}, inferred ${reading.inferred}`);
  }
  log("| shape | postings | inference agrees |\n| --- | ---: | ---: |");
  for (const shape of shapes) log(`| ${shape} | ${rows[shape][1]} | ${percent(...rows[shape])} |`);
  const right = shapes.reduce((sum, shape) => sum + rows[shape][0], 0);
  const total = shapes.reduce((sum, shape) => sum + rows[shape][1], 0);
  log(`| **all** | ${total} | ${percent(right, total)} |`);
  log(`| of which developed on | ${halves.dev[1]} | ${percent(...halves.dev)} |`);
  log(`| of which held out | ${halves.holdout[1]} | ${percent(...halves.holdout)} |`);
  if (verbose) for (const miss of misses) log(`- ${miss}`);
  return { rows, right, total };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const verbose = process.argv.includes("--verbose");
  await evaluateLevelCorpus({ verbose });
  const shared = process.env.RESLINT_SHARED ?? join(root, "..", "shared");
  console.log("");
  await evaluateRealPostings({ shared, verbose });
}
