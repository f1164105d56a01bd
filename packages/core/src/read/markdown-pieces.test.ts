import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { vocabulary } from "../test-vocabulary.js";
import { MarkdownPieceCache, readMarkdown } from "./markdown.js";
import { splitMarkdown } from "./markdown-pieces.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");

function markdownFiles(dir: string, into: string[] = []): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return into;
  }
  for (const name of names) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) markdownFiles(path, into);
    else if (/\.(md|markdown)$/.test(name)) into.push(path);
  }
  return into;
}

/** Every Markdown text at hand: the project's own, and the published resumes when ../shared is there. */
const texts = [
  ...markdownFiles(join(root, "examples")),
  ...markdownFiles(join(root, "test")),
  ...markdownFiles(join(root, "docs")),
  ...markdownFiles(join(root, "..", "shared", "realworld")),
].map((path) => ({ path, text: readFileSync(path, "utf8") }));

const TRICKY = [
  "# A\n\n```\ncode\n\nstill code\n```\n\nafter\n",
  "# A\n\n~~~~\n```\n\nin\n~~~~\n\n- b\n",
  "<!-- a comment\n\nthat spans\n\nblank lines -->\n\n- claim\n",
  "<!-- one line --> text\n\nnext paragraph\n",
  "<pre>\nx\n\ny\n</pre>\n\nz\n",
  "---\ntitle: Resume\n\nnotes: here\n---\n\n# Name\n\n- claim one\n",
  "---\nnot closed\n\n# Name\n\n- claim\n",
  "- one\n\n- two\n\n  continued\n\nthree\n",
  "1. one\n\n2) two\n\nend\n",
  "See [site][s].\n\n[s]: https://example.com\n",
  "- a\n\n  ```\n\nb\n\n```\ncode\n\nmore\n```\n",
  "> quote\n\n> another\n\nplain\n",
  "    indented code\n\n    more\n\ntext\n",
  "Title\n\n===\n\n---\n\nText\n---\n",
  "<!-->\n\nx\n\n-->\n\ny\n",
  "<?php\n\n?>\n\nz\n",
  "<!DOCTYPE x\n\n>\n\nq\n",
  "\r\n# Win\r\n\r\n- one\r\n\r\ntwo\r\n",
  "* a\n\n+ b\n\n-\n\nc\n",
  " ```\nx\n\n y\n ```\n\nz\n",
];

function documentsAgree(text: string, cache = new MarkdownPieceCache()): void {
  expect(readMarkdown(text, { vocabulary, format: "markdown", cache: cache })).toEqual(
    readMarkdown(text, { vocabulary }),
  );
}

describe("reading Markdown in pieces", () => {
  it("reads tricky texts as a full parse reads them", () => {
    for (const text of TRICKY) documentsAgree(text);
  });

  it("reads every Markdown file at hand as a full parse reads it", () => {
    expect(texts.length).toBeGreaterThan(20);
    for (const { text } of texts) documentsAgree(text);
  });

  it("reads edited texts as a full parse reads them, whatever the edit", () => {
    // Insert characters that open or close blocks at pseudo-random places, with one shared cache.
    const inserts = ["`", "```", "\n", "\n\n", "<!--", "-->", "~~~", "- ", "[x]: y", "---\n", " ", "<pre>", ">"];
    let seed = 7;
    const next = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    const cache = new MarkdownPieceCache();
    let cut = 0;
    for (const { text } of texts) {
      for (let edit = 0; edit < 8; edit++) {
        let current = text;
        for (let insert = next(3); insert >= 0; insert--) {
          const at = next(current.length + 1);
          current = current.slice(0, at) + (inserts[next(inserts.length)] as string) + current.slice(at);
        }
        if (splitMarkdown(current)) cut++;
        documentsAgree(current, cache);
      }
    }
    // Most edits leave a text that is still read in pieces, so the comparison above tests them.
    expect(cut).toBeGreaterThan(texts.length * 4);
  });

  it("cuts a resume at its headings and paragraphs, keeping each list whole", () => {
    const text = "# Name\n\n## Experience\n\n### Role\n\n- one\n- two\n\n- three\n\nA paragraph.\n";
    const pieces = splitMarkdown(text)?.map((piece) => piece.text);
    expect(pieces).toEqual([
      "# Name\n\n",
      "## Experience\n\n",
      "### Role\n\n",
      "- one\n- two\n\n- three\n\n",
      "A paragraph.\n",
    ]);
  });

  it("does not cut a text with a link reference definition or an indented fence", () => {
    expect(splitMarkdown("A [b][c].\n\n[c]: https://example.com\n")).toBeNull();
    expect(splitMarkdown("- a\n\n  ```\n  x\n  ```\n\nb\n")).toBeNull();
  });

  it("keeps offsets pointing into the whole text", () => {
    const text = "# Name\n\n## Experience\n\n- Led the migration of billing to a new queue.\n";
    const document = readMarkdown(text, { vocabulary, format: "markdown", cache: new MarkdownPieceCache() });
    const claim = document.claims[0];
    expect(claim?.range.start).toMatchObject({ line: 5, column: 3, offset: 25 });
    expect(text.slice(claim?.range.start.offset, claim?.range.end.offset)).toBe(claim?.text);
  });
});
