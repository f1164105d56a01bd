/** The format-independent model every reader produces and every rule reads. */

/** A rectangle in PDF user space (points, origin bottom-left), as pdf.js reports positions. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type SourceFormat = "markdown" | "pdf" | "docx" | "text";

export type SectionKind = "summary" | "experience" | "education" | "skills" | "projects" | "other";

export interface Point {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** 0-based offset into the source text. */
  offset: number;
}

export interface SourceRange {
  start: Point;
  end: Point;
}

export interface Section {
  kind: SectionKind;
  /** Heading text as written, markup removed; empty for text before the first heading. */
  heading: string;
  range: SourceRange;
  /** PDF only: where the heading is on paper. */
  page?: number;
  box?: Box;
}

export interface Role {
  /** The job title as written, or null when the resume names only the organisation. */
  title: string | null;
  organisation: string | null;
  /** Where the job was ("Berlin, Germany", "Remote"), or null. */
  location: string | null;
  /** Start of the date range as written ("2019", "Mar 2019"), or null. */
  start: string | null;
  /** End of the date range as written ("2024", "present"), or null. */
  end: string | null;
  /** Index into `ResumeDocument.sections`. */
  sectionIndex: number;
  range: SourceRange;
  /** PDF only: where the role line is on paper. */
  page?: number;
  box?: Box;
}

export type ClaimKind = "bullet" | "sentence";

export interface Claim {
  /** The claim as a reader reads it: markup removed, whitespace collapsed. */
  text: string;
  kind: ClaimKind;
  /** Index into `ResumeDocument.sections`. */
  sectionIndex: number;
  /** Index into `ResumeDocument.roles`, or null when the claim belongs to no role. */
  roleIndex: number | null;
  /** For formats whose text is extracted (PDF, DOCX, text), `range` is into the extracted text. */
  range: SourceRange;
  /** PDF only: the 1-based page the claim starts on. */
  page?: number;
  /** PDF only: the box around the claim's lines on that page. */
  box?: Box;
  /**
   * The claim's text was read but may not be what the page says: its font's Unicode map is out of
   * step with its glyphs, or some characters have no Unicode mapping. Such claims are reported
   * once, as a reading warning, and left out of the rules and the level estimate.
   */
  unreliable?: UnreliableText;
}

export type UnreliableText = "font-map" | "unmapped-characters";

export interface ResumeDocument {
  format: SourceFormat;
  /**
   * The text reslint read, which every range points into: the Markdown source itself, or the text
   * extracted from a PDF (one line per visual line), a DOCX (one line per paragraph) or a text file.
   */
  text: string;
  sections: Section[];
  roles: Role[];
  claims: Claim[];
  /**
   * PDF only: pages that are a picture with next to no text layer (a scanned page inside a text
   * PDF), whose text reslint could not read. Absent when there are none.
   */
  picturedPages?: number[];
  /** Markdown and text only: the disable comments in the source, in order. Absent when there are none. */
  directives?: Directive[];
}

export type DirectiveKind = "disable" | "enable" | "disable-line" | "disable-next-line";

/**
 * A `<!-- reslint-disable… -->` comment: which rules it turns off, where, and why. A comment that
 * starts `reslint-` with any other word (a typo such as `reslint-disable-nxt-line`) is kept as
 * `unknown`, so it can be reported; it turns nothing off.
 */
export interface Directive {
  kind: DirectiveKind | "unknown";
  /** The word after `reslint-` as written: `disable-next-line`, or the typo. */
  name: string;
  /** The rule ids named, in order; empty for every rule. */
  rules: string[];
  reason: string | null;
  /** Where the comment starts and ends (1-based lines and columns; the end column is exclusive). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The line a line directive applies to: its own, or the next non-blank one after it. */
  targetLine: number | null;
}
