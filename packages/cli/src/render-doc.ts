import { styleText } from "node:util";

type Style = "bold" | "dim" | "plain";

/** A run of text between spaces: its width on screen, and the text with its styles applied. */
interface Chunk {
  width: number;
  painted: string;
}

/**
 * Inline Markdown to chunks that wrap as one: `code` dimmed, **strong** bold, [links](…) as their
 * text. "`reslint`," is one chunk of two styles, so the comma never starts a line.
 */
function chunks(text: string, paint: (style: Style, text: string) => string): Chunk[] {
  const result: Chunk[] = [];
  let current: Chunk | null = null;
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\([^)]*\)|([^`*[]+|[`*[])/g;
  for (const [, code, strong, link, plain] of text.matchAll(pattern)) {
    const style: Style = code !== undefined ? "dim" : strong !== undefined ? "bold" : "plain";
    for (const part of (code ?? strong ?? link ?? plain ?? "").split(/(\s+)/)) {
      if (part === "") continue;
      if (/^\s+$/.test(part)) {
        current = null;
        continue;
      }
      if (!current) {
        current = { width: 0, painted: "" };
        result.push(current);
      }
      current.width += part.length;
      current.painted += paint(style, part);
    }
  }
  return result;
}

/** Fills a paragraph into lines of at most `width` characters, the first after `first`, the rest after `rest`. */
function fill(text: string, width: number, first: string, rest: string, paint: (style: Style, text: string) => string) {
  const lines: string[] = [];
  let line = first;
  let used = first.length;
  let empty = true;
  for (const chunk of chunks(text, paint)) {
    if (!empty && used + 1 + chunk.width > width) {
      lines.push(line);
      line = rest;
      used = rest.length;
      empty = true;
    }
    line += empty ? chunk.painted : ` ${chunk.painted}`;
    used += (empty ? 0 : 1) + chunk.width;
    empty = false;
  }
  lines.push(line);
  return lines;
}

/**
 * A rule's Markdown page for a terminal: headings bold, code dimmed, paragraphs and list items
 * wrapped to `width`. Without colour, the same layout in plain text.
 */
export function renderDoc(markdown: string, options: { width: number; color: boolean }): string {
  const width = Math.max(40, Math.min(options.width, 100));
  const style = (name: "bold" | "dim", text: string) =>
    options.color ? styleText(name, text, { validateStream: false }) : text;
  const paint = (name: Style, text: string) => (name === "plain" ? text : style(name, text));
  const out: string[] = [];
  const lines = markdown.replace(/\r\n/g, "\n").split("\n");
  let paragraph: { text: string; first: string; rest: string } | null = null;
  const flush = () => {
    if (paragraph) out.push(...fill(paragraph.text, width, paragraph.first, paragraph.rest, paint));
    paragraph = null;
  };
  let fence = false;
  for (const line of lines) {
    if (/^\s*```/.test(line)) {
      flush();
      fence = !fence;
      continue;
    }
    if (fence) {
      out.push(style("dim", `    ${line}`));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = /^(\s*)([-*]|\d+\.)\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const text = heading[2] ?? "";
      out.push(style("bold", heading[1] === "#" ? text.toUpperCase() : text));
    } else if (item) {
      flush();
      const indent = item[1] ?? "";
      const marker = item[2] === "-" || item[2] === "*" ? "•" : (item[2] ?? "");
      paragraph = { text: item[3] ?? "", first: `${indent}  ${marker} `, rest: `${indent}    ` };
    } else if (line.trim() === "") {
      flush();
      if (out.at(-1) !== "") out.push("");
    } else if (paragraph) paragraph.text += ` ${line.trim()}`;
    else paragraph = { text: line.trim(), first: "", rest: "" };
  }
  flush();
  while (out.at(-1) === "") out.pop();
  return `${out.join("\n")}\n`;
}
