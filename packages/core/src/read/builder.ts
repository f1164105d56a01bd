import { location } from "vfile-location";
import type { Claim, ClaimKind, ResumeDocument, Role, Section, SectionKind, SourceFormat } from "../model/document.js";
import { type MappedText, type OffsetToPoint, rangeOf, splitSentences } from "./mapped-text.js";
import { parseRoleLine } from "./roles.js";
import { sectionKindOf } from "./sections.js";

const contactPattern = /@|https?:\/\/|www\.|\+?\d[\d\s().-]{7,}\d|linkedin|github\.com/i;

/**
 * Builds a `ResumeDocument` from a reader's blocks in reading order: headings, paragraphs and
 * bullets, each a `MappedText` whose offsets point into `source` (the Markdown, or the text a
 * PDF, DOCX or plain-text reader extracted). Every format shares these rules for sections,
 * roles and claims; a reader only decides what is a heading, a paragraph or a bullet.
 */
export class DocumentBuilder {
  private sections: Section[] = [];
  private roles: Role[] = [];
  private claims: Claim[] = [];
  private sectionDepth = 0;
  private currentRole: number | null = null;
  private claimsInCurrentRole = 0;
  private roleDepth = 0;
  private groupOrganisation: string | null = null;
  private groupDepth = 0;

  private readonly toPoint: OffsetToPoint;

  constructor(
    private readonly format: SourceFormat,
    private readonly source: string,
  ) {
    const place = location(source);
    this.toPoint = (offset) => {
      const point = place.toPoint(Math.min(offset, source.length));
      return { line: point?.line ?? 1, column: point?.column ?? 1, offset };
    };
    // Text before the first heading (a name, a contact line) sits in an unnamed section.
    this.sections.push({ kind: "other", heading: "", range: rangeOf({ start: 0, end: 0 }, this.toPoint) });
  }

  finish(): ResumeDocument {
    return {
      format: this.format,
      text: this.source,
      sections: this.sections,
      roles: this.roles,
      claims: this.claims,
    };
  }

  private get section(): Section {
    return this.sections[this.sections.length - 1] as Section;
  }

  /** The kind of section the next block falls in; readers that decide headings ask it. */
  get sectionKind(): SectionKind {
    return this.section.kind;
  }

  private get sectionIndex(): number {
    return this.sections.length - 1;
  }

  /** A heading of the given depth (1 is the outermost). */
  heading(text: MappedText, depth: number): void {
    const headingText = text.toString();
    const span = text.sourceSpan();
    if (!span) return;
    const kind = sectionKindOf(headingText);
    const unnamedStart = this.sections.length === 1 && this.section.heading === "";
    // Under the name at the top, any heading opens a section: "# Alice" then "## Status".
    const underName = this.sectionIndex === 0 && this.section.kind === "other";
    if (kind !== null || unnamedStart || underName || depth <= this.sectionDepth || headingText === "") {
      this.openSection(kind ?? "other", headingText, span, depth);
      return;
    }
    if (this.section.kind === "experience") {
      const role = parseRoleLine(headingText, { requireDates: false }) ?? {
        title: headingText,
        organisation: null,
        start: null,
        end: null,
      };
      const group = this.organisationGroup(depth);
      if (group !== null) role.organisation ??= group;
      this.openRole(role, span);
      this.roleDepth = depth;
    }
  }

  private openSection(
    kind: Section["kind"],
    heading: string,
    span: { start: number; end: number },
    depth: number,
  ): void {
    const unnamedAndEmpty = this.sections.length === 1 && this.section.heading === "" && this.claims.length === 0;
    const section: Section = { kind, heading, range: rangeOf(span, this.toPoint) };
    if (unnamedAndEmpty) this.sections[0] = section;
    else this.sections.push(section);
    this.sectionDepth = depth;
    this.currentRole = null;
    this.groupOrganisation = null;
  }

  private openRole(role: ReturnType<typeof parseRoleLine> & object, span: { start: number; end: number }): void {
    this.roles.push({ ...role, sectionIndex: this.sectionIndex, range: rangeOf(span, this.toPoint) });
    this.currentRole = this.roles.length - 1;
    this.claimsInCurrentRole = 0;
  }

