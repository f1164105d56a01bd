import { evidenceByClaim, type HtmlReportInput, type LintOptions, lintText, readResumeText } from "@reslint/core";

/**
 * Everything `formatHtmlReport` needs for a Markdown resume: the lint result, the document it was
 * read as, and the evidence reading of each claim the level model judges.
 */
export function reportInput(text: string, options: LintOptions & { filePath?: string }): HtmlReportInput {
  const result = lintText(text, { ...options, format: "markdown" });
  const document = readResumeText(text, "markdown");
  return { result, document, evidence: evidenceByClaim(document) };
}
