import type { ResumeDocument } from "../model/document.js";
import type { ClaimEvidence } from "../model/level.js";

/** "service · senior evidence · scope, consequence", or "no level evidence". */
export function evidenceText(evidence: ClaimEvidence): string {
  const shape = evidence.shape ? `${evidence.shape} evidence` : "no level evidence";
  const lenses = evidence.lenses.length > 0 ? evidence.lenses.join(", ") : "no lens";
  return `${evidence.altitude} · ${shape} · ${lenses}`;
}

function dateRange(start: string | null, end: string | null): string | null {
  if (start === null) return end;
  return end === null ? start : `${start}–${end}`;
}

/** The readable outline `reslint inspect` prints by default: sections, roles and claims in reading order. */
export function formatInspectText(
  filePath: string,
  document: ResumeDocument,
  evidence: readonly (ClaimEvidence | null)[] = [],
): string {
  const lines = [`${filePath} (${document.format})`, ""];
  const claimLine = (claim: ResumeDocument["claims"][number], index: number, indent: string) => {
    const line = `${indent}${claim.page !== undefined ? `p${claim.page} ` : ""}${claim.range.start.line}:${claim.range.start.column}  ${claim.kind.padEnd(8)}  ${claim.unreliable !== undefined ? `[unreliable text: ${claim.unreliable}] ` : ""}${claim.text}`;
    const reading = evidence[index];
    return reading ? `${line}\n${indent}    ↳ ${evidenceText(reading)}` : line;
  };
  document.sections.forEach((section, sectionIndex) => {
    const heading = section.heading === "" ? "(before the first heading)" : section.heading;
    lines.push(`${heading}  [${section.kind}, line ${section.range.start.line}]`);
    document.claims.forEach((claim, index) => {
      if (claim.sectionIndex === sectionIndex && claim.roleIndex === null) lines.push(claimLine(claim, index, "  "));
    });
    document.roles.forEach((role, roleIndex) => {
      if (role.sectionIndex !== sectionIndex) return;
      const parts = [
        role.title ?? "(no title)",
        role.organisation,
        role.location,
        dateRange(role.start, role.end),
      ].filter((part): part is string => part !== null && part !== "");
      lines.push(`  ${parts.join(" · ")}  (line ${role.range.start.line})`);
      document.claims.forEach((claim, index) => {
        if (claim.roleIndex === roleIndex) lines.push(claimLine(claim, index, "    "));
      });
    });
    lines.push("");
  });
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  for (const page of document.picturedPages ?? [])
    lines.push(`Page ${page} is a picture with no text layer; nothing on it was read.`);
  const unreliable = document.claims.filter((claim) => claim.unreliable !== undefined).length;
  if (unreliable > 0)
    lines.push(
      `${count(unreliable, "claim")} marked [unreliable text] may not say what the page shows; reslint leaves them out of its checks.`,
    );
  lines.push(
    `${count(document.sections.length, "section")}, ${count(document.roles.length, "role")}, ${count(document.claims.length, "claim")}`,
  );
  return `${lines.join("\n")}\n`;
}
