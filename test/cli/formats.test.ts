/**
 * The report formats end to end through the CLI, on a Markdown and a PDF resume: SARIF validated
 * against the SARIF 2.1.0 schema, GitHub annotations and compact lines checked against the JSON
 * report of the same run, -o writing the report to a file, and the progress bar's conditions.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliIo, run } from "../../packages/cli/src/cli.js";

interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  excerpt: string;
  page?: number;
}
interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
}

const fixture = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const schema = JSON.parse(readFileSync(fixture("../fixtures/sarif/sarif-2.1.0-rtm.5.json"), "utf8"));

let work = "";
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "reslint-formats-"));
  copyFileSync(fixture("./fixtures/findings.md"), join(work, "resume.md"));
  copyFileSync(fixture("../fixtures/shared/alice-senior.pdf"), join(work, "alice.pdf"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function reslint(argv: string[], overrides: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await run([...argv, "--no-config", "--level", "staff"], {
    stdout: { write: (chunk: string) => out.push(chunk) },
    stderr: { write: (chunk: string) => err.push(chunk) },
    cwd: work,
    isTTY: false,
    env: {},
    ...overrides,
  });
  return { status, stdout: out.join(""), stderr: err.join("") };
}

const FILES = ["resume.md", "alice.pdf"];

async function jsonReport(): Promise<JsonResult[]> {
  return JSON.parse((await reslint([...FILES, "-f", "json"])).stdout) as JsonResult[];
}

describe("--format sarif", () => {
  it("is valid SARIF 2.1.0 with the same findings as JSON, a PDF's page as a property", async () => {
    const { status, stdout } = await reslint([...FILES, "-f", "sarif"]);
    const json = await jsonReport();
    expect(status).toBe((await reslint([...FILES, "-f", "json"])).status);
    const log = JSON.parse(stdout);
    // The schema has a pattern that is valid only without the u flag.
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log) ? [] : validate.errors).toEqual([]);

    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver.rules.map((rule: { id: string }) => rule.id)).toContain("weak-ownership-verb");
    const rows = sarifRun.results.map(
      (result: {
        ruleId: string;
        level: string;
        locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
        properties?: { page?: number };
      }) => {
        const { artifactLocation, region } = result.locations[0]?.physicalLocation ?? {
          artifactLocation: { uri: "" },
          region: {},
        };
        return [
          artifactLocation.uri,
          result.ruleId,
          result.level,
          region.startLine,
          region.startColumn,
          result.properties?.page,
        ];
      },
    );
    const expected = json.flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId !== null)
        .map((message) => [
          result.filePath,
          message.ruleId,
          message.severity === 2 ? "error" : "warning",
          message.line,
          message.column,
          message.page,
        ]),
    );
    expect(rows).toEqual(expected);
    expect(rows.some((row: unknown[]) => row[0] === "alice.pdf" && typeof row[5] === "number")).toBe(true);
    for (const rule of sarifRun.tool.driver.rules.filter((each: { id: string }) => each.id !== "reading-confidence"))
      expect(rule.help.markdown.startsWith(`# ${rule.id}\n`)).toBe(true);
  });

  it("keeps a finding's fingerprint when its bullet moves", async () => {
    const fingerprints = async () =>
      JSON.parse((await reslint(["resume.md", "-f", "sarif"])).stdout).runs[0].results.map(
        (result: { ruleId: string; partialFingerprints: Record<string, string> }) =>
          `${result.ruleId} ${result.partialFingerprints["reslint/claim/v1"]}`,
      );
    const before = await fingerprints();
    const text = readFileSync(join(work, "resume.md"), "utf8");
    writeFileSync(join(work, "resume.md"), text.replace("\n## ", "\n\n\n## "));
    try {
      expect(new Set(await fingerprints())).toEqual(new Set(before));
    } finally {
      writeFileSync(join(work, "resume.md"), text);
    }
  });
});

describe("--format github and --format compact", () => {
  it("write one line per finding, matching the JSON report", async () => {
    const json = await jsonReport();
    const github = (await reslint([...FILES, "-f", "github"])).stdout.trimEnd().split("\n");
    const compact = (await reslint([...FILES, "-f", "compact"])).stdout.trimEnd().split("\n");
    const messages = json.flatMap((result) => result.messages.map((message) => ({ file: result.filePath, message })));
    expect(messages.length).toBeGreaterThan(3);
    expect(github).toHaveLength(messages.length);
    expect(compact).toHaveLength(messages.length);
    for (const [index, { file, message }] of messages.entries()) {
      const severity = message.severity === 2 ? "error" : "warning";
      const page = message.page === undefined ? "" : ` (page ${message.page})`;
      expect(github[index]).toBe(
        `::${severity} file=${file},line=${message.line},endLine=${message.endLine},col=${message.column},endColumn=${message.endColumn},title=${message.ruleId}::${message.message.replace(/%/g, "%25")}${page}`,
      );
      expect(compact[index]).toBe(
        `${file}:${message.line}:${message.column}: ${severity} ${message.ruleId} ${message.message}${page}`,
      );
    }
  });
});

describe("-o FILE", () => {
  it("writes the report to the file and one line to the terminal, with the same exit code", async () => {
    const shown = await reslint([...FILES, "-f", "sarif"]);
    const written = await reslint([...FILES, "-f", "sarif", "-o", "out/reslint.sarif"]);
    expect(written.status).toBe(shown.status);
    expect(readFileSync(join(work, "out/reslint.sarif"), "utf8")).toBe(shown.stdout);
    expect(written.stdout).toMatch(
      /^reslint: wrote the sarif report of 2 files to out\/reslint\.sarif: \d+ problems \(\d+ errors?, \d+ warnings?\)\.\n$/,
    );
    const stylish = await reslint(["resume.md", "-o", "out/report.txt", "--color"]);
    expect(readFileSync(join(work, "out/report.txt"), "utf8").includes("\u001b[")).toBe(false);
    expect(stylish.stdout).toMatch(/^reslint: wrote the stylish report of 1 file to out\/report\.txt:/);
  });

  it("says so in one sentence when the file cannot be written, exit 2", async () => {
    writeFileSync(join(work, "taken"), "");
    const { status, stderr } = await reslint(["resume.md", "-o", "taken/report.json", "-f", "json"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(
      /^reslint: taken\/report\.json cannot be written \(E[A-Z]+\); pass -o a file in a folder you can write to\.\n$/,
    );
  });
});

describe("the progress bar", () => {
  /** A stand-in for a terminal's stderr, which the bar draws on. */
  function terminal() {
    const drawn: string[] = [];
    const stream = {
      isTTY: true,
      columns: 100,
      write: (chunk: string) => {
        drawn.push(chunk);
        return true;
      },
      cursorTo: () => true,
      clearLine: () => true,
      clearScreenDown: () => true,
      moveCursor: () => true,
      on: () => stream,
      removeListener: () => stream,
    };
    return { stream: stream as unknown as NodeJS.WritableStream, drawn };
  }

  const batch = ["a.md", "b.md", "c.md", "d.md"];
  beforeAll(() => {
    for (const name of batch) copyFileSync(join(work, "resume.md"), join(work, name));
  });

  it("is drawn on a terminal's stderr for a batch, for stylish and compact only", async () => {
    const shown = terminal();
    const stylish = await reslint(batch, { progressStream: shown.stream });
    expect(shown.drawn.join("")).toMatch(/reslint .* \d\/4 files/);
    expect(stylish.stdout).toContain("a.md");
    for (const argv of [
      [...batch, "-f", "json"],
      [...batch, "-f", "sarif"],
      [...batch, "--no-progress"],
      batch.slice(0, 3),
    ]) {
      const quiet = terminal();
      await reslint(argv, { progressStream: quiet.stream });
      expect(quiet.drawn).toEqual([]);
    }
  });
});
