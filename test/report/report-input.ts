import { evidenceFromReading, type HtmlReportInput, type LintOptions, lintTextWithReading } from "@reslint/core";

/**
 * Everything `formatHtmlReport` needs for a Markdown resume: the lint result, the document it was
 * read as, and the evidence reading of each claim the level model judges.
 */
export function reportInput(text: string, options: LintOptions & { filePath?: string }): HtmlReportInput {
  const { result, document, levelReading } = lintTextWithReading(text, { ...options, format: "markdown" });
  return { result, document, evidence: evidenceFromReading(document, levelReading) };
}
