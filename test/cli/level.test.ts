/**
 * The level front of the CLI: --posting (the worksheet, the posting's level as the target) and
 * `reslint report` (one self-contained HTML page), run against the built binary.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../../packages/cli/dist/bin.js", import.meta.url));
const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "reslint-level-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function reslint(args: string[]) {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: fixtures, env, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("--posting", () => {
  it("takes the posting's level as the target when --level is not given, and prints the worksheet", () => {
    const { status, stdout, stderr } = reslint(["strong.md", "--posting", "staff-posting.md"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toContain("  level     target staff · evidence reads as ");
    expect(stdout).toMatch(/\n {2}posting {3}asks for staff work \((low|medium|high) confidence\)/);
    for (const dimension of ["scope", "decision authority", "production ownership", "influence", "level language"])
      expect(stdout).toMatch(new RegExp(`\\n {12}${dimension} +(low|medium|high) +asks  `));
  });

  it("keeps --level over the posting's level", () => {
    const { stdout } = reslint(["strong.md", "--posting", "staff-posting.md", "--level", "senior", "-f", "json"]);
    const [result] = JSON.parse(stdout);
    expect(result.level.target).toBe("senior");
    expect(result.level.posting.inferred).toBe("staff");
  });

  it("puts the posting reading in JSON: inferred shape, clues, a worksheet row per dimension, stretch", () => {
    const { stdout } = reslint(["findings.md", "--posting", "staff-posting.md", "-f", "json"]);
    const [result] = JSON.parse(stdout);
    const { posting } = result.level;
    expect(Object.keys(posting)).toEqual(["inferred", "confidence", "clues", "worksheet", "stretch"]);
    expect(posting.worksheet.map((row: { dimension: string }) => row.dimension)).toEqual([
      "scope",
      "complexity",
      "decision authority",
      "production ownership",
      "influence",
      "hands-on depth",
      "level language",
    ]);
    for (const row of posting.worksheet) expect(["low", "medium", "high"]).toContain(row.risk);
    // A mid-level resume against a staff posting: several rows are high risk, so it is a stretch.
    expect(posting.stretch).toBe(true);
    expect(posting.clues[0]).toMatchObject({ shape: "staff", line: expect.any(Number) });
    expect(result.messages.map((message: { ruleId: string }) => message.ruleId)).toContain("level-mismatch");
  });

  it.each([
    [["strong.md", "--posting", "nowhere.txt"], "The posting nowhere.txt does not exist"],
    [["strong.md", "--posting", "empty.md"], "The posting empty.md is empty"],
    [["strong.md", "--posting", "latin1.txt"], "The posting latin1.txt is not UTF-8 text"],
    [["strong.md", "--posting", "empty.pdf"], "The posting empty.pdf is not text or Markdown"],
    [["strong.md", "--posting", "."], "The posting . is a directory"],
  ])("rejects %j in one sentence, exit 2", (args, sentence) => {
    const { status, stdout, stderr } = reslint(args);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.startsWith(`reslint: ${sentence}`)).toBe(true);
  });
});

describe("report", () => {
  it("writes one self-contained HTML page and says where", () => {
    const output = join(scratch, "report.html");
    const { status, stdout, stderr } = reslint(["report", "findings.md", "--level", "staff", "-o", output]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Wrote .+report\.html: \d+ findings, evidence reads as mid \(target staff\)\.\n$/);
    const html = readFileSync(output, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script[^>]*src=|<link[^>]*href=/i);
    expect(html).toContain("<svg");
    expect(html).toContain("<mark");
    expect(html).toContain("engineering strategy");
  });

  it("adds the worksheet with --posting and takes the posting's level as the target", () => {
    const output = join(scratch, "posting.html");
    const { status, stdout } = reslint(["report", "strong.md", "--posting", "staff-posting.md", "-o", output]);
    expect(status).toBe(0);
    expect(stdout).toContain("(target staff)");
    expect(readFileSync(output, "utf8")).toMatch(/[Ww]orksheet/);
  });

  it.each([
    [["report"], "report needs a resume"],
    [["report", "strong.md"], 'report needs somewhere to write the page; add "-o report.html".'],
    [["report", "strong.md", "warnings.md", "-o", "x.html"], "report reads one resume at a time"],
  ])("treats %j as a usage error", (args, sentence) => {
    const { status, stderr } = reslint(args);
    expect(status).toBe(2);
    expect(stderr.startsWith(`reslint: ${sentence}`)).toBe(true);
  });

  it("says in one sentence when the resume cannot be read or the page cannot be written, exit 2", () => {
    const unreadable = reslint(["report", "latin1.txt", "-o", join(scratch, "x.html")]);
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toMatch(/^latin1\.txt is not valid UTF-8 text/);
    const unwritable = reslint(["report", "strong.md", "-o", join(scratch, "no-such-folder", "x.html")]);
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toContain("its folder does not exist; choose another path with -o.");
  });

  it("writes the same page for a PDF and a Word file", () => {
    const shared = fileURLToPath(new URL("../fixtures/shared/", import.meta.url));
    for (const file of ["alice-senior.pdf", "alice-senior.docx"]) {
      const output = join(scratch, `${file}.html`);
      const { status } = reslint(["report", join(shared, file), "-o", output]);
      expect(status).toBe(0);
      expect(readFileSync(output, "utf8")).toContain("<svg");
    }
  });
});

// Keeps the fixture honest: the posting reads as staff from its responsibilities alone.
it("the staff posting fixture names no level", () => {
  const text = readFileSync(join(fixtures, "staff-posting.md"), "utf8");
  expect(text).not.toMatch(/\b(senior|staff|principal|tech lead|team lead|engineering manager)\b/i);
  writeFileSync(join(scratch, "noop"), "");
});
