// Throughput of the linter, as ratios to a baseline measured in the same run. Run after building
// (`pnpm build`) with `pnpm bench`. It checks nothing and fails on nothing: it prints a table.
//
// Baseline: parsing the Markdown with unified + remark-parse alone (the parser core uses).
// Reader:   core `readResumeText` (parse + sections, roles, claims, sentence splitting).
// Analysis: reader + `analyseDocument` (every claim's signals).
// Level:    analysis + `readLevel` (each claim's evidence reading, lenses, rubric, estimate).
// Full:     core `lintText` at level "senior" with every built-in rule.
// Config:   the same lint through a resolved config, as the CLI and the server run it:
//           `lintResumeText(text, config)`, with a config file's level and two rule severities.
//
// Resumes are synthetic, built in memory from the templates below with a fixed seed, so every run
// measures the same text. Stages are timed round-robin (one pass of each per round) so that a
// noisy neighbour slows all of them alike; each figure is the median over the rounds.

import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const RESUMES = 50;
const ROLES_PER_RESUME = 4;
const BULLETS_PER_ROLE = 10;
const WARMUP_ROUNDS = 3;
const TIMED_ROUNDS = 11;

for (const built of ["packages/core/dist/index.js", "rules/dist/index.js"]) {
  if (!existsSync(join(root, built))) {
    console.error(`${built} is missing: build the workspace first (pnpm build).`);
    process.exit(1);
  }
}

// unified and remark-parse are dependencies of @reslint/core, not of the workspace root.
const coreRequire = createRequire(join(root, "packages/core/package.json"));
const importFromCore = async (specifier) => import(pathToFileURL(coreRequire.resolve(specifier)).href);
const { unified } = await importFromCore("unified");
const { default: remarkParse } = await importFromCore("remark-parse");
const {
  analyseDocument,
  fileLayers,
  isEvidenceClaim,
  lintResumeText,
  lintText,
  readLevel,
  readResumeText,
  resolveConfig,
} = await import("@reslint/core");
const { rules, vocabulary } = await import("@reslint/rules");

// --- Synthetic resumes ------------------------------------------------------------------------------

