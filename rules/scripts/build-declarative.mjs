#!/usr/bin/env node
// Builds the built-in declarative rules: reads every rules/declarative/*.yaml, checks each against
// the format of a pack's rules file (the file, line, entry and fix of every problem are printed,
// and the build fails), checks that each rule's page is rules/docs/<id>.md, and writes the
// definitions to rules/src/declarative-rules.json. That file is generated (git ignores it); tsc
// copies it to rules/dist/, where rules/src/<id>.ts makes each rule from it, so start-up parses
// JSON instead of YAML and loads no schema library.
//
//   node rules/scripts/build-declarative.mjs      (run by `pnpm build`, after core is built)
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseRulesFile, VocabularyError } from "@reslint/core";

const rulesDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const folder = join(rulesDir, "declarative");
const output = join(rulesDir, "src", "declarative-rules.json");
const shown = (path) => relative(process.cwd(), path) || path;

const problems = [];
const definitions = {};
for (const name of readdirSync(folder)
  .filter((file) => /\.ya?ml$/.test(file))
  .sort()) {
  const file = join(folder, name);
  try {
    // Built-in rules have no pack name in their ids.
    for (const { definition, docFile, line } of await parseRulesFile(
      { path: shown(file), text: readFileSync(file, "utf8") },
      null,
    )) {
      const where = `${shown(file)}:${line}: ${definition.id}`;
      const page = join(rulesDir, "docs", `${definition.id}.md`);
      if (definition.doc !== undefined || docFile === undefined || resolve(folder, docFile) !== page)
        problems.push(
          `${where}: a built-in rule's page is rules/docs/${definition.id}.md; write docFile: ../docs/${definition.id}.md.`,
        );
      else if (!existsSync(page)) problems.push(`${where}: its page ${shown(page)} does not exist; write it.`);
      if (definitions[definition.id]) problems.push(`${where}: another file declares this id already; keep one.`);
      definitions[definition.id] = definition;
    }
  } catch (error) {
    if (!(error instanceof VocabularyError)) throw error;
    problems.push(...error.problems);
  }
}
if (problems.length > 0) {
  console.error(
    `The declarative rules in ${shown(folder)} have ${problems.length === 1 ? "a problem" : `${problems.length} problems`}:`,
  );
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
const text = `${JSON.stringify(definitions, null, 2)}\n`;
// Unchanged definitions are not rewritten, so an incremental tsc build has nothing to redo.
if (!existsSync(output) || readFileSync(output, "utf8") !== text) writeFileSync(output, text);
