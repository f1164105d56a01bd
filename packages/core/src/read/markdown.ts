import type { Heading, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { ResumeDocument, SourceFormat } from "../model/document.js";
import { DocumentBuilder } from "./builder.js";
import { MappedText } from "./mapped-text.js";
import { readText } from "./text-file.js";

const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml", "toml"]);

/** Reads a Markdown resume into the format-independent model. */
export function readMarkdown(source: string, format: SourceFormat = "markdown"): ResumeDocument {
  const tree = parser.parse(source) as Root;
  const builder = new DocumentBuilder(format, source);
  visitBlocks(tree.children, builder, source);
  const document = builder.finish();
  return document.claims.length > 0 ? document : (readFencedResume(tree, source, format) ?? document);
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

const plainFenceLanguages = new Set(["", "text", "txt", "plain", "plaintext", "resume", "cv"]);

/**
 * Some people publish a plain-text resume inside a fenced code block so it keeps its layout.
 * When the Markdown itself yields no claims, read the largest such block as plain text, with
 * everything else blanked out so lines, columns and offsets still point into the file.
 */
function readFencedResume(tree: Root, source: string, format: SourceFormat): ResumeDocument | null {
  const fences = tree.children.filter(
    (node) => node.type === "code" && plainFenceLanguages.has(node.lang ?? "") && node.value.split("\n").length >= 8,
  );
  const largest = fences.sort((a, b) => endOffset(b) - startOffset(b) - (endOffset(a) - startOffset(a)))[0];
  if (!largest?.position) return null;
  const firstLine = largest.position.start.line + 1;
  const lastLine = largest.position.end.line - 1;
  const masked = source
    .split("\n")
    .map((line, index) => (index + 1 >= firstLine && index + 1 <= lastLine ? line : line.replace(/[^\n]/g, " ")))
    .join("\n");
  const document = readText(masked, format);
  return document.claims.length > 0 ? { ...document, text: source } : null;
}

function visitBlocks(nodes: readonly RootContent[], builder: DocumentBuilder, source: string): void {
  for (const node of nodes) {
    switch (node.type) {
      case "heading":
        builder.heading(paragraphText(node, source), node.depth);
        break;
      case "paragraph":
        builder.paragraph(paragraphText(node, source), startsWithStrong(node));
        break;
      case "list":
        for (const item of node.children) visitListItem(item, builder, source);
        break;
      case "blockquote":
        visitBlocks(node.children, builder, source);
        break;
      default:
        // Code, HTML blocks, tables, thematic breaks and front matter carry no claims.
        break;
    }
  }
}

/** A list item: its first paragraph may be a role line; its text is one claim; nested lists follow. */
function visitListItem(item: ListItem, builder: DocumentBuilder, source: string): void {
  const nested: RootContent[] = [];
  const text = new MappedText();
  let first = true;
  for (const child of item.children) {
    if (child.type === "paragraph" || child.type === "heading") {
      const isRole =
        first &&
        child.type === "paragraph" &&
        builder.tryRoleLine(paragraphText(child, source), startsWithStrong(child));
      if (!isRole) {
        if (text.length > 0) text.appendGap(startOffset(child));
        phrasingText(child.children, source, text);
      }
    } else {
      nested.push(child);
    }
    first = false;
  }
  builder.bullet(text);
  visitBlocks(nested, builder, source);
}
