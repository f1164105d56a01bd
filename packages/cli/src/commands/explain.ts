import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { didYouMean, READING_CONFIDENCE_ID } from "@reslint/core";
import { rules } from "@reslint/rules";
import { type CliIo, EXIT_OK } from "../io.js";
import { renderDoc } from "../render-doc.js";
import { UsageError } from "../usage.js";

/**
 * `reslint --explain <rule-id>`: the rule's page from rules/docs, rendered for a terminal (headings
 * bold, code dimmed, wrapped to its width) or as the Markdown itself when piped.
 */
export async function explainCommand(ruleId: string, color: boolean, io: CliIo): Promise<number> {
  const rule = rules.find((candidate) => candidate.meta.id === ruleId);
  if (!rule) {
    if (ruleId === READING_CONFIDENCE_ID)
      throw new UsageError(
        `${READING_CONFIDENCE_ID} is reslint's warning about text it could not read reliably, not a rule; the README's Formats section explains it.`,
      );
    const ids = rules.map((candidate) => candidate.meta.id);
    const hint = didYouMean(ruleId, ids);
    throw new UsageError(
      hint
        ? `"${ruleId}" is not a rule;${hint} Run "reslint --list-rules" to see the rules.`
        : `"${ruleId}" is not a rule; run "reslint --list-rules" to see the rules.`,
    );
  }
  const markdown = await readFile(fileURLToPath(rule.meta.url), "utf8");
  io.stdout.write(io.isTTY ? renderDoc(markdown, { width: io.columns ?? 80, color }) : markdown);
  return EXIT_OK;
}
