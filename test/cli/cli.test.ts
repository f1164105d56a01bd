/**
 * End-to-end tests of the `reslint` command: they spawn the BUILT binary (run `pnpm build` first)
 * against the resumes in ./fixtures, plus a few fast in-process tests of `run()`.
 *
 * Fixtures (positions are 1-based line:column, as reslint reports them):
 * - findings.md  one inflated-scope error (13:3) and five warnings at the senior level
 * - warnings.md  two warnings only (7:3 weak-ownership-verb, 8:3 unquantified-impact)
 * - strong.md    a clean resume
 * - latin1.txt   Latin-1 bytes, not valid UTF-8
 * - empty.md     zero bytes
 * - empty.pdf    zero bytes with a .pdf name
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliIo, run } from "../../packages/cli/src/cli.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const bin = join(repoRoot, "packages/cli/dist/bin.js");
const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
const cliPackage = JSON.parse(readFileSync(join(repoRoot, "packages/cli/package.json"), "utf8")) as { version: string };

const LEVELS = ["mid", "senior", "staff", "tech-lead", "manager"];
const LEVEL_SENTENCE = '"lead" is not a level reslint knows; use one of mid, senior, staff, tech-lead, manager.';
const USAGE_LINE = "Usage: reslint [options] <files, directories or globs…>";
const USAGE_HINT = `${USAGE_LINE}
       reslint inspect <file> [--format text|json]
       reslint report <file> [--level <level>] [--posting <file>] -o <report.html>
Run "reslint --help" for the options.
`;
/** Start of an ANSI colour sequence. */
const ANSI = "\u001b[";

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary with a colour-neutral environment; cwd defaults to the fixtures folder. */
function reslint(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  for (const name of ["FORCE_COLOR", "NO_COLOR"]) if (!options.env?.[name]) delete env[name];
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? fixtures, env, encoding: "utf8" });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonMessage {
  fatal?: true;
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  excerpt: string;
  trigger?: { text: string; line: number; column: number; endLine: number; endColumn: number };
}

interface JsonResult {
  filePath: string;
  format: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  level: { target: string; estimated: string | null };
}

function lintJson(args: string[], options: { cwd?: string } = {}): { status: number | null; results: JsonResult[] } {
  const { status, stdout, stderr } = reslint([...args, "--format", "json"], options);
  expect(stderr).toBe("");
  return { status, results: JSON.parse(stdout) as JsonResult[] };
}

interface InspectJson {
  filePath: string;
  format: string;
  sections: { kind: string; heading: string; line: number }[];
  roles: {
    title: string | null;
    organisation: string | null;
    location: string | null;
    start: string | null;
    end: string | null;
    line: number;
  }[];
  claims: {
    text: string;
    kind: string;
    section: string;
    role: number | null;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
  }[];
}

/** The stylish row for a finding: two-space indent, place, severity padded to 7, message, rule id. */
function row(place: string, severity: "error" | "warning", ruleId: string): RegExp {
  const escaped = place.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^ {2}${escaped} +${severity.padEnd(7)} {2}\\S.* {2}${ruleId}$`, "m");
}

const INFLATED_SCOPE_TEXT = "Defined the engineering strategy for the whole company";
const LATIN1_REASON = "latin1.txt is not valid UTF-8 text; save it with UTF-8 encoding and run reslint again.";

beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing; build the workspace with "pnpm build" first.`);
});

