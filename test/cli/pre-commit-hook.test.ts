/**
 * .pre-commit-hooks.yaml: its hooks are well formed, pick out resumes by name, and the script hook
 * runs the CLI with pre-commit's arguments, passing on its output and exit code.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadYaml } from "../../packages/core/src/config/loaders.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const hooksFile = join(root, ".pre-commit-hooks.yaml");
const hooks = (await loadYaml(hooksFile, readFileSync(hooksFile, "utf8"))) as {
  id: string;
  entry: string;
  language: string;
  files: string;
}[];

/** pre-commit's `files` is a Python pattern; its leading (?i) is the i flag here. */
const filesPattern = (files: string) => new RegExp(files.replace(/^\(\?i\)/, ""), files.startsWith("(?i)") ? "i" : "");

describe(".pre-commit-hooks.yaml", () => {
  it("declares the script hook and the installed-command hook", () => {
    expect(hooks.map(({ id, language, entry }) => ({ id, language, entry }))).toEqual([
      { id: "reslint", language: "script", entry: "scripts/pre-commit-hook.mjs" },
      { id: "reslint-system", language: "system", entry: "reslint" },
    ]);
    const script = join(root, "scripts/pre-commit-hook.mjs");
    accessSync(script, constants.X_OK);
    expect(readFileSync(script, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("takes in files whose names say resume or CV, in the formats reslint reads", () => {
    const taken = ["resume.md", "cv/Jane-Doe-CV.pdf", "docs/resume-2026.docx", "RESUME.txt", "jane.resume.markdown"];
    const left = ["README.md", "cvs/plan.md", "resume/photo.png", "notes.md", "resume.tex"];
    for (const hook of hooks) {
      const pattern = filesPattern(hook.files);
      expect(taken.filter((path) => pattern.test(path))).toEqual(taken);
      expect(left.filter((path) => pattern.test(path))).toEqual([]);
    }
  });

  it("runs the CLI with the files, its output and exit code passed on", () => {
    const args = ["test/cli/fixtures/findings.md", "--no-config", "--level", "staff", "-f", "compact"];
    const viaHook = spawnSync(process.execPath, [join(root, "scripts/pre-commit-hook.mjs"), ...args], {
      cwd: root,
      encoding: "utf8",
    });
    const direct = spawnSync(process.execPath, [join(root, "packages/cli/dist/bin.js"), ...args], {
      cwd: root,
      encoding: "utf8",
    });
    expect(viaHook.stdout).toBe(direct.stdout);
    expect(viaHook.stdout).not.toBe("");
    expect(viaHook.status).toBe(direct.status);
  });
});
