import { location } from "vfile-location";
import type { Claim, ClaimKind, ResumeDocument, Role, Section, SectionKind, SourceFormat } from "../model/document.js";
import { type MappedText, type OffsetToPoint, rangeOf, splitSentences } from "./mapped-text.js";
import type { ReadingWords } from "./reading-words.js";
import {
  copyParts,
  findDateRange,
  hasRoleLineShape,
  onlyCircumstances,
  type RoleParts,
  readRoleParts,
  roleFromParts,
} from "./roles.js";
import { sectionKindOf } from "./sections.js";

interface RoleGroup {
  organisation: string | null;
  location: string | null;
  depth: number;
}

/** A line that can only be part of a role's header: short, no sentence, every part a few words. */
function headerParts(text: string, parts: RoleParts | null): RoleParts | null {
  if (!parts || parts.words > 14 || /^\p{Ll}/u.test(text.trim())) return null;
  // "Yahoo!" or "Dunamu Inc." is a name; a longer line ending so is a sentence.
  if (/[.!?:]$/.test(text.trim()) && parts.words > 3) return null;
  if ([...parts.titles, ...parts.names, ...parts.organisations].some((part) => part.split(" ").length > 10))
    return null;
  return parts;
}

/** Whether a header line adds to a role without restating what it already has. */
function canMerge(draft: RoleParts, line: RoleParts): boolean {
  if (line.start !== null && draft.start !== null) return false;
  if (line.titles.length > 0 && draft.titles.length > 0) return false;
  if (line.locations.length > 0 && draft.locations.length > 0) return false;
  const named = line.names.length + line.organisations.length;
  const draftNamed = draft.names.length + draft.organisations.length;
  if (named > 0 && (draft.titles.length > 0 ? draftNamed > 0 : draftNamed + named > 2)) return false;
  return line.titles.length + named + line.locations.length + (line.start !== null ? 1 : 0) > 0;
}

function groupOf(role: Pick<Role, "organisation" | "location">, depth: number): RoleGroup {
  return { organisation: role.organisation, location: role.location, depth };
}

/** The role's fields from its header parts; a role without an organisation takes its group's. */
function fieldsOf(parts: RoleParts, group: RoleGroup | null): Omit<Role, "sectionIndex" | "range"> {
  const line = roleFromParts(parts);
  // Under "### UNAM-DGTIC", "Process Chief at Visualization Department" names a unit of it.
  const unit = parts.namedAt && group?.organisation != null;
  const organisation = unit
    ? (group?.organisation ?? null)
    : (line.organisation ?? (line.title !== "" ? (group?.organisation ?? null) : null));
  return {
    title: line.title === "" ? null : line.title,
    organisation,
    location: line.location ?? (organisation !== null && organisation === group?.organisation ? group.location : null),
    start: line.start,
    end: line.end,
  };
}

const contactPattern = /@|https?:\/\/|www\.|\+?\d[\d\s().-]{7,}\d|linkedin|github\.com/i;

/**
 * Builds a `ResumeDocument` from a reader's blocks in reading order: headings, paragraphs and
 * bullets, each a `MappedText` whose offsets point into `source` (the Markdown, or the text a
 * PDF, DOCX or plain-text reader extracted). Every format shares these rules for sections,
 * roles and claims; a reader only decides what is a heading, a paragraph or a bullet. The words it
 * knows (section names, job titles, dates) come from the vocabulary's reading words.
 */
export class DocumentBuilder {
  private sections: Section[] = [];
  private roles: Role[] = [];
  private claims: Claim[] = [];
  private sectionDepth = 0;
  /** Index into `sections` of the section blocks go to now; an earlier one when a nested one ended. */
  private current = 0;
  /** The experience section a named subsection sits in, to go back to when the subsection ends. */
  private outer: { index: number; depth: number } | null = null;
  private currentRole: number | null = null;
  private claimsInCurrentRole = 0;
  /** The parts read so far of the current role's header, while no claim has followed it. */
  private draft: RoleParts | null = null;
  private draftDepth = 0;
  private draftGroup: RoleGroup | null = null;
  /** The organisation (and place) that roles without one belong to: "Acme" over several titles. */
  private group: RoleGroup | null = null;
  private pending: { parts: RoleParts; text: MappedText } | null = null;
  private readonly partsByText = new Map<string, RoleParts | null>();

  private readonly toPoint: OffsetToPoint;

  constructor(
    private readonly format: SourceFormat,
    private readonly source: string,
    private readonly words: ReadingWords,
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
    this.flushPending();
    this.closeDraft();
    return {
      format: this.format,
      text: this.source,
      sections: this.sections,
      roles: this.roles,
      claims: this.claims,
    };
  }

