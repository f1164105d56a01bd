/**
 * The same resume in several formats must produce the same findings. Every resume in
 * test/fixtures/shared that exists in more than one format (src/NAME.md, and NAME.docx, NAME.pdf,
 * NAME.latex.pdf, NAME.twocol.pdf…) is linted with core's `lintFile` at the senior level, and the
 * findings of each rendering are compared with those of the Markdown source as a multiset of
 * (rule id, normalised excerpt). Normalised: lower-case, whitespace collapsed, quote, dash and
 * hyphen variants unified, soft hyphens removed, trailing punctuation dropped.
 *
 * Each group prints its agreement, e.g. `alice-senior: md 4, docx 4, pdf 4, latex.pdf 4 — 100%
 * agreement`: the findings the renderings share with the Markdown, over all the findings either
 * side has (an unreadable rendering counts as disagreeing).
 *
 * Positions must make sense per format:
 * - DOCX: `line` is a paragraph number, counting every `<w:p>` of word/document.xml in document
 *   order from 1, and that paragraph's text contains the start of the excerpt;
 * - PDF: `page` is a whole number ≥ 1 and `box` has a positive width and height.
 *
 * `@reslint/core` and `@reslint/rules` resolve to the BUILT packages: run `pnpm build` first.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type LintMessage, type LintResult, lintFile } from "@reslint/core";
import { rules, vocabulary } from "@reslint/rules";
import { describe, expect, it } from "vitest";
import { readEntry } from "./zip.js";

const shared = fileURLToPath(new URL("../fixtures/shared/", import.meta.url));

/** The groups the shared fixtures hold; a missing or extra one means the fixtures were not copied right. */
const EXPECTED_GROUPS = {
  "alice-senior": ["md", "docx", "pdf", "latex.pdf"],
  "bob-staff-claims": ["md", "docx", "pdf"],
  "carmen-techlead": ["md", "docx", "pdf", "twocol.pdf"],
};

/** Lower-case, whitespace collapsed, quote/dash/hyphen variants unified, trailing punctuation dropped. */
function normalise(text: string): string {
  return text
    .replace(/\u00ad/g, "")
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]/g, "-")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s.,;:!?\u2026]+$/u, "");
}

interface Rendering {
  /** "md", "docx", "pdf", "latex.pdf", "twocol.pdf"… */
  label: string;
  path: string;
}

/** Source first, then DOCX, plain PDF and the other renderings. */
const rank = (label: string) => ["md", "docx", "pdf"].indexOf(label) + 1 || 4;

/** Resumes by base name, each with its renderings, the Markdown source first. */
function findGroups(): Map<string, Rendering[]> {
  const groups = new Map<string, Rendering[]>();
  const add = (file: string, path: string) => {
    const dot = file.indexOf(".");
    if (dot <= 0) return;
    const base = file.slice(0, dot);
    const renderings = groups.get(base) ?? [];
    renderings.push({ label: file.slice(dot + 1), path });
    groups.set(base, renderings);
  };
  for (const file of readdirSync(join(shared, "src")).sort()) {
    if (file.endsWith(".md")) add(file, join(shared, "src", file));
  }
  for (const file of readdirSync(shared).sort()) {
    if (/\.(pdf|docx)$/.test(file)) add(file, join(shared, file));
  }
  for (const [base, renderings] of groups) {
    const hasSource = renderings.some((rendering) => rendering.label === "md");
    if (!hasSource || renderings.length < 2) groups.delete(base);
    renderings.sort((a, b) => rank(a.label) - rank(b.label) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  }
  return groups;
}

const groups = findGroups();

const linted = new Map<string, Promise<LintResult>>();
/** Each file is linted once, however many tests look at it. */
function lint(path: string): Promise<LintResult> {
  let result = linted.get(path);
  if (!result) {
    result = lintFile(path, { level: "senior", rules, vocabulary });
    linted.set(path, result);
  }
  return result;
}

const fatalOf = (result: LintResult) => result.messages.find((message) => message.fatal);

/** A finding as the comparison sees it. */
const keyOf = (message: LintMessage) => `${message.ruleId} | ${normalise(message.excerpt)}`;

function countKeys(messages: readonly LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of messages) counts.set(keyOf(message), (counts.get(keyOf(message)) ?? 0) + 1);
  return counts;
}

