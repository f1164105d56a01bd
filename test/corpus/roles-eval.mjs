#!/usr/bin/env node
// How well the readers read roles on the published resumes in shared/realworld, against the roles
// a careful reader wrote down in realworld-roles.json (our reading; the resumes stay in shared/).
//
//   node test/corpus/roles-eval.mjs [--verbose]     per-file figures, then the totals
//
// Truth roles and read roles are aligned in reading order (a longest common subsequence over
// "same role" pairs: the same title or the same organisation, or the same dates). Then:
//   - title and organisation right: both fields equal, compared loosely (case, punctuation, spacing);
//   - dates right: start and end equal, with present/current/now/… as one word;
//   - not a role: read roles aligned with no truth role, as a share of the roles read.
// The shared folder is found beside the repository, or at $RESLINT_SHARED. Prints figures only.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const truthFile = join(here, "realworld-roles.json");

const loose = (text) =>
  (text ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&+#]+/gu, " ")
    .trim();
const PRESENT = /^(?:present|current|currently|now|today|ongoing|date|till date|to date)$/;
const looseDate = (text) => {
  const value = loose(text);
  return PRESENT.test(value) ? "present" : value;
};

const sameText = (a, b) => loose(a) === loose(b);
const sameDates = (truth, read) =>
  looseDate(truth.start) === looseDate(read.start) && looseDate(truth.end) === looseDate(read.end);
const words = (text) => new Set(loose(text).split(" ").filter(Boolean));
function overlap(a, b) {
  const left = words(a);
  const right = words(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / Math.min(left.size, right.size);
}
/** Whether a read role is the reader's version of a truth role, right or wrong in its fields. */
function sameRole(truth, read) {
  const truthText = `${truth.title ?? ""} ${truth.organisation ?? ""}`;
  const readText = `${read.title ?? ""} ${read.organisation ?? ""} ${read.location ?? ""}`;
  return overlap(truthText, readText) >= 0.5 || (truth.start !== null && sameDates(truth, read));
}

function align(truth, read) {
  const table = Array.from({ length: truth.length + 1 }, () => new Array(read.length + 1).fill(0));
  for (let i = truth.length - 1; i >= 0; i--)
    for (let j = read.length - 1; j >= 0; j--)
      table[i][j] = sameRole(truth[i], read[j]) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const pairs = [];
  let i = 0;
  let j = 0;
  while (i < truth.length && j < read.length) {
    if (sameRole(truth[i], read[j]) && table[i][j] === table[i + 1][j + 1] + 1) pairs.push([i++, j++]);
    else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

export async function evaluateRoles({ shared, verbose = false, log = console.log } = {}) {
  const realworld = join(shared, "realworld");
  if (!existsSync(realworld)) return null;
  const { readResumeFile } = await import(pathToFileURL(join(root, "packages/core/dist/read/index.js")).href);
  const { vocabulary } = await import(pathToFileURL(join(root, "rules/dist/index.js")).href);
  const truth = JSON.parse(readFileSync(truthFile, "utf8"));
  const totals = { roles: 0, read: 0, names: 0, dates: 0, spurious: 0, files: 0 };
  const rows = [];
  for (const entry of truth.files) {
    const file = join(realworld, entry.file);
    if (!existsSync(file)) continue;
    let roles;
    try {
      roles = (await readResumeFile(file, { vocabulary })).document.roles;
    } catch (error) {
      rows.push({ file: entry.file, error: error.message });
      continue;
    }
    const pairs = align(entry.roles, roles);
    const matched = new Set(pairs.map(([, j]) => j));
    const row = { file: entry.file, roles: entry.roles.length, read: roles.length, names: 0, dates: 0, notes: [] };
    for (const [i, j] of pairs) {
      const want = entry.roles[i];
      const got = roles[j];
      const names = sameText(want.title, got.title) && sameText(want.organisation, got.organisation);
      const dates = sameDates(want, got);
      if (names) row.names++;
      if (dates) row.dates++;
      if (!names || !dates)
        row.notes.push(
          `  wrong: ${JSON.stringify([want.title, want.organisation, want.start, want.end])}\n     read ${JSON.stringify([got.title, got.organisation, got.start, got.end])}`,
        );
    }
    const alignedTruth = new Set(pairs.map(([i]) => i));
    entry.roles.forEach((role, i) => {
      if (!alignedTruth.has(i))
        row.notes.push(`  missed: ${JSON.stringify([role.title, role.organisation, role.start, role.end])}`);
    });
    roles.forEach((role, j) => {
      if (!matched.has(j))
        row.notes.push(`  not a role: ${JSON.stringify([role.title, role.organisation, role.start, role.end])}`);
    });
    row.spurious = roles.length - matched.size;
    totals.files++;
    totals.roles += row.roles;
    totals.read += row.read;
    totals.names += row.names;
    totals.dates += row.dates;
    totals.spurious += row.spurious;
    rows.push(row);
  }
  const pad = (value, width) => String(value).padEnd(width);
  log(`${pad("file", 40)}${pad("roles", 7)}${pad("read", 6)}${pad("names", 7)}${pad("dates", 7)}not a role`);
  for (const row of rows) {
    if (row.error) {
      log(`${pad(row.file, 40)}error: ${row.error}`);
      continue;
    }
    log(
      `${pad(row.file, 40)}${pad(row.roles, 7)}${pad(row.read, 6)}${pad(row.names, 7)}${pad(row.dates, 7)}${row.spurious}`,
    );
    if (verbose && row.notes.length > 0) log(row.notes.join("\n"));
  }
  const percent = (a, b) => (b === 0 ? "–" : `${((100 * a) / b).toFixed(1)}%`);
  const summary = {
    files: totals.files,
    roles: totals.roles,
    read: totals.read,
    namesRight: totals.names,
    datesRight: totals.dates,
    notRoles: totals.spurious,
  };
  log(
    `\nroles in ${totals.files} files: title and organisation right ${totals.names}/${totals.roles} (${percent(totals.names, totals.roles)}), dates right ${totals.dates}/${totals.roles} (${percent(totals.dates, totals.roles)}), read as a role but not one ${totals.spurious}/${totals.read} (${percent(totals.spurious, totals.read)})`,
  );
  return summary;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const shared = process.env.RESLINT_SHARED ?? join(root, "..", "shared");
  const result = await evaluateRoles({ shared, verbose: process.argv.includes("--verbose") });
  if (result === null)
    console.log(`No shared resumes at ${shared}; set RESLINT_SHARED to the folder that holds realworld/.`);
}
