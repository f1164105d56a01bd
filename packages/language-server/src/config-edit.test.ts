import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { TextEdit, WorkspaceEdit } from "vscode-languageserver";
import { configEdit } from "./config-edit.js";

const folder = mkdtempSync(join(tmpdir(), "reslint-config-edit-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function put(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

const newText = (edit: WorkspaceEdit | null, path: string) =>
  (edit?.changes?.[pathToFileURL(path).href] as TextEdit[] | undefined)?.[0]?.newText;

describe("configEdit", () => {
  it("turns a rule off in a YAML config, keeping its comments", () => {
    const path = put(
      ".reslintrc.yaml",
      "# Our house style\nlevel: staff # the target\nrules:\n  vague-complexity: error\n",
    );
    expect(newText(configEdit(path, folder, { kind: "off", ruleId: "weak-ownership-verb" }), path)).toBe(
      "# Our house style\nlevel: staff # the target\nrules:\n  vague-complexity: error\n  weak-ownership-verb: off\n",
    );
  });

  it("accepts a finding in a JSON config, and under the reslint key of package.json", () => {
    const json = put(".reslintrc.json", '{ "level": "senior" }');
    expect(
      JSON.parse(
        newText(
          configEdit(json, folder, { kind: "accept", ruleId: "inflated-scope", claim: "the whole company" }),
          json,
        ) ?? "",
      ),
    ).toEqual({
      level: "senior",
      accept: [{ rule: "inflated-scope", claim: "the whole company" }],
    });
    const manifest = put("package.json", '{ "name": "cv" }');
    expect(JSON.parse(newText(configEdit(manifest, folder, { kind: "off", ruleId: "x" }), manifest) ?? "")).toEqual({
      name: "cv",
      reslint: { rules: { x: "off" } },
    });
  });

  it("creates a .reslintrc.yaml when there is no config, and leaves an ES module config alone", () => {
    const edit = configEdit(null, folder, { kind: "off", ruleId: "weak-ownership-verb" });
    const uri = pathToFileURL(join(folder, ".reslintrc.yaml")).href;
    expect(edit?.documentChanges).toEqual([
      { kind: "create", uri, options: { ignoreIfExists: true } },
      {
        textDocument: { uri, version: null },
        edits: [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            newText: "rules:\n  weak-ownership-verb: off\n",
          },
        ],
      },
    ]);
    expect(configEdit(put("reslint.config.mjs", "export default {}"), folder, { kind: "off", ruleId: "x" })).toBeNull();
  });
});
