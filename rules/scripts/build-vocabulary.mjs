#!/usr/bin/env node
// Builds the built-in vocabulary: reads every rules/vocabulary/*.yaml, checks each against its
// schema (the file, line, entry and fix of every problem are printed, and the build fails), checks
// that the whole compiles, and writes the data to rules/src/vocabulary.json. That file is
// generated (git ignores it); tsc copies it to rules/dist/vocabulary.json, where `vocabulary`
// from @reslint/rules reads it, so start-up parses JSON instead of YAML and loads no schema library.
//
//   node rules/scripts/build-vocabulary.mjs      (run by `pnpm build`, after core is built)
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { compileVocabulary, readVocabularyFolder, VocabularyError } from "@reslint/core";

const rulesDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const folder = join(rulesDir, "vocabulary");
const output = join(rulesDir, "src", "vocabulary.json");
const shown = (path) => relative(process.cwd(), path) || path;

try {
  const { data, extensions } = await readVocabularyFolder(folder, shown);
  if (extensions.length > 0)
    throw new VocabularyError(
      `${shown(folder)}: the built-in vocabulary defines every part itself; "extends:" is for packs, so write "defines:" instead.`,
    );
  compileVocabulary(data);
  const text = `${JSON.stringify(data)}\n`;
  // Unchanged data is not rewritten, so an incremental tsc build has nothing to redo.
  if (!existsSync(output) || readFileSync(output, "utf8") !== text) writeFileSync(output, text);
} catch (error) {
  if (!(error instanceof VocabularyError)) throw error;
  console.error(
    `The vocabulary in ${shown(folder)} has ${error.problems.length === 1 ? "a problem" : `${error.problems.length} problems`}:`,
  );
  for (const problem of error.problems) console.error(`  ${problem}`);
  process.exit(1);
}
