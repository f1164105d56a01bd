import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError } from "./config-error.js";

const firstLine = (text: string) => (text.split("\n")[0] ?? text).trim().replace(/[.:]$/, "");

/**
 * `.reslintrc.yaml` and `.yml`: YAML 1.2, so `off` is the string "off", not false. The parser is
 * loaded on first use, so a run without a YAML config never pays for it.
 */
export async function loadYaml(file: string, content: string): Promise<unknown> {
  const { parseDocument } = await import("yaml");
  const document = parseDocument(content, { prettyErrors: true, uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    const place = error.linePos?.[0];
    const at = place ? ` at line ${place.line}, column ${place.col}` : "";
    const reason = firstLine(error.message.replace(/ at line \d+, column \d+:?.*$/s, ""));
    throw new ConfigError(file, [`this is not valid YAML${at} (${reason}); fix the syntax and run reslint again.`]);
  }
  return document.toJS();
}

/** Where JSON.parse stopped, as a line and column, and what people most often get wrong there. */
function jsonProblem(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message);
  if (!position) return `(${firstLine(message.replace(/ in JSON.*$/, ""))})`;
  const offset = Number(position[1]);
  const before = text.slice(0, offset).split("\n");
  const at = `at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
  const rest = text.slice(offset);
  if (/^\s*\/[/*]/.test(rest))
    return `${at}: JSON has no comments; remove them, or write the config as .reslintrc.yaml`;
  if (/,\s*$/.test(text.slice(0, offset)) && /^\s*[}\]]/.test(rest)) return `${at}: JSON allows no comma before } or ]`;
  return `${at} (${firstLine(message.replace(/ in JSON.*$/, ""))})`;
}

/** `.reslintrc.json` and `package.json`. */
export function loadJson(file: string, content: string): unknown {
  const text = content.replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text);
  } catch (error) {
    const problem = jsonProblem(text, error instanceof Error ? error.message : String(error));
    throw new ConfigError(file, [`this is not valid JSON ${problem}; fix the syntax and run reslint again.`]);
  }
}

/**
 * `reslint.config.mjs`: its default export. The file's modification time is part of the URL, so a
 * changed file is imported afresh rather than served from Node's module cache.
 */
export async function loadModule(file: string): Promise<unknown> {
  let module: { default?: unknown };
  try {
    const { mtimeMs } = await stat(file);
    module = (await import(`${pathToFileURL(file).href}?mtime=${mtimeMs}`)) as { default?: unknown };
  } catch (error) {
    const reason = error instanceof Error ? firstLine(error.message) : String(error);
    throw new ConfigError(file, [`this module could not be loaded (${reason}); fix it and run reslint again.`]);
  }
  if (module.default === undefined)
    throw new ConfigError(file, [
      `${basename(file)} must export the settings as its default export, as in: export default { level: "staff" };`,
    ]);
  return module.default;
}