  /**
   * "## Acme" followed by "### Engineer — 2019–2021": the undated heading names the organisation
   * of the roles beneath it rather than a role of its own. Returns that organisation and drops
   * the placeholder role; on later sibling roles it keeps returning the organisation.
   */
  private organisationGroup(depth: number): string | null {
    if (this.currentRole === null) return null;
    const previous = this.roles[this.currentRole] as Role;
    if (depth > this.roleDepth && previous.start === null && this.claimsInCurrentRole === 0) {
      this.roles.pop();
      this.currentRole = null;
      this.groupOrganisation = previous.title;
      this.groupDepth = this.roleDepth;
      return previous.title;
    }
    if (depth <= this.groupDepth) this.groupOrganisation = null;
    return this.groupOrganisation;
  }

  /**
   * "Senior Engineer, 2019–2024" then "Acme Corp, Berlin": a short line without a sentence's end,
   * right after a role line that named no organisation, names it.
   */
  private tryOrganisationLine(text: MappedText): boolean {
    if (this.currentRole === null || this.claimsInCurrentRole > 0) return false;
    const role = this.roles[this.currentRole] as Role;
    const plain = text.toString();
    if (role.organisation !== null || role.start === null) return false;
    if (plain.split(" ").length > 8 || /[.!?:]$/.test(plain)) return false;
    role.organisation = plain;
    return true;
  }

  /** A role line that follows a role heading ("### Acme" then "*Engineer, 2019–2021*") completes it. */
  private completeRole(line: NonNullable<ReturnType<typeof parseRoleLine>>): boolean {
    if (this.currentRole === null || this.claimsInCurrentRole > 0) return false;
    const role = this.roles[this.currentRole] as Role;
    if (role.start !== null) return false;
    role.start = line.start;
    role.end = line.end;
    if (line.title !== "") {
      if (role.organisation === null) role.organisation = role.title;
      role.title = line.title;
      if (line.organisation !== null && role.organisation === role.title) role.organisation = line.organisation;
    }
    return true;
  }

  /**
   * Reads the text as a role line ("Senior Engineer, Acme, 2019–2024") when the current section is
   * experience. `startsStrong`: the line opens in bold, which lets a dateless title count.
   * Returns true when it was one.
   */
  tryRoleLine(text: MappedText, startsStrong: boolean): boolean {
    // Roles sit under experience, and under sections such as research or volunteering.
    if (this.section.kind !== "experience" && this.section.kind !== "other") return false;
    const line = parseRoleLine(text.toString(), { requireDates: !startsStrong });
    const span = text.sourceSpan();
    if (!line || !span) return false;
    if (this.completeRole(line)) return true;
    if (line.title === "") return false;
    this.openRole(line, span);
    return true;
  }

  /** A paragraph: a role line, or sentences that become claims. */
  paragraph(text: MappedText, startsStrong = false): void {
    if (this.tryRoleLine(text, startsStrong)) return;
    if (this.tryOrganisationLine(text)) return;
    const kind = this.section.kind;
    if (kind === "skills" || kind === "education") return;
    const plain = text.toString();
    if (kind === "other" && (contactPattern.test(plain) || plain.split(" ").length < 6)) return;
    for (const sentence of splitSentences(text)) this.addClaim(sentence, "sentence");
  }

  /** A bullet: one claim, whatever its length; skills bullets are not claims. */
  bullet(text: MappedText): void {
    if (this.section.kind !== "skills") this.addClaim(text.collapsed(), "bullet");
  }

  private addClaim(text: MappedText, kind: ClaimKind): void {
    const span = text.sourceSpan();
    if (!span) return;
    const plain = text.toString();
    if (!/\p{L}/u.test(plain)) return;
    // "Key contributions:" introduces claims; it is not one.
    if (plain.endsWith(":") && plain.split(" ").length <= 6) return;
    this.claims.push({
      text: plain,
      kind,
      sectionIndex: this.sectionIndex,
      roleIndex: this.currentRole,
      range: rangeOf(span, this.toPoint),
    });
    this.claimsInCurrentRole++;
  }
}
