/**
 * Config files through the CLI, in process with `run()` and a memory CliIo: discovery from each
 * file's folder, each file kind, --config and --no-config, overrides, ignorePatterns, bad configs
 * (one sentence each, exit 2, the other files still linted), --print-config and --init.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliIo, run } from "../../packages/cli/src/cli.js";

const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; severity: 1 | 2; message: string; fatal?: true }[];
  errorCount: number;
  warningCount: number;
  level: { target: string; posting?: { inferred: string } };
}

let work = "";

/** Writes `text` (or copies the fixture `from:NAME`) to a path under the scratch folder. */
function put(path: string, text: string): string {
  const target = join(work, path);
  mkdirSync(dirname(target), { recursive: true });
  if (text.startsWith("from:")) copyFileSync(join(fixtures, text.slice(5)), target);
  else writeFileSync(target, text);
  return target;
}

function memoryIo(overrides: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (chunk: string) => out.push(chunk) },
    stderr: { write: (chunk: string) => err.push(chunk) },
    cwd: work,
    isTTY: false,
    env: {},
    ...overrides,
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

async function reslint(argv: string[], overrides: Partial<CliIo> = {}) {
  const { io, stdout, stderr } = memoryIo(overrides);
  const status = await run(argv, io);
  return { status, stdout: stdout(), stderr: stderr() };
}

async function lintJson(argv: string[], cwd = work) {
  const { status, stdout, stderr } = await reslint([...argv, "--format", "json"], { cwd });
  return { status, stderr, results: JSON.parse(stdout) as JsonResult[] };
}

const rules = (result: JsonResult | undefined) =>
  (result?.messages ?? []).map((message) => `${message.ruleId}:${message.severity}`);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "reslint-config-"));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("config files found from each file's folder upwards", () => {
  it.each([
    [".reslintrc.yaml", "level: mid\nrules:\n  weak-ownership-verb: error\n  unquantified-impact: off\n"],
    [".reslintrc.yml", "level: mid\nrules: { weak-ownership-verb: error, unquantified-impact: 'off' }\n"],
    [
      ".reslintrc.json",
      '{ "level": "mid", "rules": { "weak-ownership-verb": "error", "unquantified-impact": "off" } }',
    ],
    [
      "reslint.config.mjs",
      'export default { level: "mid", rules: { "weak-ownership-verb": "error", "unquantified-impact": "off" } };',
    ],
    [
      "package.json",
      '{ "name": "cv", "reslint": { "level": "mid", "rules": { "weak-ownership-verb": "error", "unquantified-impact": "off" } } }',
    ],
  ])("applies %s: level, a rule turned up and a rule turned off", async (name, text) => {
    put(`kinds/${name}/${name}`, text);
    put(`kinds/${name}/cv/resume.md`, "from:warnings.md");
    const { status, results } = await lintJson([`kinds/${name}/cv/resume.md`]);
    expect(results[0]?.level.target).toBe("mid");
    expect(rules(results[0])).toContain("weak-ownership-verb:2");
    expect(rules(results[0])).not.toContain("unquantified-impact:1");
    expect(status).toBe(1);
  });

  it("uses the nearest config for each file, and flags on top of it", async () => {
    put("tree/.reslintrc.yaml", "level: staff\n");
    put("tree/team/.reslintrc.json", '{ "level": "manager" }');
    put("tree/a.md", "from:warnings.md");
    put("tree/team/b.md", "from:warnings.md");
    const { results } = await lintJson(["tree"]);
    expect(results.map((result) => [result.filePath, result.level.target])).toEqual([
      ["tree/a.md", "staff"],
      ["tree/team/b.md", "manager"],
    ]);
    const flagged = await lintJson(["tree", "--level", "mid"]);
    expect(flagged.results.map((result) => result.level.target)).toEqual(["mid", "mid"]);
  });

  it("lets --config name one file for every resume, and --no-config use none", async () => {
    put("choose/.reslintrc.yaml", "level: staff\n");
    put("choose/resume.md", "from:warnings.md");
    put("shared/team.yaml", "level: manager\nrules:\n  weak-ownership-verb: off\n");
    const named = await lintJson(["choose/resume.md", "--config", "shared/team.yaml"]);
    expect(named.results[0]?.level.target).toBe("manager");
    expect(rules(named.results[0])).not.toContain("weak-ownership-verb:1");
    const none = await lintJson(["choose/resume.md", "--no-config"]);
    expect(none.results[0]?.level.target).toBe("senior");
    expect(rules(none.results[0])).toContain("weak-ownership-verb:1");
  });

  it("applies overrides whose globs match, later ones winning", async () => {
    put(
      "over/.reslintrc.yaml",
      [
        "level: senior",
        "overrides:",
        "  - files: ['managers/**']",
        "    level: manager",
        "    rules: { weak-ownership-verb: error }",
        "  - files: ['*-draft.md']",
        "    rules: { weak-ownership-verb: off }",
        "",
      ].join("\n"),
    );
    put("over/managers/ana.md", "from:warnings.md");
    put("over/managers/ana-draft.md", "from:warnings.md");
    put("over/engineers/bo.md", "from:warnings.md");
    const { results } = await lintJson(["over"]);
    const byPath = Object.fromEntries(results.map((result) => [result.filePath, result]));
    expect(byPath["over/managers/ana.md"]?.level.target).toBe("manager");
    expect(rules(byPath["over/managers/ana.md"])).toContain("weak-ownership-verb:2");
    expect(rules(byPath["over/managers/ana-draft.md"])).not.toContain("weak-ownership-verb:2");
    expect(byPath["over/engineers/bo.md"]?.level.target).toBe("senior");
    expect(rules(byPath["over/engineers/bo.md"])).toContain("weak-ownership-verb:1");
  });

  it("skips what ignorePatterns name: quietly in a folder, with a note for a file named", async () => {
    put("ignore/.reslintrc.yaml", "ignorePatterns: ['drafts', '*.old.md']\n");
    put("ignore/resume.md", "from:strong.md");
    put("ignore/resume.old.md", "from:findings.md");
    put("ignore/drafts/next.md", "from:findings.md");
    const folder = await lintJson(["ignore"]);
    expect(folder.results.map((result) => result.filePath)).toEqual(["ignore/resume.md"]);
    expect(folder.stderr).toBe("");
    const named = await lintJson(["ignore/resume.old.md", "ignore/resume.md"]);
    expect(named.results.map((result) => result.filePath)).toEqual(["ignore/resume.md"]);
    expect(named.stderr).toBe(
      "reslint: skipped ignore/resume.old.md: it matches ignorePatterns in ignore/.reslintrc.yaml.\n",
    );
    expect(named.status).toBe(0);
  });

  it("reads a posting named in the config, relative to the config file", async () => {
    put("posting/jobs/staff.md", "from:staff-posting.md");
    put("posting/.reslintrc.yaml", "posting: jobs/staff.md\n");
    put("posting/cv/resume.md", "from:strong.md");
    const { results } = await lintJson(["posting/cv/resume.md"]);
    expect(results[0]?.level.target).toBe("staff");
    expect(results[0]?.level.posting?.inferred).toBe("staff");
  });
});

