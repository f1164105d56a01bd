import { VFile } from "vfile";
import { location } from "vfile-location";
import type { VFileMessage } from "vfile-message";
import { analyseDocument, isEvidenceClaim } from "../analyse/analyse-document.js";
import type { AnalysedClaim, Match } from "../analyse/signals.js";
import { type LevelReading, readLevel } from "../level/assess.js";
import type { PostingRequirements } from "../level/posting.js";
import { readPostingFit } from "../level/worksheet.js";
import type { Box, Claim, ResumeDocument, SourceFormat, SourceRange, UnreliableText } from "../model/document.js";
import type { LevelReport, LintMessage, LintResult, TriggerRange } from "../model/results.js";
import type { TargetLevel } from "../model/target-levels.js";
import { formatOf, ResumeReadError, readResumeFile, readResumeText } from "../read/index.js";
import type { ReadLimits } from "../read/read-limits.js";
import type { Vocabulary } from "../vocabulary/compile.js";
import type { LintCache } from "./lint-cache.js";
import type { Report, Rule, RuleContext, RuleOptions } from "./rule.js";

export interface LintOptions {
  level: TargetLevel;
  rules: readonly Rule[];
  /**
   * The words the resume is read and analysed with: `vocabulary` from `@reslint/rules` for the
   * built-in one, or one compiled with `compileVocabulary`. The core knows no words of its own.
   */
  vocabulary: Vocabulary;
  /** A job posting read with `readPosting`: the result gains its worksheet. */
  posting?: PostingRequirements;
  /** Reuses parsed text and claim signals across runs (an editor re-linting as the user types), for one vocabulary at a time. */
  cache?: LintCache;
  /** Options by rule id, from the configuration; a rule gets `{}` when it has none. */
  ruleOptions?: ReadonlyMap<string, RuleOptions>;
  /** Reader limits lower than the built-in ones, from the configuration (files read from disk). */
  readLimits?: ReadLimits;
}

const NO_OPTIONS: RuleOptions = Object.freeze({});

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

interface Located {
  range: SourceRange;
  excerpt: string;
  page?: number;
  box?: Box;
}

/** A vfile place for a source range. */
function placeOf(range: SourceRange) {
  const point = ({ line, column, offset }: SourceRange["start"]) => ({ line, column, offset });
  return { start: point(range.start), end: point(range.end) };
}

/** The trigger words of claim findings, kept beside the vfile messages like their PDF places. */
const triggers = new WeakMap<VFileMessage, TriggerRange>();

const sourcePlaces = new WeakMap<ResumeDocument, ReturnType<typeof location>>();

/** Line and column lookup for a document's text, built once per document. */
function sourcePlace(document: ResumeDocument): ReturnType<typeof location> {
  let place = sourcePlaces.get(document);
  if (!place) {
    place = location(document.text);
    sourcePlaces.set(document, place);
  }
  return place;
}

/**
 * Where a claim's trigger words stand in the document text: searched for within the claim's own
 * source span (whitespace may differ, markup may not), or null when they are not found there.
 */
