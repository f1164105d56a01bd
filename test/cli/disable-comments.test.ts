/**
 * Disable comments in Markdown and text resumes, end to end through the CLI: what they turn
 * off, where the rest still points, and the messages about the comments themselves.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
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

async function lintJson(argv: string[]) {
  const out: string[] = [];
  const io: CliIo = {
    stdout: { write: (chunk: string) => out.push(chunk) },
    stderr: { write: () => true },
    cwd: work,
    isTTY: false,
    env: {},
  };
  const status = await run([...argv, "--no-config", "--format", "json"], io);
  return { status, results: JSON.parse(out.join("")) as JsonResult[] };
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