describe("bad config files", () => {
  it.each([
    [
      "invalid YAML",
      ".reslintrc.yaml",
      "level: staff\nrules: [warn\n",
      /^this is not valid YAML at line \d+, column \d+ \(.+\); fix the syntax and run reslint again\.$/,
    ],
    [
      "a wrong type",
      ".reslintrc.json",
      '{ "ignorePatterns": "drafts" }',
      /^ignorePatterns must be a list of globs, relative to this file, such as \["drafts\/\*\*"\]; "drafts" is not one\.$/,
    ],
    ["an unknown key", ".reslintrc.yaml", "levle: staff\n", /^"levle" is not a setting; did you mean "level"\?$/],
    [
      "an unknown rule id",
      ".reslintrc.json",
      '{ "rules": { "weak-ownership-verbs": "warn" } }',
      /^rules\["weak-ownership-verbs"\] is not a rule; did you mean "weak-ownership-verb"\?$/,
    ],
    [
      "a bad severity",
      ".reslintrc.yaml",
      "rules:\n  inflated-scope: warning\n",
      /^rules\["inflated-scope"\] must be "off", "warn" or "error", or \[severity, \{ options \}\]; "warning" is not one; did you mean "warn"\?$/,
    ],
  ])(
    "%s: one fatal sentence for the files beneath it, the others still linted, exit 2",
    async (kind, name, text, problem) => {
      const folder = `bad/${kind.replace(/\W/g, "-")}`;
      put(`${folder}/${name}`, text);
      put(`${folder}/resume.md`, "from:warnings.md");
      put(`${folder}-ok/resume.md`, "from:strong.md");
      const { status, stderr, results } = await lintJson([`${folder}/resume.md`, `${folder}-ok/resume.md`]);
      expect(status).toBe(2);
      expect(stderr).toBe("");
      expect(results[0]?.messages).toHaveLength(1);
      const [message] = results[0]?.messages ?? [];
      expect(message).toMatchObject({ fatal: true, ruleId: null, severity: 2 });
      const prefix = `${folder}/${name}: `;
      expect(message?.message.startsWith(prefix)).toBe(true);
      expect(message?.message.slice(prefix.length)).toMatch(problem);
      expect(results[1]?.errorCount).toBe(0);
    },
  );

  it("stops the run when the --config file cannot be used: its sentences on stderr, exit 2", async () => {
    put("broken/team.yaml", "level: lead\nbogus: 1\n");
    expect(await reslint(["from-nowhere.md", "--config", "broken/team.yaml"])).toEqual({
      status: 2,
      stdout: "",
      stderr:
        'reslint: broken/team.yaml: level must be one of mid, senior, staff, tech-lead, manager; "lead" is not one.\n' +
        'reslint: broken/team.yaml: "bogus" is not a setting; reslint reads level, posting, rules, packs, ignorePatterns, accept, overrides and limits.\n',
    });
    expect(await reslint(["x.md", "--config", "broken/missing.yaml"])).toEqual({
      status: 2,
      stdout: "",
      stderr: "reslint: broken/missing.yaml: this config file does not exist; check the path.\n",
    });
  });

  it("makes a posting the config names but that cannot be read a fatal result for its files", async () => {
    put("lost/.reslintrc.yaml", "posting: nowhere.md\n");
    put("lost/resume.md", "from:strong.md");
    const { status, results } = await lintJson(["lost/resume.md"]);
    expect(status).toBe(2);
    expect(results[0]?.messages[0]?.message).toBe(
      "The posting lost/nowhere.md (set in lost/.reslintrc.yaml) does not exist; pass a text or Markdown file with the job's description.",
    );
  });
});