  private get section(): Section {
    return this.sections[this.current] as Section;
  }

  /** The kind of section the next block falls in; readers that decide headings ask it. */
  get sectionKind(): SectionKind {
    return this.section.kind;
  }

  private get sectionIndex(): number {
    return this.current;
  }

  /** The block under the name, before the first named section. */
  private get inNameBlock(): boolean {
    return this.current === 0 && this.section.kind === "other";
  }

  /**
   * "## Experience", then "### Skill Set" inside it, then "### Acme": a named subsection nested in
   * experience ends at the next heading of its depth, and the roles go on in experience.
   */
  private resumeOuterSection(depth: number): void {
    const outer = this.outer;
    if (outer === null || depth > this.sectionDepth) return;
    this.outer = null;
    this.closeDraft();
    this.current = outer.index;
    this.sectionDepth = outer.depth;
    this.currentRole = null;
    this.group = null;
  }

  /** A heading of the given depth (1 is the outermost). */
  heading(text: MappedText, depth: number): void {
    const headingText = text.toString();
    const span = text.sourceSpan();
    if (!span) return;
    const kind = this.looksLikeRole(headingText, depth) ? null : sectionKindOf(headingText, this.words);
    if (kind === null) this.resumeOuterSection(depth);
    const unnamedStart = this.sections.length === 1 && this.section.heading === "";
    // Under the name at the top, any heading opens a section: "# Alice" then "## Status".
    const underName = this.sectionIndex === 0 && this.section.kind === "other";
    // "#### 👨‍💻 Developer Experience" inside a role names a kind of work, not a new section.
    const subheading = kind === "experience" && this.section.kind === "experience" && depth > this.sectionDepth + 1;
    if (subheading) return;
    if (kind !== null || unnamedStart || underName || depth <= this.sectionDepth || headingText === "") {
      this.flushPending();
      this.openSection(kind ?? "other", headingText, span, depth);
      return;
    }
    // Outside experience, a heading is a role only when it reads as one ("Mentor, Code Club").
    if (this.section.kind !== "experience" && !this.namesAJob(headingText)) return;
    this.flushPending();
    // "#### 🎨 Front-end" or "Responsibilities:" inside a role is a subheading over its claims.
    const parts = this.partsOf(headingText);
    if (parts === null || /:$/.test(headingText.trim())) return;
    // "### Huenei - Application Support": a role heading names the organisation, then the job,
    // even when the job has no word reslint knows as a title.
    if (
      parts.titles.length === 0 &&
      parts.organisations.length === 0 &&
      parts.names.length === 2 &&
      / - /.test(headingText)
    )
      parts.titles.push(parts.names.pop() as string);
    // "### Acme" over "#### Engineer, 2019–2021": the deeper heading completes the role above.
    if (this.draft !== null && depth > this.draftDepth && this.mergeIntoDraft(parts)) return;
    // A place or "(Freelance)" alone opens no role.
    if (onlyCircumstances(parts) && parts.start === null) return;
    if (this.group !== null && depth <= this.group.depth) this.group = null;
    this.openRole(parts, span, depth);
  }

  private openSection(
    kind: Section["kind"],
    heading: string,
    span: { start: number; end: number },
    depth: number,
  ): void {
    const unnamedAndEmpty = this.sections.length === 1 && this.section.heading === "" && this.claims.length === 0;
    const section: Section = { kind, heading, range: rangeOf(span, this.toPoint) };
    this.closeDraft();
    const nested = this.section.kind === "experience" && depth > this.sectionDepth && kind !== "other";
    // A sibling of a nested subsection ("#### Tools" after "#### Testing") sits in the same outer one.
    const sibling = this.outer !== null && depth > this.outer.depth;
    this.outer = nested ? { index: this.current, depth: this.sectionDepth } : sibling ? this.outer : null;
    if (unnamedAndEmpty) this.sections[0] = section;
    else this.sections.push(section);
    this.current = this.sections.length - 1;
    this.sectionDepth = depth;
    this.currentRole = null;
    this.group = null;
  }

