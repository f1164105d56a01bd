/**
 * The README's GitHub Actions workflow and pre-commit snippet: valid YAML of the right shape, and
 * the workflow's reslint commands run as written on a Markdown and a PDF resume, the SARIF they
 * write valid against the SARIF 2.1.0 schema.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { loadYaml } from "../../packages/core/src/config/loaders.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const readme = readFileSync(join(root, "README.md"), "utf8");

function snippet(name: string): string {
  const found = new RegExp(`<!-- ${name} -->\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\`\\n<!-- /${name} -->`).exec(readme);
  if (!found?.[1]) throw new Error(`README.md has no ${name} snippet`);
  return found[1];
}

interface Step {
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}

describe("the README's workflow", async () => {
  const workflow = (await loadYaml("workflow.yml", snippet("workflow"))) as {
    on: string[];
    permissions: Record<string, string>;
    jobs: { reslint: { steps: Step[] } };
  };
  const steps = workflow.jobs.reslint.steps;

  it("runs on pushes and pull requests, and may upload to code scanning", () => {
    expect(workflow.on).toEqual(["push", "pull_request"]);
    expect(workflow.permissions["security-events"]).toBe("write");
    expect(steps.map((step) => step.uses?.split("@")[0] ?? "run")).toEqual([
      "actions/checkout",
      "actions/setup-node",
      "run",
      "run",
      "run",
      "github/codeql-action/upload-sarif",
    ]);
    expect(steps.at(-1)?.with?.sarif_file).toBe("reslint.sarif");
  });

  it("has reslint commands that work as written, writing valid SARIF", () => {
    const work = mkdtempSync(join(tmpdir(), "reslint-workflow-"));
    try {
      copyFileSync(join(root, "test/cli/fixtures/findings.md"), join(work, "resume.md"));
      copyFileSync(join(root, "test/fixtures/shared/alice-senior.pdf"), join(work, "resume.pdf"));
      const cli = `"${process.execPath}" "${join(root, "packages/cli/dist/bin.js")}"`;
      const commands = steps.flatMap((step) => (step.run?.startsWith("reslint ") ? [step.run] : []));
      expect(commands).toHaveLength(2);
      for (const command of commands) {
        const shell = spawnSync("sh", ["-c", command.replace(/^reslint /, `${cli} `)], { cwd: work, encoding: "utf8" });
        // Exit 1 is findings with errors, what the annotations step is there to fail on.
        expect([0, 1]).toContain(shell.status);
        if (command.includes("--format github")) expect(shell.stdout).toMatch(/^::(warning|error) file=resume\.md,/m);
      }
      const ajv = new Ajv({ strict: false, unicodeRegExp: false });
      addFormats(ajv);
      const validate = ajv.compile(
        JSON.parse(readFileSync(join(root, "test/fixtures/sarif/sarif-2.1.0-rtm.5.json"), "utf8")),
      );
      const log = JSON.parse(readFileSync(join(work, "reslint.sarif"), "utf8"));
      expect(validate(log) ? [] : validate.errors).toEqual([]);
      expect(log.runs[0].results.length).toBeGreaterThan(0);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe("the README's pre-commit snippet", () => {
  it("names this repository's reslint hook in three lines", async () => {
    const text = snippet("pre-commit");
    const config = (await loadYaml("pre-commit.yaml", text)) as { repos: { rev: string; hooks: { id: string }[] }[] };
    expect(config.repos[0]?.hooks).toEqual([{ id: "reslint" }]);
    expect(text.trim().split("\n").slice(1)).toHaveLength(3);
    expect(readFileSync(join(root, ".pre-commit-hooks.yaml"), "utf8")).toMatch(/^- id: reslint$/m);
  });
});