/** Small deterministic PRNG (mulberry32), so every run lints the same text. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slots = {
  svc: ["billing", "search", "checkout", "identity", "notifications", "payments", "ledger", "recommendations"],
  tech: ["Kafka", "PostgreSQL", "Kubernetes", "Go", "TypeScript", "Rust", "Terraform", "Redis", "gRPC", "Airflow"],
  team: ["platform", "payments", "growth", "data", "mobile", "SRE", "identity", "frontend"],
  n: ["3", "4", "5", "6", "8", "12", "14", "20", "40"],
  pct: ["12%", "18%", "25%", "30%", "40%", "60%", "75%"],
  ms: ["80ms", "120ms", "250ms", "400ms", "900ms"],
  money: ["$120k", "$400k", "$1.2M"],
};

const templates = [
  "Led the migration of the {svc} service from a monolith to {tech}, cutting deploy time by {pct}.",
  "Designed and built an event-driven {svc} pipeline on {tech} processing {n}M events per day.",
  "Reduced p99 latency of the {svc} API from {ms} to 60ms by adding a {tech} cache.",
  "Helped with the migration of the {svc} database to {tech}.",
  "Worked on the {svc} dashboard for the {team} team.",
  "Owned the on-call rotation for the {svc} service and ran {n} incident postmortems.",
  "Mentored {n} junior engineers, two of whom were promoted to mid-level.",
  "Drove adoption of {tech} across {n} teams in the engineering organisation.",
  "Wrote the RFC that standardised error handling across {n} backend services.",
  "Participated in the design of the new {svc} gateway.",
  "Improved the performance of the {svc} API.",
  "Built highly scalable, mission-critical microservices for a massive user base.",
  "Spearheaded the company-wide engineering strategy and digital transformation.",
  "Managed a team of {n} engineers and ran quarterly performance reviews.",
  "Automated the release process for the {team} team, saving {n} hours per week.",
  "Defined SLOs and alerting for {n} customer-facing services.",
  "Rate limiting: Built a token-bucket limiter in {tech} that absorbed Black Friday traffic.",
  "Successfully migrated {n} services from Java 8 to Java 17 with zero downtime.",
  "Cut cloud spend by {money} per year by rightsizing {tech} clusters.",
  "Partnered with product and design to define the {svc} roadmap.",
  "Responsible for the {svc} service and its dashboards.",
  "Introduced contract testing between the mobile apps and the {svc} backend.",
  "Established a weekly architecture review adopted by {n} product teams.",
  "Debugged a memory leak in the {svc} workers that caused nightly outages.",
  "Created a shared component library in {tech} now used by {n} applications.",
  "Assisted the {team} team with capacity planning for the {svc} cluster.",
  "Optimised {tech} queries, reducing page load time by {pct}.",
  "Co-designed the {svc} schema registry with the {team} team.",
  "Leveraged 10+ years of experience to deliver cutting-edge solutions.",
  "Implemented feature flags for the {svc} service using {tech}.",
  "Shipped the first version of the {svc} flow in {n} weeks, lifting conversion by {pct}.",
  "I led the redesign of the {svc} onboarding flow, increasing activation by {pct}.",
  "Contributed to sprint planning and closed {n} tickets per sprint on the {team} backlog.",
  "Championed accessibility standards across the {team} organisation.",
  "Rewrote the {svc} importer in {tech}, making it {n}x faster.",
  "Tech lead for the {svc} platform ({n} engineers).",
];

const titles = ["Senior Software Engineer", "Software Engineer", "Staff Engineer", "Backend Engineer"];
const companies = ["Acme Corp", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries", "Wayne Enterprises"];

function fill(template, random) {
  return template.replace(/\{(\w+)\}/g, (_, slot) => {
    const choices = slots[slot];
    return choices[Math.floor(random() * choices.length)];
  });
}

function makeResume(index, random) {
  const lines = [`# Candidate ${index + 1}`, "", "## Summary", ""];
  lines.push("Backend engineer focused on reliable, observable distributed systems.", "", "## Experience", "");
  for (let role = 0; role < ROLES_PER_RESUME; role++) {
    const start = 2023 - 2 * (role + 1);
    const title = titles[(index + role) % titles.length];
    const company = companies[(index * 3 + role) % companies.length];
    lines.push(`### ${title} — ${company} (${start}–${start + 2})`, "");
    for (let bullet = 0; bullet < BULLETS_PER_ROLE; bullet++) {
      lines.push(`- ${fill(templates[Math.floor(random() * templates.length)], random)}`);
    }
    lines.push("");
  }
  lines.push("## Skills", "", "TypeScript, Go, Rust, PostgreSQL, Kafka, Kubernetes, Terraform", "");
  lines.push("## Education", "", "BSc Computer Science — University of Somewhere (2011–2015)", "");
  return lines.join("\n");
}

// What a config file would hold; the same severities the rules default to, so both full lints find the same.
const configFile = {
  file: join(root, ".reslintrc.yaml"),
  settings: { level: "senior", rules: { "inflated-scope": "error", "weak-ownership-verb": "warn" } },
};
const configFor = (path) => resolveConfig({ filePath: path, layers: fileLayers(configFile, path), rules, vocabulary });

const random = prng(20240607);
const resumes = Array.from({ length: RESUMES }, (_, index) => makeResume(index, random));
const bullets = RESUMES * ROLES_PER_RESUME * BULLETS_PER_ROLE;
const claims = resumes.reduce((sum, text) => sum + readResumeText(text, { vocabulary }).claims.length, 0);
const findings = resumes.reduce(
  (sum, text) => sum + lintText(text, { level: "senior", rules, vocabulary }).messages.length,
  0,
);

// --- Stages -----------------------------------------------------------------------------------------

const parser = unified().use(remarkParse);
let sink = 0;
const stages = [
  { name: "baseline: unified + remark-parse `parse`", run: (text) => parser.parse(text).children.length },
  { name: "reader: `readResumeText`", run: (text) => readResumeText(text, { vocabulary }).claims.length },
  {
    name: "reader + `analyseDocument`",
    run: (text) => analyseDocument(readResumeText(text, { vocabulary }), vocabulary).length,
  },
  {
    name: "analysis + `readLevel` (level model)",
    run: (text) => {
      const document = readResumeText(text, { vocabulary });
      return readLevel(document, analyseDocument(document, vocabulary).filter(isEvidenceClaim), "senior").claims.length;
    },
  },
  {
    name: "full lint: `lintText` (senior, all rules)",
    run: (text) => lintText(text, { level: "senior", rules, vocabulary }).messages.length,
  },
  {
    name: "full lint through a resolved config: `lintResumeText` (senior, all rules)",
    // The config is resolved once; what resolving costs per file is measured below, on its own.
    run: (text) => lintResumeText(text, resolvedConfig).result.messages.length,
  },
];

const resolvedConfig = await configFor(join(root, "resume.md"));
const configured = resumes.reduce((sum, text) => sum + lintResumeText(text, resolvedConfig).result.messages.length, 0);
if (configured !== findings) throw new Error(`the config path found ${configured} findings, lintText ${findings}`);

function pass(stage) {
  const start = performance.now();
  for (const text of resumes) sink += stage.run(text);
  return performance.now() - start;
}

for (let round = 0; round < WARMUP_ROUNDS; round++) for (const stage of stages) pass(stage);
const samples = stages.map(() => []);
for (let round = 0; round < TIMED_ROUNDS; round++) {
  // Rotate the order each round so no stage always runs right after the same neighbour.
  for (let offset = 0; offset < stages.length; offset++) {
    const index = (round + offset) % stages.length;
    samples[index].push(pass(stages[index]));
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// --- Report -----------------------------------------------------------------------------------------

const medians = samples.map(median);
const baseline = medians[0];
const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(`# reslint throughput (Node ${process.version}, ${process.platform}/${process.arch}, ${cpu})\n`);
console.log(
  `${RESUMES} synthetic resumes × ${bullets / RESUMES} bullets (${claims} claims as read by core, ${findings} findings at senior). ` +
    `Median of ${TIMED_ROUNDS} round-robin rounds after ${WARMUP_ROUNDS} warm-up rounds.\n`,
);
console.log("| stage | ms per resume | µs per claim | ratio to baseline |");
console.log("| --- | ---: | ---: | ---: |");
stages.forEach((stage, index) => {
  const total = medians[index];
  const perResume = total / RESUMES;
  const perClaim = (total * 1000) / claims;
  console.log(
    `| ${stage.name} | ${perResume.toFixed(3)} | ${perClaim.toFixed(1)} | ${(total / baseline).toFixed(2)}× |`,
  );
});

// Resolving a config for a file (defaults, the config file, its overrides, flags), as the CLI does per file.
const RESOLVES = 2000;
const resolveStart = performance.now();
for (let index = 0; index < RESOLVES; index++) sink += (await configFor(join(root, `cv-${index}.md`))).rules.size;
const resolveMicros = ((performance.now() - resolveStart) * 1000) / RESOLVES;
console.log(`\nResolving a file's config (defaults, a config file, flags): ${resolveMicros.toFixed(1)} µs per file.`);
if (sink < 0) console.log(sink); // keeps the work observable so it cannot be optimised away

// --- Formats ------------------------------------------------------------------------------------------
// The same resumes as Markdown, Word and PDF (the project's fixtures, rendered by pandoc, LibreOffice,
// pdflatex and Chromium), read from disk; each format's time is a ratio to reading the Markdown.

const { readResumeFile } = await import("@reslint/core");
const fixtures = join(root, "test/fixtures/shared");
const formats = [
  ["Markdown", (name) => join(fixtures, "src", `${name}.md`)],
  ["DOCX", (name) => join(fixtures, `${name}.docx`)],
  ["PDF", (name) => join(fixtures, `${name}.pdf`)],
];
const names = ["alice-senior", "bob-staff-claims", "carmen-techlead"];

async function readAll(pathOf) {
  const start = performance.now();
  for (const name of names) sink += (await readResumeFile(pathOf(name), { vocabulary })).document.claims.length;
  return performance.now() - start;
}

// The first PDF and DOCX reads load pdf.js and mammoth; that one-off cost is reported on its own.
const firstRead = [];
for (const [, pathOf] of formats) firstRead.push(await readAll(pathOf));
const formatSamples = formats.map(() => []);
for (let round = 0; round < TIMED_ROUNDS; round++) {
  for (let offset = 0; offset < formats.length; offset++) {
    const index = (round + offset) % formats.length;
    formatSamples[index].push(await readAll(formats[index][1]));
  }
}
const formatMedians = formatSamples.map(median);
console.log(`\nReading ${names.length} fixture resumes from disk, per format (median of ${TIMED_ROUNDS} rounds):\n`);
console.log("| format | ms per resume | first read incl. loading the reader (ms) | ratio to Markdown |");
console.log("| --- | ---: | ---: | ---: |");
formats.forEach(([label], index) => {
  console.log(
    `| ${label} | ${(formatMedians[index] / names.length).toFixed(2)} | ${firstRead[index].toFixed(0)} | ${(formatMedians[index] / formatMedians[0]).toFixed(1)}× |`,
  );
});
if (sink < 0) console.log(sink);

// The editor's view: re-lint after a keystroke, in its own process so its GC figures are its own.
{
  const { spawnSync } = await import("node:child_process");
  console.log("");
  const run = spawnSync(process.execPath, ["--expose-gc", join(root, "bench/editor-relint.mjs")], {
    stdio: "inherit",
  });
  if (run.status !== 0) console.log("bench/editor-relint.mjs failed; run it on its own to see why.");
}
