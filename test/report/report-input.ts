import { evidenceFromReading, type HtmlReportInput, type LintOptions, lintTextWithReading } from "@reslint/core";
import { vocabulary } from "@reslint/rules";

/**
 * Everything `formatHtmlReport` needs for a Markdown resume: the lint result, the document it was
 * read as, and the evidence reading of each claim the level model judges. The built-in vocabulary
 * unless the options name another.
 */
export function reportInput(
  text: string,
  options: Omit<LintOptions, "vocabulary"> & Partial<Pick<LintOptions, "vocabulary">> & { filePath?: string },
): HtmlReportInput {
  const { result, document, levelReading } = lintTextWithReading(text, { vocabulary, ...options, format: "markdown" });
  return { result, document, evidence: evidenceFromReading(document, levelReading) };
}