describe("stylish output", () => {
  it("lists each finding with line:col, severity, message and rule id, then a summary; errors exit 1", () => {
    const { status, stdout, stderr } = reslint(["findings.md"]);
    expect(status).toBe(1);
    expect(stderr).toBe("");
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("findings.md");
    expect(stdout).toMatch(row("1:1", "warning", "level-mismatch"));
    expect(stdout).toMatch(row("9:4", "warning", "missing-production-ownership"));
    expect(stdout).toMatch(row("11:5", "warning", "title-evidence-mismatch"));
    expect(stdout).toMatch(row("13:3", "error", "inflated-scope"));
    expect(stdout).toMatch(row("14:3", "warning", "weak-ownership-verb"));
    expect(stdout).toMatch(row("15:3", "warning", "vague-complexity"));
    expect(stdout).toMatch(row("16:3", "warning", "unquantified-impact"));
    expect(stdout).toContain('13:3  error    "engineering strategy" claims organisation-wide reach');
    expect(lines.filter((line) => /^ {2}\d+:\d+ /.test(line))).toHaveLength(8);
    expect(stdout).toContain(
      "\n  level     target senior · evidence reads as mid (medium confidence) · short of senior\n",
    );
    expect(stdout).toMatch(/\n {12}scope {7}██░░ 2\/4 {2}\(senior expects 3\)\n/);
    expect(stdout.endsWith("✖ 8 problems (1 error, 7 warnings) in 1 file\n")).toBe(true);
  });

  it("reports a clean resume as having no problems and exits 0", () => {
    const { status, stdout, stderr } = reslint(["strong.md"]);
    expect(status).toBe(0);
    expect(stderr).toBe("");
    expect(stdout.startsWith("strong.md\n  no problems\n  level     target senior · evidence reads as staff")).toBe(
      true,
    );
    expect(stdout).toContain("supports senior; reads as staff\n");
    expect(stdout.endsWith("\n\n✓ 0 problems (0 errors, 0 warnings) in 1 file\n")).toBe(true);
  });

  it("exits 0 when there are only warnings and no --max-warnings", () => {
    const { status, stdout } = reslint(["warnings.md"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(row("7:3", "warning", "weak-ownership-verb"));
    expect(stdout).toMatch(row("8:3", "warning", "unquantified-impact"));
    expect(stdout).toContain("✖ 3 problems (0 errors, 3 warnings) in 1 file");
  });

  it("reports files in command-line order", () => {
    const { stdout } = reslint(["warnings.md", "strong.md"]);
    expect(stdout.indexOf("warnings.md\n")).toBe(0);
    expect(stdout.indexOf("strong.md\n")).toBeGreaterThan(stdout.indexOf("8:3"));
    expect(stdout).toContain("in 2 files");
  });

  it("colours only when asked: FORCE_COLOR or --color on, --no-color off, plain when piped", () => {
    expect(reslint(["findings.md"]).stdout).not.toContain(ANSI);
    expect(reslint(["findings.md"], { env: { FORCE_COLOR: "1" } }).stdout).toContain(ANSI);
    expect(reslint(["findings.md", "--no-color"], { env: { FORCE_COLOR: "1" } }).stdout).not.toContain(ANSI);
    expect(reslint(["findings.md", "--color"], { env: { NO_COLOR: "1" } }).stdout).toContain(ANSI);
    expect(reslint(["findings.md", "--color"]).stdout).toContain(ANSI);
  });
});

describe("--format json", () => {
  it("prints one object per file in the documented shape, excerpt = the claim's text", () => {
    const { status, results } = lintJson(["findings.md"]);
    expect(status).toBe(1);
    expect(results).toHaveLength(1);
    const [result] = results as [JsonResult];
    expect(Object.keys(result)).toEqual(["filePath", "format", "messages", "errorCount", "warningCount", "level"]);
    expect(result.filePath).toBe("findings.md");
    expect(result.format).toBe("markdown");
    expect(result.errorCount).toBe(1);
    expect(result.warningCount).toBe(7);
    expect(result.level).toMatchObject({ target: "senior", estimated: "mid", confidence: "medium", belowMid: false });
    expect(Object.keys(result.level)).toEqual([
      "target",
      "estimated",
      "confidence",
      "belowMid",
      "deciding",
      "supports",
      "lenses",
      "expected",
      "rubric",
      "gates",
      "shortfalls",
      "downLevelRisk",
    ]);
    for (const message of result.messages) {
      // Claim findings also say which words triggered them; a finding on a heading does not.
      const keys = ["ruleId", "severity", "message", "line", "column", "endLine", "endColumn", "excerpt"];
      expect(Object.keys(message)).toEqual(message.trigger === undefined ? keys : [...keys, "trigger"]);
      expect(typeof message.ruleId).toBe("string");
      expect([1, 2]).toContain(message.severity);
      expect(message.message).toMatch(/^\S.*[.?!]$/);
      for (const key of ["line", "column", "endLine", "endColumn"] as const) {
        expect(Number.isInteger(message[key])).toBe(true);
      }
      expect(typeof message.excerpt).toBe("string");
    }
    expect(result.messages.filter((message) => message.severity === 2)).toHaveLength(result.errorCount);
    expect(result.messages.find((message) => message.ruleId === "inflated-scope")).toEqual({
      ruleId: "inflated-scope",
      severity: 2,
      message: expect.stringMatching(/^"engineering strategy" claims organisation-wide reach/),
      line: 13,
      column: 3,
      endLine: 13,
      endColumn: 3 + INFLATED_SCOPE_TEXT.length,
      excerpt: INFLATED_SCOPE_TEXT,
      trigger: {
        text: "engineering strategy",
        line: 13,
        column: 3 + INFLATED_SCOPE_TEXT.indexOf("engineering strategy"),
        endLine: 13,
        endColumn: 3 + INFLATED_SCOPE_TEXT.indexOf("engineering strategy") + "engineering strategy".length,
      },
    });
    expect(result.messages.find((message) => message.ruleId === "missing-production-ownership")).toMatchObject({
      severity: 1,
      line: 9,
      column: 4,
      excerpt: "Experience",
    });
  });

  it("gives every claim finding the exact text and span inspect reports for that claim", () => {
    const { results } = lintJson(["findings.md"]);
    const view = JSON.parse(reslint(["inspect", "findings.md", "--format", "json"]).stdout) as InspectJson;
    const claimFindings = (results[0]?.messages ?? []).filter((message) =>
      view.claims.some((claim) => claim.line === message.line && claim.column === message.column),
    );
    expect(claimFindings.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual([
      "13:3 inflated-scope",
      "14:3 weak-ownership-verb",
      "15:3 weak-ownership-verb",
      "15:3 vague-complexity",
      "16:3 unquantified-impact",
    ]);
    for (const message of claimFindings) {
      const claim = view.claims.find((candidate) => candidate.line === message.line);
      expect(message.excerpt).toBe(claim?.text);
      expect([message.endLine, message.endColumn]).toEqual([claim?.endLine, claim?.endColumn]);
    }
  });

  it("reports an unreadable file as one fatal message and exits 2", () => {
    const { status, results } = lintJson(["latin1.txt", "empty.md", "empty.pdf"]);
    expect(status).toBe(2);
    expect(results.map((result) => [result.filePath, result.format])).toEqual([
      ["latin1.txt", "text"],
      ["empty.md", "markdown"],
      ["empty.pdf", "pdf"],
    ]);
    const reasons = [
      LATIN1_REASON,
      "empty.md is empty, so there is nothing to lint; check that you passed the right file, or save the resume again.",
      "empty.pdf is empty, so there is nothing to lint; check that you passed the right file, or save the resume again.",
    ];
    results.forEach((result, index) => {
      expect(result).toMatchObject({ errorCount: 1, warningCount: 0, level: { target: "senior", estimated: null } });
      expect(result.messages).toHaveLength(1);
      const [message] = result.messages;
      expect(Object.keys(message ?? {})).toEqual([
        "fatal",
        "ruleId",
        "severity",
        "message",
        "line",
        "column",
        "endLine",
        "endColumn",
        "excerpt",
      ]);
      expect(message).toEqual({
        fatal: true,
        ruleId: null,
        severity: 2,
        message: reasons[index],
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        excerpt: "",
      });
    });
  });

  it("keeps file paths as the user gave them, relative or absolute", () => {
    const relative = lintJson(["test/cli/fixtures/strong.md", "./test/cli/fixtures/warnings.md"], { cwd: repoRoot });
    expect(relative.results.map((result) => result.filePath)).toEqual([
      "test/cli/fixtures/strong.md",
      "./test/cli/fixtures/warnings.md",
    ]);
    const absolute = join(fixtures, "strong.md");
    expect(lintJson([absolute]).results[0]?.filePath).toBe(absolute);
  });
});

describe("exit codes and failures", () => {
  it("still lints and reports the good files when one file is unreadable, and exits 2", () => {
    const { status, stdout, stderr } = reslint(["strong.md", "latin1.txt", "findings.md"]);
    expect(status).toBe(2);
    expect(stderr).toBe("");
    expect(stdout).toContain("strong.md\n  no problems\n  level     target senior · evidence reads as staff");
    expect(stdout).toContain(`latin1.txt\n  1:1  error    ${LATIN1_REASON}\n`);
    expect(stdout).toMatch(row("13:3", "error", "inflated-scope"));
    expect(stdout.indexOf("strong.md")).toBeLessThan(stdout.indexOf("latin1.txt"));
    expect(stdout.indexOf("latin1.txt")).toBeLessThan(stdout.indexOf("findings.md"));
    expect(stdout).toContain("✖ 9 problems (2 errors, 7 warnings) in 3 files");
  });

  it("passes a path that does not exist to core, which explains it in one sentence", () => {
    const { status, stdout } = reslint(["missing.md"]);
    expect(status).toBe(2);
    expect(stdout).toContain("missing.md\n  1:1  error    missing.md does not exist; check the path and try again.\n");
  });

  it("reports a directory with no resume files in it as fatal", () => {
    const empty = mkdtempSync(join(tmpdir(), "reslint-empty-"));
    try {
      const { status, results } = lintJson([empty]);
      expect(status).toBe(2);
      expect(results[0]?.messages[0]).toMatchObject({
        fatal: true,
        message: expect.stringContaining(`${empty} contains no resume files (.md,`),
      });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it("never prints a stack trace", () => {
    for (const args of [["--bogus"], ["latin1.txt"], ["inspect", "empty.md"], ["--level"]]) {
      const { stdout, stderr } = reslint(args);
      expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    }
  });
});

describe("--max-warnings", () => {
  it("exits 1 with a message on stderr when warnings exceed the maximum", () => {
    const { status, stdout, stderr } = reslint(["warnings.md", "--max-warnings", "2"]);
    expect(status).toBe(1);
    expect(stdout).toContain("3 warnings");
    expect(stderr).toBe("reslint found too many warnings (maximum: 2).\n");
  });

  it("exits 0 when warnings are within the maximum", () => {
    const { status, stderr } = reslint(["warnings.md", "--max-warnings", "3"]);
    expect(status).toBe(0);
    expect(stderr).toBe("");
  });

  it("exits 1 in JSON mode too, without the stylish message", () => {
    const { status, results } = lintJson(["warnings.md", "--max-warnings=0"]);
    expect(status).toBe(1);
    expect(results[0]?.warningCount).toBe(3);
  });

  it.each([["abc"], ["1.5"], ["=-1"]])("rejects %s as a usage error", (value) => {
    const args = value.startsWith("=") ? [`--max-warnings${value}`] : ["--max-warnings", value];
    const { status, stdout, stderr } = reslint(["warnings.md", ...args]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("--max-warnings needs a whole number of 0 or more");
    expect(stderr).toContain(USAGE_LINE);
  });
});

describe("--quiet", () => {
  it("reports errors only, in output and counts", () => {
    const { status, stdout } = reslint(["findings.md", "--quiet"]);
    expect(status).toBe(1);
    expect(stdout).toMatch(row("13:3", "error", "inflated-scope"));
    expect(stdout).not.toMatch(/^ {2}\d+:\d+ +warning /m);
    expect(stdout.split("\n").filter((line) => /^ {2}\d+:\d+ /.test(line))).toHaveLength(1);
    expect(stdout).toContain("✖ 1 problem (1 error, 0 warnings) in 1 file");
  });

  it("drops warnings from JSON and from the --max-warnings count", () => {
    const { status, results } = lintJson(["findings.md", "warnings.md", "--quiet", "--max-warnings", "0"]);
    expect(status).toBe(1);
    expect(results.map((result) => [result.errorCount, result.warningCount, result.messages.length])).toEqual([
      [1, 0, 1],
      [0, 0, 0],
    ]);
    const quiet = reslint(["warnings.md", "--quiet", "--max-warnings", "0"]);
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe("");
    expect(quiet.stdout).toContain("no problems");
  });
});

describe("--level", () => {
  it("defaults to senior and passes the chosen level to the rules", () => {
    const senior = lintJson(["findings.md"]).results[0];
    const mid = lintJson(["findings.md", "--level", "mid"]).results[0];
    expect(senior?.level.target).toBe("senior");
    expect(mid?.level.target).toBe("mid");
    expect(senior?.messages.map((message) => message.ruleId)).toContain("missing-production-ownership");
    expect(mid?.messages.map((message) => message.ruleId)).not.toContain("missing-production-ownership");
    // At mid, the production and level rules have nothing to say; the title and claim rules still do.
    expect(mid?.messages.map((message) => message.ruleId)).not.toContain("level-mismatch");
    expect(mid?.messages).toHaveLength(6);
  });

  it.each([
    [["-l", "staff"], "staff"],
    [["--level=tech-lead"], "tech-lead"],
    [["--level", "manager"], "manager"],
    [["-l", "mid"], "mid"],
  ])("accepts %j", (args, level) => {
    const { status, results } = lintJson(["strong.md", ...args]);
    expect(status).toBe(0);
    expect(results[0]?.level.target).toBe(level);
  });

  it("rejects an unknown level with a sentence listing the valid ones", () => {
    const { status, stdout, stderr } = reslint(["findings.md", "--level", "lead"]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`reslint: ${LEVEL_SENTENCE}\n${USAGE_HINT}`);
  });
});

describe("usage errors exit 2 with a usage hint", () => {
  it.each([
    [["findings.md", "--bogus"], 'Unknown option "--bogus"'],
    [["findings.md", "-x"], 'Unknown option "-x"'],
    [["findings.md", "--format", "xml"], '"xml" is not an output format; use stylish, json, sarif, github or compact.'],
    [["findings.md", "--level"], 'Option "--level" needs a value'],
    [["findings.md", "--quiet=yes"], 'Option "--quiet" does not take a value'],
    [[], "No files given"],
  ])("%j", (args, sentence) => {
    const { status, stdout, stderr } = reslint(args);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.startsWith(`reslint: ${sentence}`)).toBe(true);
    expect(stderr).toContain(USAGE_LINE);
  });
});

describe("files, directories and globs", () => {
  let work = "";
  const write = (path: string, from: string) => {
    const target = join(work, path);
    mkdirSync(join(target, ".."), { recursive: true });
    copyFileSync(join(fixtures, from), target);
  };

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "reslint-cli-"));
    write("tree/b.md", "strong.md");
    write("tree/a.md", "warnings.md");
    write("tree/sub/c.txt", "strong.md");
    write("tree/sub/D.MD", "strong.md");
    write("tree/node_modules/pkg/readme.md", "findings.md");
    write("tree/.drafts/old.md", "findings.md");
    write("tree/.hidden.md", "findings.md");
    writeFileSync(join(work, "tree/notes.json"), "{}\n");
    write("tree/cv.pdf", "empty.pdf");
  });

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it("expands a directory recursively, sorted, skipping node_modules, dot-folders and other extensions", () => {
    const { status, results } = lintJson(["tree"], { cwd: work });
    expect(results.map((result) => result.filePath)).toEqual([
      "tree/a.md",
      "tree/b.md",
      "tree/cv.pdf",
      "tree/sub/D.MD",
      "tree/sub/c.txt",
    ]);
    expect(results.find((result) => result.filePath === "tree/sub/c.txt")?.format).toBe("text");
    expect(status).toBe(2);
  });

  it("expands a glob relative to cwd, sorted, without node_modules or dot-folders", () => {
    const { status, results } = lintJson(["tree/**/*.{md,txt}"], { cwd: work });
    expect(results.map((result) => result.filePath)).toEqual(["tree/a.md", "tree/b.md", "tree/sub/c.txt"]);
    expect(status).toBe(0);
  });

  it("keeps an absolute glob's matches absolute", () => {
    const { results } = lintJson([join(work, "tree/*.md")]);
    expect(results.map((result) => result.filePath)).toEqual([join(work, "tree/a.md"), join(work, "tree/b.md")]);
  });

  it("reports a glob that matches nothing as fatal with a sentence about quoting", () => {
    const { status, results } = lintJson(["tree/*.docx", "tree/b.md"], { cwd: work });
    expect(status).toBe(2);
    expect(results.map((result) => result.filePath)).toEqual(["tree/*.docx", "tree/b.md"]);
    expect(results[0]?.messages).toEqual([
      expect.objectContaining({
        fatal: true,
        ruleId: null,
        severity: 2,
        message: 'No files match "tree/*.docx"; check the pattern or quote it so your shell does not expand it.',
      }),
    ]);
    expect(results[1]?.errorCount).toBe(0);
  });

  it("de-duplicates files named more than once, keeping the first mention's place and spelling", () => {
    const { results } = lintJson(["tree/b.md", "tree", "./tree/a.md", "tree/*.md"], { cwd: work });
    expect(results.map((result) => result.filePath)).toEqual([
      "tree/b.md",
      "tree/a.md",
      "tree/cv.pdf",
      "tree/sub/D.MD",
      "tree/sub/c.txt",
    ]);
  });
});

describe("inspect", () => {
  it("prints what was read as JSON in the documented shape", () => {
    const { status, stdout, stderr } = reslint(["inspect", "findings.md", "--format", "json"]);
    expect(status).toBe(0);
    expect(stderr).toBe("");
    const view = JSON.parse(stdout) as InspectJson;
    expect(Object.keys(view)).toEqual(["filePath", "format", "sections", "roles", "claims"]);
    expect(view.filePath).toBe("findings.md");
    expect(view.format).toBe("markdown");
    expect(view.sections).toEqual([
      { kind: "other", heading: "Jordan Example", line: 1 },
      { kind: "summary", heading: "Summary", line: 5 },
      { kind: "experience", heading: "Experience", line: 9 },
    ]);
    expect(view.roles).toEqual([
      {
        title: "Senior Software Engineer",
        organisation: "Example Payments",
        location: null,
        start: "2019",
        end: "2024",
        line: 11,
      },
      { title: "Software Engineer", organisation: "Acme Corp", location: null, start: "2016", end: "2019", line: 18 },
    ]);
    expect(view.claims).toHaveLength(7);
    for (const claim of view.claims) {
      expect(Object.keys(claim)).toEqual([
        "text",
        "kind",
        "section",
        "role",
        "line",
        "column",
        "endLine",
        "endColumn",
        "evidence",
      ]);
    }
    expect(view.claims[0]).toEqual({
      text: "Senior engineer who has worked on payments systems for many years.",
      kind: "sentence",
      section: "summary",
      role: null,
      line: 7,
      column: 1,
      endLine: 7,
      endColumn: 67,
      evidence: { altitude: "task", shape: null, lenses: [] },
    });
    expect(view.claims[1]).toEqual({
      text: INFLATED_SCOPE_TEXT,
      kind: "bullet",
      section: "experience",
      role: 0,
      line: 13,
      column: 3,
      endLine: 13,
      endColumn: 57,
      evidence: { altitude: "feature", shape: "mid", lenses: ["scope", "authority"] },
    });
    expect(view.claims.map((claim) => [claim.line, claim.role])).toEqual([
      [7, null],
      [13, 0],
      [14, 0],
      [15, 0],
      [16, 0],
      [20, 1],
      [21, 1],
    ]);
  });

  it("prints a readable outline by default: sections, roles under them, claims under roles, a summary", () => {
    const { status, stdout, stderr } = reslint(["inspect", "findings.md"]);
    expect(status).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("findings.md (markdown)");
    const at = (line: string) => {
      const index = lines.indexOf(line);
      expect(index, `missing line: ${line}`).toBeGreaterThan(0);
      return index;
    };
    const order = [
      at("Summary  [summary, line 5]"),
      at("  7:1  sentence  Senior engineer who has worked on payments systems for many years."),
      at("Experience  [experience, line 9]"),
      at("  Senior Software Engineer · Example Payments · 2019–2024  (line 11)"),
      at(`    13:3  bullet    ${INFLATED_SCOPE_TEXT}`),
      at("    16:3  bullet    Improved the performance of the search API"),
      at("  Software Engineer · Acme Corp · 2016–2019  (line 18)"),
      at("    21:3  bullet    Responsible for various backend tasks"),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(lines.at(-1)).toBe("3 sections, 2 roles, 7 claims");
  });

  it("prints one sentence to stderr and exits 2 for an unreadable file", () => {
    expect(reslint(["inspect", "latin1.txt"])).toEqual({ status: 2, stdout: "", stderr: `${LATIN1_REASON}\n` });
    expect(reslint(["inspect", "missing.md", "-f", "json"])).toEqual({
      status: 2,
      stdout: "",
      stderr: "missing.md does not exist; check the path and try again.\n",
    });
  });

  it.each([
    [["inspect"], "inspect needs a file"],
    [["inspect", "strong.md", "warnings.md"], "inspect reads one file at a time"],
    [["inspect", "strong.md", "--format", "stylish"], '"stylish" is not an output format; use text or json.'],
    [["inspect", "strong.md", "--level", "mid"], 'Unknown option "--level"'],
  ])("treats %j as a usage error", (args, sentence) => {
    const { status, stdout, stderr } = reslint(args);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.startsWith(`reslint: ${sentence}`)).toBe(true);
  });
});

describe("--help and --version", () => {
  it.each([["--help"], ["-h"]])("%s prints usage, options, levels, exit codes, examples and inspect", (flag) => {
    const { status, stdout, stderr } = reslint([flag]);
    expect(status).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain(USAGE_LINE);
    for (const option of ["--level <level>", "--format <format>", "--max-warnings <n>", "--quiet", "--no-color"]) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toContain("(default: senior)");
    expect(stdout).toContain("(default: stylish)");
    for (const level of LEVELS) expect(stdout).toMatch(new RegExp(`^ {2}${level} +\\w`, "m"));
    expect(stdout).toMatch(/Exit codes:\n {2}0 .+\n {2}1 .+\n {2}2 .+/);
    expect(stdout).toContain("Examples:\n  reslint resume.md");
    expect(stdout).toContain("reslint inspect <file> [--format text|json]");
    expect(stdout).toContain("reslint report <file> [--level <level>] [--posting <file>] -o <report.html>");
    expect(stdout).toContain("--posting <file>");
  });

  it.each([["--version"], ["-v"]])("%s prints the package version", (flag) => {
    expect(reslint([flag])).toEqual({ status: 0, stdout: `${cliPackage.version}\n`, stderr: "" });
  });
});

describe("run() in process", () => {
  function memoryIo(overrides: Partial<CliIo> = {}) {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      stdout: { write: (chunk: string) => out.push(chunk) },
      stderr: { write: (chunk: string) => err.push(chunk) },
      cwd: fixtures,
      isTTY: false,
      env: {},
      ...overrides,
    };
    return { io, stdout: () => out.join(""), stderr: () => err.join("") };
  }

  it.each([
    [["--nope", "a.md"], 'reslint: Unknown option "--nope"; run "reslint --help" to see the options.\n'],
    [["a.md", "-l", "lead"], `reslint: ${LEVEL_SENTENCE}\n`],
    [["a.md", "-f", "xml"], 'reslint: "xml" is not an output format; use stylish, json, sarif, github or compact.\n'],
    [["a.md", "--max-warnings", "ten"], "reslint: --max-warnings needs a whole number of 0 or more"],
    [[], "reslint: No files given; name the resume files, directories or globs to lint.\n"],
  ])("%j is a usage error", async (argv, start) => {
    const { io, stdout, stderr } = memoryIo();
    expect(await run(argv, io)).toBe(2);
    expect(stdout()).toBe("");
    expect(stderr().startsWith(start)).toBe(true);
    expect(stderr()).toContain(USAGE_LINE);
  });

  it("resolves paths against io.cwd but reports them as given", async () => {
    const { io, stdout } = memoryIo();
    expect(await run(["strong.md", "missing.md", "-f", "json"], io)).toBe(2);
    const results = JSON.parse(stdout()) as JsonResult[];
    expect(results.map((result) => result.filePath)).toEqual(["strong.md", "missing.md"]);
    expect(results[0]?.errorCount).toBe(0);
    expect(results[1]?.messages[0]?.message).toBe("missing.md does not exist; check the path and try again.");
  });

  it("colours stylish output for a TTY unless NO_COLOR is set", async () => {
    const tty = memoryIo({ isTTY: true });
    await run(["strong.md"], tty.io);
    expect(tty.stdout()).toContain(ANSI);
    const noColor = memoryIo({ isTTY: true, env: { NO_COLOR: "1" } });
    await run(["strong.md"], noColor.io);
    expect(noColor.stdout()).not.toContain(ANSI);
  });

  it("turns an unexpected failure into one sentence on stderr and exit 2", async () => {
    const { io, stderr } = memoryIo();
    io.stdout = {
      write: () => {
        throw new Error("stream closed");
      },
    };
    expect(await run(["strong.md"], io)).toBe(2);
    expect(stderr()).toBe(
      "reslint stopped unexpectedly (stream closed); this is a bug in reslint, please report it with the command you ran.\n",
    );
  });
});