/** What one rendering has that the source has not (`extra`), and the reverse (`missing`). */
function compare(source: readonly LintMessage[], rendering: readonly LintMessage[]) {
  const want = countKeys(source);
  const got = countKeys(rendering);
  const missing: string[] = [];
  const extra: string[] = [];
  let shared = 0;
  let either = 0;
  for (const key of new Set([...want.keys(), ...got.keys()])) {
    const wanted = want.get(key) ?? 0;
    const found = got.get(key) ?? 0;
    shared += Math.min(wanted, found);
    either += Math.max(wanted, found);
    for (let index = found; index < wanted; index += 1) missing.push(key);
    for (let index = wanted; index < found; index += 1) extra.push(key);
  }
  return { missing, extra, shared, either };
}

describe("the shared fixtures", () => {
  it("hold the resumes this test expects, each in several formats", () => {
    const found = Object.fromEntries(
      [...groups].map(([base, renderings]) => [base, renderings.map((rendering) => rendering.label).sort()]),
    );
    const expected = Object.fromEntries(
      Object.entries(EXPECTED_GROUPS).map(([base, labels]) => [base, [...labels].sort()]),
    );
    expect(found).toEqual(expected);
  });
});

describe("cross-format findings", () => {
  it.each([...groups.keys()])("%s: every format reports the findings of the Markdown source", async (base) => {
    const renderings = groups.get(base) ?? [];
    const [source, ...others] = renderings;
    if (!source) throw new Error(`no renderings for ${base}`);
    const sourceResult = await lint(source.path);
    expect(fatalOf(sourceResult), `${source.path} is read`).toBeUndefined();

    const counts = [`md ${sourceResult.messages.length}`];
    const problems: string[] = [];
    let shared = 0;
    let either = 0;
    for (const rendering of others) {
      const result = await lint(rendering.path);
      const fatal = fatalOf(result);
      if (fatal) {
        counts.push(`${rendering.label} unreadable`);
        problems.push(`${rendering.label}: not read: ${fatal.message}`);
        either += Math.max(sourceResult.messages.length, 1);
        continue;
      }
      counts.push(`${rendering.label} ${result.messages.length}`);
      const difference = compare(sourceResult.messages, result.messages);
      shared += difference.shared;
      either += difference.either;
      for (const key of difference.missing) problems.push(`${rendering.label}: missing (in md only): ${key}`);
      for (const key of difference.extra) problems.push(`${rendering.label}: extra (not in md): ${key}`);
    }
    const agreement = either === 0 ? 100 : (100 * shared) / either;
    console.log(
      `${base}: ${counts.join(", ")} — ${Number.isInteger(agreement) ? agreement : agreement.toFixed(1)}% agreement` +
        problems.map((problem) => `\n  ${problem}`).join(""),
    );
    expect(problems, `${base}: findings that differ from the Markdown source`).toEqual([]);
  });
});

// ─── Positions ──────────────────────────────────────────────────────────────────

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decodeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return String.fromCodePoint(code);
    }
    return XML_ENTITIES[name] ?? entity;
  });

/**
 * The text of every paragraph of a DOCX body, in document order (a paragraph nested in another, as
 * in a text box, comes after the one it starts in): runs' text, tabs as tabs, breaks as spaces.
 */
function docxParagraphs(bytes: Buffer): string[] {
  const xml = readEntry(bytes, "word/document.xml").toString("utf8");
  const paragraphs: string[] = [];
  const open: number[] = [];
  let inText = false;
  const tokens = /<(\/?)w:(\w+)\b[^>]*?(\/?)>|<[^>]*>|([^<]+)/g;
  for (const [, closing, tag, selfClosing, text] of xml.matchAll(tokens)) {
    const current = open[open.length - 1];
    if (text !== undefined) {
      if (inText && current !== undefined) paragraphs[current] += decodeXml(text);
      continue;
    }
    if (tag === "p") {
      if (closing) open.pop();
      else {
        paragraphs.push("");
        if (!selfClosing) open.push(paragraphs.length - 1);
      }
    } else if (tag === "t") {
      inText = !closing && !selfClosing;
    } else if (current !== undefined && !closing) {
      if (tag === "tab") paragraphs[current] += "\t";
      else if (tag === "br" || tag === "cr") paragraphs[current] += " ";
      else if (tag === "noBreakHyphen") paragraphs[current] += "-";
    }
  }
  return paragraphs;
}

/** The first words of an excerpt, normalised: what the paragraph it is reported on must contain. */
const startOf = (excerpt: string) => normalise(excerpt).split(" ").slice(0, 4).join(" ");

const renderings = [...groups.values()].flat().filter((rendering) => rendering.label !== "md");
const docxFiles = renderings.filter((rendering) => rendering.path.endsWith(".docx"));
const pdfFiles = renderings.filter((rendering) => rendering.path.endsWith(".pdf"));
const nameOf = (rendering: Rendering) => rendering.path.slice(shared.length);

