import type { Heading, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { ResumeDocument, SourceFormat } from "../model/document.js";
import { RunCache } from "../model/run-cache.js";
import { DocumentBuilder } from "./builder.js";
import { type CommentPlaces, withDirectives } from "./directives.js";
import { MappedText } from "./mapped-text.js";
import { type MarkdownPiece, splitMarkdown } from "./markdown-pieces.js";
import type { ReadOptions } from "./options.js";
import { readText } from "./text-file.js";

const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml", "toml"]);
// Front matter only opens a document; a later piece starting with "---" holds a thematic break.
const pieceParser = unified().use(remarkParse);

/** Parsed Markdown pieces by their text, so an editor re-linting after a keystroke parses only the piece that changed. */
export class MarkdownPieceCache {
  private readonly runs = new RunCache<Root>();

  treeOf(piece: MarkdownPiece): Root {
    const first = piece.offset === 0;
    return this.runs.get(
      `${first ? "F" : "P"}${piece.text}`,
      () => (first ? parser : pieceParser).parse(piece.text) as Root,
    );
  }

  /** Forgets the pieces the last run did not use. */
  endRun(): void {
    this.runs.endRun();
  }
}

/** Where a parsed tree stands in the whole text: node offsets are relative to `base`. */
interface Place {
  source: string;
  base: number;
}

/** Reads a Markdown resume into the format-independent model; a cache makes re-reads of edited text cheap. */
export function readMarkdown(
  source: string,
  options: ReadOptions & { format?: SourceFormat; cache?: MarkdownPieceCache },
): ResumeDocument {
  const { document, parsed } = readMarkdownBlocks(source, options);
  if (!source.includes("reslint-")) return document;
  return withDirectives(document, source, htmlPlaces(parsed));
}

type ParsedTrees = readonly { tree: Root; base: number }[];

function readMarkdownBlocks(
  source: string,
  options: ReadOptions & { format?: SourceFormat; cache?: MarkdownPieceCache },
): { document: ResumeDocument; parsed: ParsedTrees } {
  const { cache, vocabulary } = options;
  const format = options.format ?? "markdown";
  const pieces = cache ? splitMarkdown(source) : null;
  const trees = pieces && cache ? pieces.map((piece) => ({ tree: cache.treeOf(piece), base: piece.offset })) : null;
  const parsed = trees && frontMatterHolds(trees, pieces) ? trees : [{ tree: parser.parse(source) as Root, base: 0 }];
  const builder = new DocumentBuilder(format, source, vocabulary.reading);
  for (const { tree, base } of parsed) visitBlocks(tree.children, builder, { source, base });
  const document = builder.finish();
  if (document.claims.length > 0) return { document, parsed };
  const whole = parsed.length === 1 ? (parsed[0] as { tree: Root }).tree : (parser.parse(source) as Root);
  return { document: readFencedResume(whole, source, format, options) ?? document, parsed };
}

/** Where the HTML of a Markdown source is, block and inline: a disable comment anywhere else is in code. */
function htmlPlaces(parsed: ParsedTrees): CommentPlaces {
  const places: [number, number][] = [];
  const visit = (node: Nodes, base: number): void => {
    if (node.type === "html" && node.position)
      places.push([(node.position.start.offset ?? 0) + base, (node.position.end.offset ?? 0) + base]);
    else if ("children" in node) for (const child of node.children) visit(child, base);
  };
  for (const { tree, base } of parsed) visit(tree, base);
  return (offset) => places.some(([start, end]) => start <= offset && offset < end);
}

/** Whether front matter the cutter kept whole was read as front matter, as a full parse reads it. */
function frontMatterHolds(trees: readonly { tree: Root }[], pieces: readonly MarkdownPiece[] | null): boolean {
  const first = pieces?.[0]?.text ?? "";
  if (!/^(?:---|\+\+\+)[ \t]*\r?\n/.test(first)) return true;
  const opening = trees[0]?.tree.children[0];
  return opening?.type === "yaml" || (opening?.type as string) === "toml";
}

function startOffset(node: Nodes, place: Place): number {
  return (node.position?.start.offset ?? 0) + place.base;
}

function endOffset(node: Nodes, place: Place): number {
  return (node.position?.end.offset ?? 0) + place.base;
}

/** Plain text of inline content, markup and inline HTML removed, with source offsets kept. */
function phrasingText(nodes: readonly PhrasingContent[], place: Place, into = new MappedText()): MappedText {
  for (const node of nodes) {
    switch (node.type) {
      case "text":
      case "inlineCode": {
        const start = startOffset(node, place);
        into.append(node.value, start, place.source.slice(start, endOffset(node, place)));
        break;
      }
      case "break":
        into.appendGap(startOffset(node, place));
        break;
      case "html":
        // Inline tags are markup; a line-breaking tag still keeps the words around it apart.
        if (/^<\/?(?:br|p|div|li|hr)\b/i.test(node.value)) into.appendGap(startOffset(node, place));
        break;
      case "image":
      case "imageReference":
      case "footnoteReference":
        break;
      default:
        if ("children" in node) phrasingText(node.children, place, into);
    }
  }
  return into;
}

function paragraphText(paragraph: Paragraph | Heading, place: Place): MappedText {
  return phrasingText(paragraph.children, place).collapsed();
}

function startsWithStrong(paragraph: Paragraph): boolean {
  const first = paragraph.children.find((child) => !(child.type === "text" && child.value.trim() === ""));
  return first?.type === "strong" || first?.type === "emphasis";
}

/**
 * Some people publish a plain-text resume inside a fenced code block so it keeps its layout.
 * When the Markdown itself yields no claims, read the largest such block as plain text, with
 * everything else blanked out so lines, columns and offsets still point into the file.
 */
function readFencedResume(
  tree: Root,
  source: string,
  format: SourceFormat,
  options: ReadOptions,
): ResumeDocument | null {
  const fences = options.vocabulary.reading.text.plainTextFences;
  const blocks = tree.children.filter(
    (node) => node.type === "code" && fences.has(node.lang ?? "") && node.value.split("\n").length >= 8,
  );
  const whole: Place = { source, base: 0 };
  const size = (node: Nodes) => endOffset(node, whole) - startOffset(node, whole);
  const largest = blocks.sort((a, b) => size(b) - size(a))[0];
  if (!largest?.position) return null;
  const firstLine = largest.position.start.line + 1;
  const lastLine = largest.position.end.line - 1;
  const masked = source
    .split("\n")
    .map((line, index) => (index + 1 >= firstLine && index + 1 <= lastLine ? line : line.replace(/[^\n]/g, " ")))
    .join("\n");
  const document = readText(masked, { vocabulary: options.vocabulary, format });
  return document.claims.length > 0 ? { ...document, text: source } : null;
}

function visitBlocks(nodes: readonly RootContent[], builder: DocumentBuilder, place: Place): void {
  for (const node of nodes) {
    switch (node.type) {
      case "heading":
        builder.heading(paragraphText(node, place), node.depth);
        break;
      case "paragraph":
        builder.paragraph(paragraphText(node, place), startsWithStrong(node));
        break;
      case "list":
        for (const item of node.children) visitListItem(item, builder, place);
        break;
      case "blockquote":
        visitBlocks(node.children, builder, place);
        break;
      default:
        // Code, HTML blocks, tables, thematic breaks and front matter carry no claims.
        break;
    }
  }
}

/** A list item: its first paragraph may be a role line; its text is one claim; nested lists follow. */
function visitListItem(item: ListItem, builder: DocumentBuilder, place: Place): void {
  const nested: RootContent[] = [];
  const text = new MappedText();
  let first = true;
  for (const child of item.children) {
    if (child.type === "paragraph" || child.type === "heading") {
      const isRole =
        first &&
        child.type === "paragraph" &&
        builder.tryRoleLine(paragraphText(child, place), startsWithStrong(child));
      if (!isRole) {
        if (text.length > 0) text.appendGap(startOffset(child, place));
        phrasingText(child.children, place, text);
      }
    } else {
      nested.push(child);
    }
    first = false;
  }
  builder.bullet(text);
  visitBlocks(nested, builder, place);
}
