/**
 * Suppressions end to end through the CLI: disable comments in Markdown and text resumes (what
 * they turn off, where the rest still points, messages about the comments themselves), and the
 * baseline written by --suppress-all.
 */
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliIo, run } from "../../packages/cli/src/cli.js";

interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
}
interface JsonResult {
  messages: JsonMessage[];
  suppressedMessages?: (JsonMessage & { suppressions: { kind: string; justification: string }[] })[];
}

const RESUME = [
  "# Sam Lee",
  "",
  "## Experience",
  "",
  "### Senior Engineer, Acme (2019–2024)",
  "",
  "<!-- reslint-disable-next-line weak-ownership-verb -- a shared project -->",
  "- Helped with the migration of billing to Kafka",
  "- Worked on the search API <!-- reslint-disable-line weak-ownershp-verb -->",
  "- Owned the ledger service and its on-call rota <!-- reslint-disable-line tenure-as-evidence -->",
  "",
].join("\n");

let work = "";
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "reslint-disable-"));
  writeFileSync(join(work, "sam-resume.md"), RESUME);
  writeFileSync(join(work, "sam-resume.txt"), RESUME);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs reslint in `cwd`; with `configFiles` false (the default) it is told to use no config file. */
async function reslint(argv: string[], cwd = work, configFiles = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (chunk: string) => out.push(chunk) },
    stderr: { write: (chunk: string) => err.push(chunk) },
    cwd,
    isTTY: false,
    env: {},
  };
  const status = await run(configFiles ? argv : [...argv, "--no-config"], io);
  return { status, stdout: out.join(""), stderr: err.join("") };
}

async function lintJson(argv: string[], cwd = work, configFiles = false) {
  const { status, stdout } = await reslint([...argv, "--format", "json"], cwd, configFiles);
  return { status, results: JSON.parse(stdout) as JsonResult[] };
}

const claimRows = (messages: readonly JsonMessage[]) =>
  messages.filter((message) => message.line > 1).map((message) => [message.ruleId, message.line, message.column]);

describe("disable comments", () => {
  for (const name of ["sam-resume.md", "sam-resume.txt"]) {
    it(`turn off what they name in ${name}, and say when a comment names no rule`, async () => {
      const { results } = await lintJson([name]);
      const [result] = results;
      expect(claimRows(result?.messages ?? [])).toEqual([
        ["weak-ownership-verb", 9, 3],
        [null, 9, 28],
      ]);
      expect(result?.messages.find((message) => message.ruleId === null)?.message).toBe(
        'reslint-disable-line names "weak-ownershp-verb", which is not a rule; did you mean "weak-ownership-verb"?',
      );
      expect(
        result?.suppressedMessages?.map((message) => [message.ruleId, message.line, message.suppressions]),
      ).toEqual([["weak-ownership-verb", 8, [{ kind: "directive", justification: "a shared project" }]]]);
    });
  }

  it("reports comments that turn nothing off as errors with --report-unused-disable-directives", async () => {
    const { status, results } = await lintJson(["sam-resume.md", "--report-unused-disable-directives"]);
    expect(status).toBe(1);
    expect(results[0]?.messages.filter((message) => message.severity === 2)).toEqual([
      expect.objectContaining({
        ruleId: null,
        line: 10,
        column: 49,
        message:
          'Unused reslint disable comment: "tenure-as-evidence" reported nothing here; remove it from the comment.',
      }),
    ]);
  });
});

