import {
  analyseDocument,
  type ClaimEvidence,
  type HtmlReportInput,
  type LintOptions,
  lintText,
  readClaimEvidence,
  readResumeText,
} from "@reslint/core";

/**
 * Everything `formatHtmlReport` needs for a Markdown resume: the lint result, the document it was
 * read as, and the evidence reading of each claim the level model judges (null for education and
 * skills claims and for text that was not read reliably), as the engine itself decides.
 */
export function reportInput(text: string, options: LintOptions & { filePath?: string }): HtmlReportInput {
  const result = lintText(text, { ...options, format: "markdown" });
  const document = readResumeText(text, "markdown");
  const evidence: (ClaimEvidence | null)[] = document.claims.map(() => null);
  for (const analysed of analyseDocument(document)) {
    const judged =
      analysed.section.kind !== "education" &&
      analysed.section.kind !== "skills" &&
      analysed.claim.unreliable === undefined;
    if (judged) evidence[analysed.index] = readClaimEvidence(analysed.signals);
  }
  return { result, document, evidence };
}
