import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { WorkspaceEdit } from "vscode-languageserver";
import { parseDocument } from "yaml";

/** A setting a code action writes into a config file: a rule turned off, or a finding accepted. */
export type ConfigChange = { kind: "off"; ruleId: string } | { kind: "accept"; ruleId: string; claim: string };

const whole = (text: string) => {
  const lines = text.split("\n");
  return { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: (lines.at(-1) ?? "").length } };
};

function changedJson(text: string, change: ConfigChange, inPackage: boolean): string | null {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (inPackage && typeof data.reslint !== "object") data.reslint = {};
  const settings = (inPackage ? data.reslint : data) as {
    rules?: Record<string, unknown>;
    accept?: unknown[];
  };
  if (change.kind === "off") settings.rules = { ...settings.rules, [change.ruleId]: "off" };
  else settings.accept = [...(settings.accept ?? []), { rule: change.ruleId, claim: change.claim }];
  return `${JSON.stringify(data, null, 2)}\n`;
}

function changedYaml(text: string, change: ConfigChange): string | null {
  const document = parseDocument(text);
  if (document.errors.length > 0) return null;
  if (change.kind === "off") document.setIn(["rules", change.ruleId], "off");
  else if (document.hasIn(["accept"])) document.addIn(["accept"], { rule: change.ruleId, claim: change.claim });
  else document.setIn(["accept"], [{ rule: change.ruleId, claim: change.claim }]);
  return String(document);
}

/**
 * The edit that writes a change into the config file in force, keeping a YAML file's comments; a
 * new `.reslintrc.yaml` in the workspace folder when there is none. Null for a config reslint
 * should not rewrite (an ES module) or cannot read.
 */
export function configEdit(
  configFile: string | null,
  workspaceFolder: string,
  change: ConfigChange,
): WorkspaceEdit | null {
  if (configFile === null) {
    const uri = pathToFileURL(join(workspaceFolder, ".reslintrc.yaml")).href;
    const text = changedYaml("", change) ?? "";
    return {
      documentChanges: [
        { kind: "create", uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: whole(""), newText: text }] },
      ],
    };
  }
  let text: string;
  try {
    text = readFileSync(configFile, "utf8");
  } catch {
    return null;
  }
  const name = basename(configFile);
  const changed = name.endsWith(".mjs")
    ? null
    : name.endsWith(".json")
      ? changedJson(text, change, name === "package.json")
      : changedYaml(text, change);
  if (changed === null) return null;
  return { changes: { [pathToFileURL(configFile).href]: [{ range: whole(text), newText: changed }] } };
}
