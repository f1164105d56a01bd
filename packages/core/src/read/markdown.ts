import type { Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { location } from "vfile-location";
import type { Claim, ClaimKind, ResumeDocument, Role, Section, SourceFormat } from "../document.js";
import { MappedText, type OffsetToPoint, rangeOf, splitSentences } from "./plain-text.js";
import { parseRoleLine } from "./roles.js";
import { sectionKindOf } from "./sections.js";

const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml", "toml"]);

/** Reads a Markdown resume into the format-independent model. */
export function readMarkdown(source: string, format: SourceFormat = "markdown"): ResumeDocument {
  const tree = parser.parse(source) as Root;
  const place = location(source);
  const toPoint: OffsetToPoint = (offset) => {
    const point = place.toPoint(Math.min(offset, source.length));
    return { line: point?.line ?? 1, column: point?.column ?? 1, offset };
  };
  const builder = new DocumentBuilder(format, toPoint, source);
  builder.visitBlocks(tree.children);
  return builder.finish();
}

function startOffset(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function endOffset(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/** Plain text of inline content, markup and inline HTML removed, with source offsets kept. */
function phrasingText(nodes: readonly PhrasingContent[], source: string, into = new MappedText()): MappedText {
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        into.append(node.value, startOffset(node), source.slice(startOffset(node), endOffset(node)));
        break;
      case "inlineCode": {
        into.append(node.value, startOffset(node), source.slice(startOffset(node), endOffset(node)));
        break;
      }
      case "break":
        into.appendGap(startOffset(node));
        break;
      case "html":
        // Inline tags are markup; a line-breaking tag still keeps the words around it apart.
        if (/^<\/?(?:br|p|div|li|hr)\b/i.test(node.value)) into.appendGap(startOffset(node));
        break;
      case "image":
      case "imageReference":
      case "footnoteReference":
        break;
      default:
        if ("children" in node) phrasingText(node.children, source, into);
    }
  }
  return into;
}

function paragraphText(paragraph: Paragraph | Heading, source: string): MappedText {
  return phrasingText(paragraph.children, source).collapsed();
}

function startsWithStrong(paragraph: Paragraph): boolean {
  const first = paragraph.children.find((child) => !(child.type === "text" && child.value.trim() === ""));
  return first?.type === "strong" || first?.type === "emphasis";
}

const contactPattern = /@|https?:\/\/|www\.|\+?\d[\d\s().-]{7,}\d|linkedin|github\.com/i;

class DocumentBuilder {
  private sections: Section[] = [];
  private roles: Role[] = [];
  private claims: Claim[] = [];
  private sectionDepth = 0;
  private currentRole: number | null = null;
  private claimsInCurrentRole = 0;
  private roleDepth = 0;

  constructor(
    private readonly format: SourceFormat,
    private readonly toPoint: OffsetToPoint,
    private readonly source: string,
  ) {
    const sourceLength = source.length;
    // Text before the first heading (a name, a contact line) sits in an unnamed section.
    this.sections.push({
      kind: "other",
      heading: "",
      range: rangeOf({ start: 0, end: Math.min(sourceLength, 0) }, toPoint),
    });
  }

  finish(): ResumeDocument {
    return { format: this.format, sections: this.sections, roles: this.roles, claims: this.claims };
  }

  private get section(): Section {
    return this.sections[this.sections.length - 1] as Section;
  }

  private get sectionIndex(): number {
    return this.sections.length - 1;
  }

  visitBlocks(nodes: readonly RootContent[]): void {
    for (const node of nodes) this.visitBlock(node);
  }

  private visitBlock(node: RootContent): void {
    switch (node.type) {
      case "heading":
        this.visitHeading(node);
        break;
      case "paragraph":
        this.visitParagraph(node);
        break;
      case "list":
        this.visitList(node);
        break;
      case "blockquote":
        this.visitBlocks(node.children);
        break;
      default:
        // Code, HTML blocks, tables, thematic breaks and front matter carry no claims.
        break;
    }
  }

  private visitHeading(heading: Heading): void {
    const text = paragraphText(heading, this.source);
    const headingText = text.toString();
    const span = text.sourceSpan() ?? { start: startOffset(heading), end: endOffset(heading) };
    const kind = sectionKindOf(headingText);
    const unnamedStart = this.sections.length === 1 && this.section.heading === "";
    if (kind !== null || unnamedStart || heading.depth <= this.sectionDepth || headingText === "") {
      this.openSection(kind ?? "other", headingText, span, heading.depth);
      return;
    }
    if (this.section.kind === "experience") {
      const role = parseRoleLine(headingText, { requireDates: false }) ?? {
        title: headingText,
        organisation: null,
        start: null,
        end: null,
      };
      const group = this.organisationGroup(heading.depth);
      if (group !== null) role.organisation ??= group;
      this.openRole(role, span);
      this.roleDepth = heading.depth;
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

  private groupOrganisation: string | null = null;
  private groupDepth = 0;

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

  /** Returns true when the paragraph was a role line. */
  private tryRoleLine(paragraph: Paragraph): boolean {
    if (this.section.kind !== "experience") return false;
    const text = paragraphText(paragraph, this.source);
    const line = parseRoleLine(text.toString(), { requireDates: !startsWithStrong(paragraph) });
    if (!line) return false;
    if (this.completeRole(line)) return true;
    if (line.title === "") return false;
    this.openRole(line, text.sourceSpan() ?? { start: startOffset(paragraph), end: endOffset(paragraph) });
    return true;
  }

  private visitParagraph(paragraph: Paragraph): void {
    if (this.tryRoleLine(paragraph)) return;
    const kind = this.section.kind;
    if (kind === "skills" || kind === "education") return;
    const text = paragraphText(paragraph, this.source);
    const plain = text.toString();
    if (kind === "other" && (contactPattern.test(plain) || plain.split(" ").length < 6)) return;
    for (const sentence of splitSentences(text)) this.addClaim(sentence, "sentence");
  }

  private visitList(list: List): void {
    for (const item of list.children) this.visitListItem(item);
  }

  private visitListItem(item: ListItem): void {
    const nested: RootContent[] = [];
    const text = new MappedText();
    let first = true;
    for (const child of item.children) {
      if (child.type === "paragraph" || child.type === "heading") {
        if (first && child.type === "paragraph" && this.tryRoleLine(child)) {
          first = false;
          continue;
        }
        if (text.length > 0) text.appendGap(startOffset(child));
        phrasingText(child.children, this.source, text);
      } else {
        nested.push(child);
      }
      first = false;
    }
    if (this.section.kind !== "skills") this.addClaim(text.collapsed(), "bullet");
    this.visitBlocks(nested);
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
