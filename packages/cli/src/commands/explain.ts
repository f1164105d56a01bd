import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { didYouMean, type LoadedPack, READING_CONFIDENCE_ID, type Rule } from "@reslint/core";
import { rules } from "@reslint/rules";
import { type CliIo, EXIT_OK } from "../io.js";
import { renderDoc } from "../render-doc.js";
import { UsageError } from "../usage.js";

/** A pack rule's page when its pack gives none: what it flags and where it is declared. */
function generatedPage(rule: Rule, pack: LoadedPack, io: CliIo): string {
  const where = relative(io.cwd, pack.folder) || ".";
  return `# ${rule.meta.id}\n\n${rule.meta.description}\n\nA rule of the pack ${pack.name} (${where}), which gives it no page; add one as doc or docFile in its rules file.\n`;
}

/**
 * `reslint --explain <rule-id>`: the rule's page (a built-in rule's from rules/docs, a pack rule's
 * from its doc or docFile), rendered for a terminal (headings bold, code dimmed, wrapped to its
 * width) or as the Markdown itself when piped.
 */
export async function explainCommand(
  ruleId: string,
  packs: readonly LoadedPack[],
  color: boolean,
  io: CliIo,
): Promise<number> {
  const pack = packs.find((candidate) => candidate.rules.some((rule) => rule.meta.id === ruleId));
  const rule =
    rules.find((candidate) => candidate.meta.id === ruleId) ??
    pack?.rules.find((candidate) => candidate.meta.id === ruleId);
  if (!rule) {
    if (ruleId === READING_CONFIDENCE_ID)
      throw new UsageError(
        `${READING_CONFIDENCE_ID} is reslint's warning about text it could not read reliably, not a rule; the README's Formats section explains it.`,
      );
    const ids = [...rules, ...packs.flatMap((each) => each.rules)].map((candidate) => candidate.meta.id);
    const hint = didYouMean(ruleId, ids);
    throw new UsageError(
      hint
        ? `"${ruleId}" is not a rule;${hint} Run "reslint --list-rules" to see the rules.`
        : `"${ruleId}" is not a rule; run "reslint --list-rules" to see the rules.`,
    );
  }
  const markdown =
    rule.meta.doc ?? (pack ? generatedPage(rule, pack, io) : await readFile(fileURLToPath(rule.meta.url), "utf8"));
  io.stdout.write(io.isTTY ? renderDoc(markdown, { width: io.columns ?? 80, color }) : markdown);
  return EXIT_OK;
}