describe("the baseline", () => {
  it("holds every finding after --suppress-all, so later runs report only new ones", async () => {
    const folder = mkdtempSync(join(tmpdir(), "reslint-baseline-"));
    try {
      writeFileSync(join(folder, "sam-resume.md"), RESUME);
      const before = (await lintJson(["sam-resume.md"], folder)).results[0]?.messages.filter((m) => m.ruleId) ?? [];
      const written = await reslint(["sam-resume.md", "--suppress-all"], folder);
      expect(written.status).toBe(0);
      expect(written.stdout).toBe(
        `reslint: wrote reslint-suppressions.json with ${before.length} findings from 1 file; later runs report only findings that are not in it.\n`,
      );
      const baseline = JSON.parse(readFileSync(join(folder, "reslint-suppressions.json"), "utf8"));
      expect(baseline.suppressions[0]).toMatchObject({
        file: "sam-resume.md",
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      });

      // The old bullets re-flowed onto two lines and a new weak one added: only the new one is reported.
      const edited = RESUME.replace("- Worked on the search API", "- Worked on the\n  search API");
      writeFileSync(join(folder, "sam-resume.md"), `${edited}- Worked on the payments API\n`);
      const after = (await lintJson(["sam-resume.md"], folder)).results[0];
      expect(after?.messages.filter((m) => m.ruleId).map((m) => [m.ruleId, m.line])).toEqual([
        ["weak-ownership-verb", 12],
      ]);
      expect(after?.suppressedMessages?.filter((m) => m.suppressions[0]?.kind === "baseline")).toHaveLength(
        before.length,
      );

      writeFileSync(join(folder, "sam-resume.md"), "# Sam Lee\n\n## Experience\n\n- Owned the ledger service\n");
      const pruned = await reslint(["sam-resume.md", "--prune-suppressions"], folder);
      expect(pruned.stdout).toMatch(
        /^reslint: reslint-suppressions.json now holds \d+ findings \(\d+ no longer found were dropped\)\.\n$/,
      );
      const left = JSON.parse(readFileSync(join(folder, "reslint-suppressions.json"), "utf8")).suppressions;
      expect(left.length).toBeLessThan(baseline.suppressions.length);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("says what to do with a broken baseline, exit 2, and refuses to prune without one", async () => {
    const folder = mkdtempSync(join(tmpdir(), "reslint-baseline-"));
    try {
      writeFileSync(join(folder, "sam-resume.md"), RESUME);
      const missing = await reslint(["sam-resume.md", "--prune-suppressions"], folder);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain(
        "There is no reslint-suppressions.json here to prune; run reslint --suppress-all first.",
      );
      expect(existsSync(join(folder, "reslint-suppressions.json"))).toBe(false);
      appendFileSync(join(folder, "reslint-suppressions.json"), "{");
      const broken = await reslint(["sam-resume.md"], folder);
      expect(broken.status).toBe(2);
      expect(broken.stderr).toContain(
        "reslint-suppressions.json is not valid JSON; fix it, or delete it and run reslint --suppress-all to write a new one.",
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("the baseline across runs", () => {
  const entriesOf = (folder: string) =>
    (JSON.parse(readFileSync(join(folder, "reslint-suppressions.json"), "utf8")).suppressions as { file: string }[])
      .map((entry) => entry.file)
      .filter((file, index, all) => all.indexOf(file) === index);

  it("keeps the entries of files not linted, names a file one way however it is given, and prunes deleted files", async () => {
    const folder = mkdtempSync(join(tmpdir(), "reslint-baseline-"));
    try {
      mkdirSync(join(folder, "cv"));
      writeFileSync(join(folder, "cv/sam.md"), RESUME);
      writeFileSync(join(folder, "cv/kim.md"), RESUME.replace("Sam Lee", "Kim Park"));
      expect((await reslint(["cv", "--suppress-all"], folder)).status).toBe(0);
      expect(entriesOf(folder)).toEqual(["cv/kim.md", "cv/sam.md"]);

      const one = await reslint(["./cv/sam.md", "--suppress-all"], folder);
      expect(one.stdout).toMatch(
        /^reslint: wrote reslint-suppressions\.json with \d+ findings from 1 file, and kept \d+ for files not linted this run;/,
      );
      expect(entriesOf(folder)).toEqual(["cv/kim.md", "cv/sam.md"]);
      for (const given of ["cv/sam.md", "./cv/sam.md", join(folder, "cv/sam.md")])
        expect((await lintJson([given], folder)).results[0]?.messages.filter((m) => m.ruleId)).toEqual([]);

      writeFileSync(join(folder, ".reslintrc.yaml"), "level: nope\n");
      const broken = await reslint(["cv", "--suppress-all"], folder, true);
      expect(broken.status).toBe(2);
      expect(broken.stderr).toMatch(
        /^reslint: cv\/kim\.md was not linted, so its baseline entries are kept as they were: \.reslintrc\.yaml: level must be/,
      );
      expect(entriesOf(folder)).toEqual(["cv/kim.md", "cv/sam.md"]);
      rmSync(join(folder, ".reslintrc.yaml"));

      rmSync(join(folder, "cv/kim.md"));
      await reslint(["cv", "--prune-suppressions"], folder);
      expect(entriesOf(folder)).toEqual(["cv/sam.md"]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("prints the results as the next run will show them with --format json, the note on stderr", async () => {
    const folder = mkdtempSync(join(tmpdir(), "reslint-baseline-"));
    try {
      writeFileSync(join(folder, "sam-resume.md"), RESUME);
      const { status, stdout, stderr } = await reslint(["sam-resume.md", "--suppress-all", "--format", "json"], folder);
      expect(status).toBe(0);
      expect(stderr).toMatch(/^reslint: wrote reslint-suppressions\.json with \d+ findings from 1 file;/);
      const [result] = JSON.parse(stdout) as JsonResult[];
      expect(result?.messages.filter((message) => message.ruleId)).toEqual([]);
      expect(result?.suppressedMessages?.some((message) => message.suppressions[0]?.kind === "baseline")).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("says in one sentence when the baseline is a folder, exit 2", async () => {
    const folder = mkdtempSync(join(tmpdir(), "reslint-baseline-"));
    try {
      writeFileSync(join(folder, "sam-resume.md"), RESUME);
      mkdirSync(join(folder, "reslint-suppressions.json"));
      for (const argv of [["sam-resume.md"], ["sam-resume.md", "--suppress-all"]]) {
        const { status, stderr } = await reslint(argv, folder);
        expect(status).toBe(2);
        expect(stderr).toBe(
          "reslint: reslint-suppressions.json cannot be read (it is a folder); move it out of the way, or run reslint from another folder.\n",
        );
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("accepted findings in the config", () => {
  it("take a Word resume's finding out by rule and claim words, with the reason", async () => {
    const folder = mkdtempSync(join(tmpdir(), "reslint-accept-"));
    try {
      copyFileSync(new URL("../fixtures/docx/resume.docx", import.meta.url), join(folder, "morgan-resume.docx"));
      writeFileSync(
        join(folder, ".reslintrc.yaml"),
        "accept:\n  - rule: weak-ownership-verb\n    claim: the migration to kubernetes\n    reason: a shared platform project\n",
      );
      const { results } = await lintJson(["morgan-resume.docx"], folder, true);
      expect(results[0]?.messages.map((message) => message.ruleId)).not.toContain("weak-ownership-verb");
      expect(results[0]?.suppressedMessages?.map((message) => [message.ruleId, message.suppressions])).toEqual([
        ["weak-ownership-verb", [{ kind: "accept", justification: "a shared platform project" }]],
      ]);

      writeFileSync(join(folder, ".reslintrc.yaml"), "accept:\n  - rule: weak-ownership-verbs\n    claim: x\n");
      const broken = await reslint(["morgan-resume.docx"], folder, true);
      expect(broken.status).toBe(2);
      expect(broken.stdout).toContain(
        '.reslintrc.yaml: accept[0].rule must be a rule id (run reslint --list-rules to see them); "weak-ownership-verbs" is not one; did you mean "weak-ownership-verb"?',
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