function triggerRange(document: ResumeDocument, claim: Claim, trigger: Match): TriggerRange | null {
  const words = trigger.text
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (words.length === 0 || words[0] === "") return null;
  const span = document.text.slice(claim.range.start.offset, claim.range.end.offset);
  const found = new RegExp(words.join("\\s+"), "u").exec(span);
  if (!found) return null;
  const place = sourcePlace(document);
  const start = place.toPoint(claim.range.start.offset + found.index);
  const end = place.toPoint(claim.range.start.offset + found.index + found[0].length);
  if (!start || !end) return null;
  return { text: trigger.text, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** Quick fixes of claim findings, kept beside the vfile messages like their triggers. */
const fixes = new WeakMap<VFileMessage, NonNullable<LintMessage["fix"]>>();

/**
 * Where a fix's words stand in the source, as `triggerRange` finds them, widened over the
 * whitespace before them when the match starts with whitespace. Null when the words are not found
 * (the edit would not be safe) or the file is not one a person edits as text (PDF, DOCX).
 */
function fixRange(document: ResumeDocument, claim: Claim, match: Match): TriggerRange | null {
  if (document.format !== "markdown" && document.format !== "text") return null;
  const words = triggerRange(document, claim, match);
  if (!words || !/^\s/.test(match.text)) return words;
  const place = sourcePlace(document);
  const offset = place.toOffset({ line: words.line, column: words.column });
  if (offset === undefined) return null;
  let start = offset;
  while (start > claim.range.start.offset && /[ \t]/.test(document.text[start - 1] ?? "")) start--;
  const point = place.toPoint(start);
  return point ? { ...words, line: point.line, column: point.column } : null;
}

/** Page and box of PDF findings, kept beside the vfile messages that carry everything else. */
const pdfPlaces = new WeakMap<VFileMessage, { page?: number; box?: Box }>();

/** The document's first line with text on it: where a finding about the whole resume is shown. */
function firstLine(document: ResumeDocument): Located {
  const text = document.text;
  const start = text.search(/\S/);
  const offset = Math.max(start, 0);
  const lineEnd = text.indexOf("\n", offset);
  const end = lineEnd < 0 ? text.length : lineEnd;
  const line = text.slice(0, offset).split("\n").length;
  const column = offset - (text.lastIndexOf("\n", offset - 1) + 1) + 1;
  const excerpt = text
    .slice(offset, end)
    .replace(/^#+\s*/, "")
    .trim();
  return {
    range: {
      start: { line, column, offset },
      end: { line, column: column + (end - offset), offset: end },
    },
    excerpt,
    ...firstBox(document),
  };
}

/** On paper, a finding about the whole resume points at the first thing read from it that has a box. */
function firstBox(document: ResumeDocument): { page?: number; box?: Box } {
  const placed = [...document.sections, ...document.roles, ...document.claims]
    .filter((item) => item.box !== undefined)
    .sort((a, b) => a.range.start.offset - b.range.start.offset)[0];
  if (!placed) return document.format === "pdf" ? { page: 1 } : {};
  return { ...(placed.page !== undefined ? { page: placed.page } : {}), box: placed.box as Box };
}

function locate(report: Report, document: ResumeDocument): Located {
  if ("document" in report) return firstLine(document);
  const paper = (item: { page?: number; box?: Box }) => ({
    ...(item.page !== undefined ? { page: item.page } : {}),
    ...(item.box !== undefined ? { box: item.box } : {}),
  });
  if ("claim" in report) {
    const { claim } = report.claim;
    return { range: claim.range, excerpt: claim.text, ...paper(claim) };
  }
  if ("role" in report) {
    const { title, organisation } = report.role;
    return {
      range: report.role.range,
      excerpt: [title, organisation].filter((part) => part !== null).join(" — "),
      ...paper(report.role),
    };
  }
  if ("section" in report)
    return { range: report.section.range, excerpt: report.section.heading, ...paper(report.section) };
  return { range: report.range, excerpt: report.excerpt };
}

/**
 * Runs the rules that apply to the target level over an already-read document. Findings are
 * recorded on `file` as vfile messages (`ruleId`, `source: "reslint"`, `place`, `url`), the way
 * unified tools report them; `actual` carries the claim's text. Returns the claims the rules saw.
 */
export function lintDocument(
  document: ResumeDocument,
  options: LintOptions,
  file: VFile = new VFile(),
): { file: VFile; claims: AnalysedClaim[]; levelReading: LevelReading } {
  const claims = analyseDocument(document, options.vocabulary, options.cache?.for(options.vocabulary).signals);
  // The document is read and its claims analysed: what this run did not use can go.
  options.cache?.endRun();
  const evidence = claims.filter(isEvidenceClaim);
  reportReadingConfidence(document, file);
  const levelReading = readLevel(document, evidence, options.level);
  for (const rule of options.rules) {
    if (!rule.meta.levels.includes(options.level)) continue;
    const context: RuleContext = {
      level: options.level,
      document,
      claims: evidence,
      levelReading,
      options: options.ruleOptions?.get(rule.meta.id) ?? NO_OPTIONS,
      vocabulary: options.vocabulary,
      report(report) {
        const { range, excerpt, page, box } = locate(report, document);
        const message = file.message(report.message, {
          place: placeOf(range),
          ruleId: rule.meta.id,
          source: "reslint",
        });
        message.url = rule.meta.url;
        message.actual = collapse(excerpt);
        message.fatal = rule.meta.severity === "error";
        if (page !== undefined || box !== undefined) pdfPlaces.set(message, { page, box });
        const trigger =
          "claim" in report && report.trigger ? triggerRange(document, report.claim.claim, report.trigger) : null;
        if (trigger) triggers.set(message, trigger);
        if ("claim" in report && report.fix) {
          const range = fixRange(document, report.claim.claim, report.fix.match);
          if (range)
            fixes.set(message, {
              title: report.fix.title,
              range: { line: range.line, column: range.column, endLine: range.endLine, endColumn: range.endColumn },
              text: report.fix.replacement,
            });
        }
      },
    };
    rule.check(context);
  }
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { file, claims: evidence, levelReading };
}

/** The id of the reading warning: not a rule, but reported and filtered like one. */
export const READING_CONFIDENCE_ID = "reading-confidence";

const unreliableReasons: Record<UnreliableText, string> = {
  "font-map": "a font's character map does not match the letters it draws, so words come out as other letters",
  "unmapped-characters": "some characters (often ligatures such as “ff”) have no Unicode mapping",
};

/**
 * One warning on a file whose text was read but is partly unreliable, at its first such claim:
 * what was wrong, how much it affects, and what to do. Those claims are left out of the checks.
 */
function reportReadingConfidence(document: ResumeDocument, file: VFile): void {
  const unreliable = document.claims.filter((claim) => claim.unreliable !== undefined);
  const pictured = document.picturedPages ?? [];
  const first = unreliable[0];
  if (!first && pictured.length === 0) return;
  const reasons = [...new Set(unreliable.map((claim) => unreliableReasons[claim.unreliable as UnreliableText]))];
  const parts: string[] = [];
  if (first) {
    const count = `${unreliable.length} of ${document.claims.length} claim${document.claims.length === 1 ? "" : "s"}`;
    parts.push(
      `Part of this file's text could not be read reliably: ${reasons.join("; ")}. ${count} are affected and were left out of the checks and the level estimate.`,
    );
  }
  if (pictured.length > 0) {
    const pages = pictured.length === 1 ? `Page ${pictured[0]} is` : `Pages ${pictured.join(", ")} are`;
    parts.push(
      `${pages} a picture with no text to read (a scan?), so nothing on ${pictured.length === 1 ? "it" : "them"} was checked.`,
    );
  }
  const message = file.message(
    `${parts.join(" ")} Export the resume again from its source (or lint its DOCX or Markdown version) to check all of it.`,
    {
      place: first ? placeOf(first.range) : { line: 1, column: 1 },
      ruleId: READING_CONFIDENCE_ID,
      source: "reslint",
    },
  );
  message.actual = first ? collapse(first.text) : "";
  if (first && (first.page !== undefined || first.box !== undefined))
    pdfPlaces.set(message, { page: first.page, box: first.box });
  else if (!first) pdfPlaces.set(message, { page: pictured[0] });
}

/** The vfile messages of a lint as reslint's `LintMessage`s, with their triggers, fixes and PDF places. */
export function toLintMessages(file: VFile): LintMessage[] {
  return file.messages.map((message) => {
    const place = message.place && "start" in message.place ? message.place : null;
    const lintMessage: LintMessage = {
      ruleId: message.ruleId ?? null,
      severity: message.fatal ? 2 : 1,
      message: message.reason,
      line: place?.start.line ?? message.line ?? 1,
      column: place?.start.column ?? message.column ?? 1,
      endLine: place?.end.line ?? message.line ?? 1,
      endColumn: place?.end.column ?? message.column ?? 1,
      excerpt: message.actual ?? "",
    };
    if (message.url) lintMessage.url = message.url;
    const trigger = triggers.get(message);
    if (trigger) lintMessage.trigger = trigger;
    const fix = fixes.get(message);
    if (fix) lintMessage.fix = fix;
    const pdfPlace = pdfPlaces.get(message);
    if (pdfPlace?.page !== undefined) lintMessage.page = pdfPlace.page;
    if (pdfPlace?.box !== undefined) lintMessage.box = pdfPlace.box;
    return lintMessage;
  });
}

/** A file's result: its messages counted, and the level report (with the posting's worksheet when given). */
export function summarise(
  filePath: string,
  format: SourceFormat,
  messages: LintMessage[],
  options: Pick<LintOptions, "level" | "posting">,
  levelReading: LevelReading | null,
): LintResult {
  const assessment = levelReading?.assessment ?? null;
  const level: LevelReport = { target: options.level, estimated: assessment?.estimated ?? null, assessment };
  if (options.posting && levelReading) level.posting = readPostingFit(options.posting, levelReading);
  return {
    filePath,
    format,
    messages,
    errorCount: messages.filter((message) => message.severity === 2).length,
    warningCount: messages.filter((message) => message.severity === 1).length,
    level,
  };
}

/** Lints resume text in memory. */
export function lintText(
  text: string,
  options: LintOptions & { filePath?: string; format?: SourceFormat },
): LintResult {
  return lintTextWithReading(text, options).result;
}

/** A lint of text in memory, with the document it was read as and its level reading: what an editor needs for hovers. */
export interface TextLint {
  result: LintResult;
  document: ResumeDocument;
  levelReading: LevelReading;
}

export function lintTextWithReading(
  text: string,
  options: LintOptions & { filePath?: string; format?: SourceFormat },
): TextLint {
  const format = options.format ?? "markdown";
  const filePath = options.filePath ?? "<text>";
  const document = readResumeText(text, {
    vocabulary: options.vocabulary,
    format,
    cache: options.cache?.for(options.vocabulary).pieces,
  });
  const { file, levelReading } = lintDocument(document, options, new VFile({ path: filePath, value: text }));
  return { result: summarise(filePath, format, toLintMessages(file), options, levelReading), document, levelReading };
}

/** A result for a file that could not be read: one fatal message, no findings. */
export function fatalResult(filePath: string, format: SourceFormat, reason: string, level: TargetLevel): LintResult {
  const options = { level, rules: [] };
  const message: LintMessage = {
    ruleId: null,
    severity: 2,
    message: reason,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    excerpt: "",
    fatal: true,
  };
  return summarise(filePath, format, [message], options, null);
}

/** Lints a file. Never throws for bad input: an unreadable file yields one fatal message. */
export async function lintFile(filePath: string, options: LintOptions): Promise<LintResult> {
  return (await lintFileWithReading(filePath, options)).result;
}

/**
 * A lint of a file with the document it was read as and its level reading, as `lintTextWithReading`
 * gives for text; `document` is null when the file could not be read (the result is then fatal).
 */
export async function lintFileWithReading(
  filePath: string,
  options: LintOptions,
): Promise<{ result: LintResult; document: ResumeDocument | null; levelReading: LevelReading | null }> {
  try {
    const { format, text, document } = await readResumeFile(filePath, {
      vocabulary: options.vocabulary,
      ...(options.readLimits ? { limits: options.readLimits } : {}),
    });
    const { file, levelReading } = lintDocument(document, options, new VFile({ path: filePath, value: text }));
    return { result: summarise(filePath, format, toLintMessages(file), options, levelReading), document, levelReading };
  } catch (error) {
    if (error instanceof ResumeReadError) {
      return {
        result: fatalResult(filePath, formatOf(filePath), error.message, options.level),
        document: null,
        levelReading: null,
      };
    }
    const detail = error instanceof Error ? error.message : String(error);
    const reason = `reslint failed while reading ${filePath} (${detail}); this is a bug in reslint, please report it with the file if you can.`;
    return {
      result: fatalResult(filePath, formatOf(filePath), reason, options.level),
      document: null,
      levelReading: null,
    };
  }
}