describe("the position checks' own helpers", () => {
  it("normalise unifies what renderers change", () => {
    expect(normalise("  Led the \u201cblue\u2010green\u201d roll\u00adout \u2014 2019\u20132025.\n")).toBe(
      normalise('led the "blue-green" rollout - 2019-2025'),
    );
    expect(normalise("It\u2019s   done!")).toBe("it's done");
  });

  it("docxParagraphs reads every paragraph of a pandoc DOCX", () => {
    const paragraphs = docxParagraphs(readFileSync(join(shared, "bob-staff-claims.docx")));
    expect(paragraphs).toHaveLength(16);
    expect(paragraphs[0]).toBe("Bob Castellano");
    expect(paragraphs[3]).toMatch(/^Principal-level engineer with 16 years in the industry\. Defined/);
    expect(paragraphs[5]).toBe("Lead Engineer \u2014 Vantage Media (2018\u20132025)");
    expect(paragraphs[15]).toBe("Java, Scala, Spark, AWS");
  });
});

describe("DOCX positions", () => {
  it.each(docxFiles.map(nameOf))("%s: each finding's line is a paragraph that holds its excerpt", async (name) => {
    const path = join(shared, name);
    const result = await lint(path);
    expect(fatalOf(result)?.message, `${name} is read`).toBeUndefined();
    const paragraphs = docxParagraphs(readFileSync(path));
    const misplaced = result.messages
      .filter((message) => !normalise(paragraphs[message.line - 1] ?? "").includes(startOf(message.excerpt)))
      .map(
        (message) =>
          `${message.ruleId} at line ${message.line} ("${startOf(message.excerpt)}…") but paragraph ${message.line} is ${JSON.stringify(paragraphs[message.line - 1] ?? "(none)")}`,
      );
    expect(misplaced).toEqual([]);
  });
});

describe("PDF positions", () => {
  it.each(pdfFiles.map(nameOf))("%s: each finding has a page and a box", async (name) => {
    const result = await lint(join(shared, name));
    expect(fatalOf(result)?.message, `${name} is read`).toBeUndefined();
    const unplaced = result.messages
      .filter((message) => {
        const { page, box } = message;
        const pageOk = page !== undefined && Number.isInteger(page) && page >= 1;
        const boxOk =
          box !== undefined &&
          Number.isFinite(box.x) &&
          Number.isFinite(box.y) &&
          box.width > 0 &&
          box.height > 0 &&
          Number.isFinite(box.width) &&
          Number.isFinite(box.height);
        return !pageOk || !boxOk;
      })
      .map(
        (message) =>
          `${message.ruleId} "${startOf(message.excerpt)}…": page ${message.page}, box ${JSON.stringify(message.box)}`,
      );
    expect(unplaced).toEqual([]);
  });
});

/** The level result of one rendering, positions left out: they are lines, paragraphs or pages by format. */
function levelOf(result: LintResult) {
  const assessment = result.level.assessment;
  if (!assessment) return null;
  const cite = (citations: readonly { excerpt: string }[]) => citations.map((citation) => startOf(citation.excerpt));
  return {
    estimated: assessment.estimated,
    confidence: assessment.confidence,
    belowMid: assessment.belowMid,
    supports: assessment.supports,
    lenses: Object.fromEntries(
      Object.entries(assessment.lenses).map(([lens, score]) => [
        lens,
        { score: score.score, reason: score.reason, evidence: cite(score.evidence) },
      ]),
    ),
    rubric: assessment.rubric.map((entry) => (entry.observable ? { ...entry, evidence: cite(entry.evidence) } : entry)),
    shortfalls: assessment.shortfalls,
    gates: assessment.gates,
    downLevelRisk: assessment.downLevelRisk,
    levelFindings: result.messages
      .filter((message) =>
        ["level-mismatch", "title-evidence-mismatch", "coordination-heavy"].includes(message.ruleId ?? ""),
      )
      .map((message) => `${message.ruleId}: ${message.message}`),
  };
}

describe("cross-format level result", () => {
  it.each([...groups.keys()])(
    "%s: every format gives the Markdown source's estimate, lenses, rubric and level findings",
    async (base) => {
      const renderings = groups.get(base) ?? [];
      for (const level of ["senior", "staff"] as const) {
        const results = await Promise.all(
          renderings.map(async (rendering) => ({
            label: rendering.label,
            level: levelOf(await lintFile(rendering.path, { level, rules, vocabulary })),
          })),
        );
        const [source, ...others] = results;
        expect(source?.level, `${base}.md has a level result`).not.toBeNull();
        for (const other of others) expect(other.level, `${base}.${other.label} at ${level}`).toEqual(source?.level);
      }
    },
  );
});