  private openRole(parts: RoleParts, span: { start: number; end: number }, depth: number): void {
    this.closeDraft();
    const group = this.group;
    const role: Role = {
      ...fieldsOf(parts, group),
      sectionIndex: this.sectionIndex,
      range: rangeOf(span, this.toPoint),
    };
    this.roles.push(role);
    this.currentRole = this.roles.length - 1;
    this.claimsInCurrentRole = 0;
    // "SALSIFY, Staff SE, Senior SE3 · 2018–2023": a role for each title; the dates cover the stay
    // at the organisation, not one title, and the claims below go with the first.
    if (parts.titleList) {
      role.title = parts.titles[0] ?? null;
      role.start = null;
      role.end = null;
      for (const title of parts.titles.slice(1)) this.roles.push({ ...role, title, range: { ...role.range } });
    }
    this.draft = parts;
    this.draftDepth = depth;
    this.draftGroup = group;
  }

  /**
   * Adds a header line's parts to the role whose header is still open ("Acme" then "Engineer,
   * 2019–2021", or "Engineer at Acme" then "Berlin" then "2019 – present"). Returns false when the
   * line states something the role already has, so that it is a role of its own or a claim.
   */
  private mergeIntoDraft(parts: RoleParts): boolean {
    const draft = this.draft;
    if (draft === null || this.currentRole === null || this.claimsInCurrentRole > 0) return false;
    const role = this.roles[this.currentRole] as Role;
    // A role whose organisation came from the line above it is complete in its name.
    const fromGroup = role.organisation !== null && draft.names.length + draft.organisations.length === 0;
    if (fromGroup && parts.names.length + parts.organisations.length > 0) return false;
    // "*05.2009 – 07.2012* | Nizhniy Novgorod" under "Designer at Mera": the role has its title
    // and organisation, so a short name beside its dates is where the job was.
    const named = draft.names.length + draft.organisations.length > 0 || role.organisation !== null;
    if (draft.titles.length > 0 && named && parts.start !== null && parts.titles.length === 0) {
      const short = parts.names.filter((name) => name.split(" ").length <= 3);
      if (short.length === parts.names.length && parts.organisations.length === 0 && parts.locations.length === 0) {
        parts.locations.push(...parts.names.splice(0));
      }
    }
    if (!canMerge(draft, parts)) return false;
    const opensGroup = draft.titles.length === 0 && draft.start === null && parts.titles.length > 0;
    draft.titles.push(...parts.titles);
    draft.organisations.push(...parts.organisations);
    draft.names.push(...parts.names);
    draft.locations.push(...parts.locations);
    draft.employment.push(...parts.employment);
    draft.start ??= parts.start;
    draft.end ??= parts.end;
    Object.assign(role, fieldsOf(draft, this.draftGroup));
    // The line above named only the organisation: later titles without one belong to it too.
    if (opensGroup && role.organisation !== null) {
      this.group = groupOf(role, this.draftDepth);
    }
    return true;
  }

  /** A role whose header named only an organisation and got no claims was a heading over roles. */
  private closeDraft(): void {
    if (this.draft === null || this.currentRole === null) return;
    const draft = this.draft;
    const placeholder = draft.titles.length === 0 && draft.start === null && this.claimsInCurrentRole === 0;
    if (placeholder && this.currentRole === this.roles.length - 1) {
      const role = this.roles.pop() as Role;
      if (role.organisation !== null) this.group = groupOf(role, this.draftDepth);
      this.currentRole = null;
    }
    this.draft = null;
  }

  /**
   * Reads the text as a role line ("Senior Engineer, Acme, 2019–2024") when the current section is
   * experience, or as a line that completes the open role's header. `startsStrong`: the line opens
   * in bold, which lets a dateless title count. Returns true when it was one.
   */
  tryRoleLine(text: MappedText, startsStrong: boolean): boolean {
    // Roles sit under experience, and under sections such as research or volunteering.
    if (this.section.kind !== "experience" && this.section.kind !== "other" && this.section.kind !== "projects")
      return false;
    const plain = text.toString();
    const span = text.sourceSpan();
    if (!span) return false;
    const headerOpen = this.draft !== null && this.claimsInCurrentRole === 0;
    if (headerOpen) {
      const header = headerParts(plain, this.partsOf(plain));
      if (header && this.mergeIntoDraft(header)) return true;
    }
    // Most lines are claims: without bold or dates a line cannot open a role, so it is not parsed.
    if (!startsStrong && findDateRange(this.words, plain) === null) return false;
    const parts = this.partsOf(plain);
    if (parts === null || !hasRoleLineShape(this.words, plain, parts, { requireDates: !startsStrong })) return false;
    if (parts.titles.length === 0 && parts.start === null) return false;
    if (this.section.kind !== "experience" && !this.namesAJob(plain)) return false;
    this.adoptPending();
    this.openRole(parts, span, this.draftDepth);
    return true;
  }

