import type { Box, ResumeDocument, SourceFormat, UnreliableText } from "../model/document.js";
import type { Altitude, ClaimEvidence, Lens } from "../model/level.js";
import type { TargetLevel } from "../model/target-levels.js";

export interface InspectView {
  filePath: string;
  format: SourceFormat;
  sections: { kind: string; heading: string; line: number }[];
  /** PDF only: pages that are a picture with no text layer; present when there are any. */
  picturedPages?: number[];
  roles: {
    title: string | null;
    organisation: string | null;
    location: string | null;
    start: string | null;
    end: string | null;
    line: number;
  }[];
  claims: {
    text: string;
    kind: "bullet" | "sentence";
    section: string;
    role: number | null;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    page?: number;
    box?: Box;
    /** Present when the claim's text was read but may not be what the page says. */
    unreliable?: UnreliableText;
    /** The claim's level evidence; null for claims that argue no level (education, skills, unreadable text). */
    evidence: { altitude: Altitude; shape: TargetLevel | null; lenses: Lens[] } | null;
  }[];
}

/** What reslint read from a resume, in reading order, in the documented `inspect` shape. */
export function inspectView(
  filePath: string,
  document: ResumeDocument,
  evidence: readonly (ClaimEvidence | null)[] = [],
): InspectView {
  return {
    filePath,
    format: document.format,
    ...(document.picturedPages !== undefined ? { picturedPages: document.picturedPages } : {}),
    sections: document.sections.map((section) => ({
      kind: section.kind,
      heading: section.heading,
      line: section.range.start.line,
    })),
    roles: document.roles.map((role) => ({
      title: role.title,
      organisation: role.organisation,
      location: role.location,
      start: role.start,
      end: role.end,
      line: role.range.start.line,
    })),
    claims: document.claims.map((claim, index) => ({
      text: claim.text,
      kind: claim.kind,
      section: document.sections[claim.sectionIndex]?.kind ?? "other",
      role: claim.roleIndex,
      line: claim.range.start.line,
      column: claim.range.start.column,
      endLine: claim.range.end.line,
      endColumn: claim.range.end.column,
      ...(claim.page !== undefined ? { page: claim.page } : {}),
      ...(claim.box !== undefined ? { box: claim.box } : {}),
      ...(claim.unreliable !== undefined ? { unreliable: claim.unreliable } : {}),
      evidence: evidenceView(evidence[index] ?? null),
    })),
  };
}

function evidenceView(evidence: ClaimEvidence | null): InspectView["claims"][number]["evidence"] {
  return evidence ? { altitude: evidence.altitude, shape: evidence.shape, lenses: evidence.lenses } : null;
}