describe("reader limits from the config", () => {
  const pdfFixture = fileURLToPath(new URL("../fixtures/shared/alice-senior.pdf", import.meta.url));

  it("reads a PDF within the config's limits and stops at a lower one, naming the setting, exit 2", async () => {
    copyFileSync(pdfFixture, put("limits/ok/resume.pdf", ""));
    put("limits/ok/.reslintrc.yaml", "limits:\n  maxPdfPages: 1\n  timePerFileMs: 8000\n");
    const within = await lintJson(["limits/ok/resume.pdf"]);
    expect(within.status).not.toBe(2);
    expect(within.results[0]?.messages.some((message) => message.fatal)).toBe(false);

    copyFileSync(pdfFixture, put("limits/slow/resume.pdf", ""));
    put("limits/slow/.reslintrc.yaml", "limits:\n  timePerFileMs: 1\n");
    put("limits/slow/resume.md", "from:strong.md");
    const slow = await lintJson(["limits/slow/resume.pdf", "limits/slow/resume.md"]);
    expect(slow.status).toBe(2);
    expect(
      slow.results.map((result) => result.messages.filter((message) => message.fatal).map((m) => m.message)),
    ).toEqual([
      [
        "limits/slow/resume.pdf: This PDF took more than 1 ms to read, the most limits.timePerFileMs allows, so reslint stopped; raise the limit, or export the resume as Markdown or plain text and lint that.",
      ],
      [],
    ]);
  });

  it("applies the limits to inspect as to a lint", async () => {
    copyFileSync(pdfFixture, put("limits/inspect/resume.pdf", ""));
    put("limits/inspect/.reslintrc.yaml", "limits:\n  timePerFileMs: 1\n");
    const { status, stdout, stderr } = await reslint(["inspect", "limits/inspect/resume.pdf"]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^limits\/inspect\/resume\.pdf: This PDF took more than 1 ms to read, the most limits\.timePerFileMs allows/,
    );
  });

  it("refuses a file over maxFileBytes before reading it", async () => {
    put("limits/size/.reslintrc.json", '{ "limits": { "maxFileBytes": 200 } }');
    put("limits/size/resume.md", "from:strong.md");
    const { status, results } = await lintJson(["limits/size/resume.md"]);
    expect(status).toBe(2);
    expect(results[0]?.messages[0]?.message).toMatch(
      /^limits\/size\/resume\.md is \d+ KB, more than the 200 bytes limits\.maxFileBytes allows in \.reslintrc\.json; raise the limit/,
    );
  });
});