  /**
   * "### Project Engineer | Wipro" inside experience is a role, though "project" names a section:
   * a heading below the section's own with a job title in it that is not a section name exactly.
   * So is "### Open Source Maintainer | GitHub" under projects or activities.
   */
  private looksLikeRole(text: string, depth: number): boolean {
    const kind = this.section.kind;
    if ((kind !== "experience" && kind !== "projects" && kind !== "other") || depth <= this.sectionDepth) return false;
    if (this.inNameBlock) return false;
    if (sectionKindOf(text, this.words, { exact: true }) !== null) return false;
    return (this.partsOf(text)?.titles.length ?? 0) > 0;
  }

  /**
   * A line's role parts, read once however many questions are asked of them; each caller gets
   * its own copy to change.
   */
  private partsOf(text: string): RoleParts | null {
    let parts = this.partsByText.get(text);
    if (parts === undefined) {
      parts = readRoleParts(this.words, text);
      this.partsByText.set(text, parts);
    }
    return parts && copyParts(parts);
  }

  /** Outside experience (volunteering, research), a line is a role only with a job title in it. */
  private namesAJob(text: string): boolean {
    // The block under the name ("# Jane Doe", "## Staff Engineer") is a tagline, never a role.
    if (this.inNameBlock) return false;
    const kind = this.section.kind;
    const parts = this.partsOf(text);
    if ((kind !== "other" && kind !== "projects") || parts === null) return false;
    return hasRoleLineShape(this.words, text, parts, { requireDates: false }) && parts.titles.length > 0;
  }

  /**
   * "The One World · Remote" above "AI Intern, Nov 2022 – Dec 2022": a short line that names only
   * an organisation (and a place) is held until the next block says whether a role follows.
   */
  private tryPending(text: MappedText): boolean {
    if (this.section.kind !== "experience" || this.pending !== null) return false;
    const parts = headerParts(text.toString(), this.partsOf(text.toString()));
    if (!parts || parts.titles.length > 0 || parts.start !== null || parts.words > 12) return false;
    if (parts.names.length + parts.organisations.length !== 1) return false;
    this.pending = { parts, text };
    return true;
  }

  private adoptPending(): void {
    const pending = this.pending;
    if (pending === null) return;
    this.pending = null;
    const role = fieldsOf(pending.parts, null);
    this.group = groupOf(role, this.draftDepth);
  }

  /** The held line was no organisation over a role after all: read it as it would have been. */
  private flushPending(): void {
    const pending = this.pending;
    if (pending === null) return;
    this.pending = null;
    this.addSentences(pending.text);
  }

  /** A paragraph: a role line, or sentences that become claims. */
  paragraph(text: MappedText, startsStrong = false): void {
    // "Nov 2020 -- Present" on the first line of a paragraph that goes on to describe the job, or
    // one role line per line: each line is read on its own first.
    const lineBreak = text.firstLineBreak(this.source);
    if (lineBreak > 0 && this.tryRoleLine(text.slice(0, lineBreak), startsStrong)) {
      this.paragraph(text.slice(lineBreak + 1, text.length));
      return;
    }
    if (this.tryRoleLine(text, startsStrong)) return;
    this.flushPending();
    if (this.tryPending(text)) return;
    this.addSentences(text);
  }

  private addSentences(text: MappedText): void {
    const kind = this.section.kind;
    if (kind === "skills" || kind === "education") return;
    const plain = text.toString();
    if (kind === "other" && (contactPattern.test(plain) || plain.split(" ").length < 6)) return;
    for (const sentence of splitSentences(text, this.words)) this.addClaim(sentence, "sentence");
  }

  /**
   * A bullet: one claim, whatever its length. Skills bullets are kept too, so that `inspect` shows
   * what was read; the engine passes no skills or education claim to the rules.
   */
  bullet(text: MappedText): void {
    this.flushPending();
    this.addClaim(text.collapsed(), "bullet");
  }

  private addClaim(text: MappedText, kind: ClaimKind): void {
    const span = text.sourceSpan();
    if (!span) return;
    const plain = text.toString();
    if (!/\p{L}/u.test(plain)) return;
    // "Key contributions:" introduces claims; it is not one.
    if (plain.endsWith(":") && plain.split(" ").length <= 6) return;
    this.claims.push({
      ...(plain.includes("\uFFFD") ? { unreliable: "unmapped-characters" as const } : {}),
      text: plain,
      kind,
      sectionIndex: this.sectionIndex,
      roleIndex: this.currentRole,
      range: rangeOf(span, this.toPoint),
    });
    this.claimsInCurrentRole++;
  }
}