describe("--print-config", () => {
  it("prints the settings that apply to a file, each with where it came from", async () => {
    put(
      "print/.reslintrc.yaml",
      "level: staff\nrules:\n  weak-ownership-verb: error\noverrides:\n  - files: ['lead/**']\n    level: tech-lead\nlimits:\n  maxPdfPages: 4\n",
    );
    const { status, stdout, stderr } = await reslint(["--print-config", "print/lead/cv.md"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const printed = JSON.parse(stdout);
    expect(Object.keys(printed)).toEqual([
      "filePath",
      "configFile",
      "ignored",
      "level",
      "posting",
      "rules",
      "packs",
      "ignorePatterns",
      "accept",
      "limits",
    ]);
    expect(printed).toMatchObject({
      filePath: "print/lead/cv.md",
      configFile: "print/.reslintrc.yaml",
      ignored: false,
      level: { value: "tech-lead", source: "print/.reslintrc.yaml overrides[0]" },
      posting: null,
      accept: [],
      limits: {
        maxFileBytes: { value: null, source: "default" },
        maxPdfPages: { value: 4, source: "print/.reslintrc.yaml" },
        timePerFileMs: { value: 8000, source: "default" },
      },
    });
    expect(printed.rules["weak-ownership-verb"]).toEqual({
      severity: "error",
      options: {},
      source: "print/.reslintrc.yaml",
    });
    expect(printed.rules["inflated-scope"]).toEqual({ severity: "error", options: {}, source: "default" });
    expect(printed.rules["reading-confidence"]).toEqual({ severity: "warn", options: {}, source: "default" });
    const flagged = JSON.parse((await reslint(["--print-config", "print/lead/cv.md", "-l", "mid"])).stdout);
    expect(flagged.level).toEqual({ value: "mid", source: "--level" });
  });

  it("lists every problem of a broken config, exit 2", async () => {
    put("print-bad/.reslintrc.json", '{ "level": "lead", "rules": { "inflated-scop": "off" } }');
    const { status, stdout, stderr } = await reslint(["--print-config", "print-bad/cv.md"]);
    expect([status, stdout]).toEqual([2, ""]);
    expect(stderr.trimEnd().split("\n")).toEqual([
      'reslint: print-bad/.reslintrc.json: level must be one of mid, senior, staff, tech-lead, manager; "lead" is not one.',
      'reslint: print-bad/.reslintrc.json: rules["inflated-scop"] is not a rule; did you mean "inflated-scope"?',
    ]);
  });

  it("takes one file, and no files besides", async () => {
    const { status, stderr } = await reslint(["--print-config", "a.md", "b.md"]);
    expect(status).toBe(2);
    expect(stderr.startsWith('reslint: --print-config takes the one file named after it; remove "b.md".')).toBe(true);
  });

  it("asks for a file when given a folder, rather than showing a folder's parent's settings", async () => {
    put("print-folder/.reslintrc.yaml", "level: staff\n");
    const { status, stdout, stderr } = await reslint(["--print-config", "print-folder"]);
    expect([status, stdout]).toEqual([2, ""]);
    expect(stderr).toMatch(
      /^reslint: --print-config shows the settings of one file, and print-folder is a folder; name a resume in it, such as print-folder\/resume\.md\.\n/,
    );
  });
});

describe("flags that choose the config", () => {
  it("refuse --config with --no-config, and --suppress-all with --prune-suppressions", async () => {
    for (const argv of [
      ["cv.md", "--config", "a.yaml", "--no-config"],
      ["cv.md", "--no-config", "--config=a.yaml"],
    ]) {
      const { status, stderr } = await reslint(argv);
      expect(status).toBe(2);
      expect(stderr.split("\n")[0]).toBe(
        "reslint: --config and --no-config cannot be used together; keep the one you mean.",
      );
    }
    const both = await reslint(["cv.md", "--suppress-all", "--prune-suppressions"]);
    expect(both.status).toBe(2);
    expect(both.stderr.split("\n")[0]).toBe(
      "reslint: --suppress-all and --prune-suppressions cannot be used together; run one, then the other.",
    );
  });

  it("let inspect read past a broken config with --no-config, or with another named by --config", async () => {
    put("inspect-config/.reslintrc.yaml", "level: nope\n");
    put("inspect-config/good.yaml", "level: staff\n");
    put("inspect-config/cv.md", "from:strong.md");
    const broken = await reslint(["inspect", "inspect-config/cv.md"]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^reslint: inspect-config\/\.reslintrc\.yaml: level must be one of/);
    for (const flags of [["--no-config"], ["--config", "inspect-config/good.yaml"]]) {
      const { status, stdout } = await reslint(["inspect", "inspect-config/cv.md", ...flags]);
      expect(status).toBe(0);
      expect(stdout).toContain("inspect-config/cv.md");
    }
  });
});

describe("--init", () => {
  const folder = (name: string) => {
    const path = join(work, "init", name);
    mkdirSync(path, { recursive: true });
    return path;
  };
  const tty = (answers: string[]) => {
    const stdin = new PassThrough();
    stdin.end(answers.map((answer) => `${answer}\n`).join(""));
    return { stdin, stdinIsTTY: true };
  };

  it("writes a commented .reslintrc.yaml without asking when stdin is not a terminal", async () => {
    const cwd = folder("pipe");
    const { status, stdout } = await reslint(["--init"], { cwd, ...tty(["manager"]), stdinIsTTY: false });
    expect(status).toBe(0);
    expect(stdout).toBe(
      "Wrote .reslintrc.yaml (target level senior). reslint now uses it for resumes in this folder and below; reslint --print-config <resume> shows the settings that apply.\n",
    );
    const text = readFileSync(join(cwd, ".reslintrc.yaml"), "utf8");
    expect(text).toMatch(
      /^# yaml-language-server: \$schema=(\.\.\/)+.*packages\/core\/schema\/reslintrc\.schema\.json\n/,
    );
    expect(text).toContain("\nlevel: senior\n");
    expect(text).toContain("# rules:\n");
  });

  it("asks for the level in a terminal, again after an answer it cannot use", async () => {
    const cwd = folder("terminal");
    const { status, stdout } = await reslint(["--init"], { cwd, ...tty(["principal", "Staff"]) });
    expect(status).toBe(0);
    const question = "Target level for your resumes (mid, senior, staff, tech-lead, manager) [senior]: ";
    expect(stdout).toBe(
      `${question}"principal" is not a level reslint knows; use one of mid, senior, staff, tech-lead, manager.\n${question}Wrote .reslintrc.yaml (target level staff). reslint now uses it for resumes in this folder and below; reslint --print-config <resume> shows the settings that apply.\n`,
    );
    expect(readFileSync(join(cwd, ".reslintrc.yaml"), "utf8")).toContain("\nlevel: staff\n");
    // The file it wrote is one the linter reads.
    put("init/terminal/cv.md", "from:warnings.md");
    expect((await lintJson(["cv.md"], cwd)).results[0]?.level.target).toBe("staff");
  });

  it("takes the default on an empty answer, and asks nothing with --level", async () => {
    const empty = folder("empty-answer");
    expect((await reslint(["--init"], { cwd: empty, ...tty([""]) })).status).toBe(0);
    expect(readFileSync(join(empty, ".reslintrc.yaml"), "utf8")).toContain("\nlevel: senior\n");
    const given = folder("given");
    const { stdout } = await reslint(["--init", "json", "--level", "tech-lead"], { cwd: given, ...tty(["mid"]) });
    expect(stdout.startsWith("Wrote .reslintrc.json (target level tech-lead).")).toBe(true);
    const json = JSON.parse(readFileSync(join(given, ".reslintrc.json"), "utf8"));
    expect(json).toMatchObject({ level: "tech-lead", rules: {}, ignorePatterns: [] });
    expect(json.$schema).toMatch(/reslintrc\.schema\.json$/);
  });

  it("refuses to write over or beside an existing config, exit 2", async () => {
    const cwd = folder("existing");
    writeFileSync(join(cwd, ".reslintrc.json"), "{}");
    expect(await reslint(["--init"], { cwd })).toEqual({
      status: 2,
      stdout: "",
      stderr:
        "reslint: .reslintrc.json is already here, and reslint --init never writes over a config; edit it, or remove it and run reslint --init again.\n",
    });
    const manifest = folder("manifest");
    writeFileSync(join(manifest, "package.json"), '{ "reslint": { "level": "mid" } }');
    expect((await reslint(["--init"], { cwd: manifest })).stderr).toMatch(
      /^reslint: the "reslint" key in package\.json is already here/,
    );
    expect(existsSync(join(manifest, ".reslintrc.yaml"))).toBe(false);
  });

  it("gives up after three answers it cannot use, or when input ends, exit 2", async () => {
    const cwd = folder("gives-up");
    const { status, stderr } = await reslint(["--init"], { cwd, ...tty(["a", "b", "c"]) });
    expect(status).toBe(2);
    expect(stderr).toBe("reslint: no target level given; run reslint --init --level <level> to write the config.\n");
    expect(existsSync(join(cwd, ".reslintrc.yaml"))).toBe(false);
    expect((await reslint(["--init"], { cwd, ...tty([]) })).status).toBe(2);
  });

  it("rejects files and an unknown format as usage mistakes", async () => {
    expect((await reslint(["--init", "toml"], { cwd: folder("format") })).stderr).toMatch(
      /^reslint: "toml" is not a config format; use yaml or json\./,
    );
    expect((await reslint(["--init", "yaml", "cv.md"], { cwd: folder("files") })).stderr).toMatch(
      /^reslint: --init takes no files; remove "cv\.md"\./,
    );
  });
});
