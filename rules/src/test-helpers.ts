/**
 * Small helpers shared by the rule tests. They build tiny Markdown resumes, lint them with the
 * rule under test only, and compute where a finding is expected to point.
 *
 * Positions follow unist: 1-based lines and columns, end column exclusive.
 */
import { existsSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import type { Rule, TargetLevel } from "@reslint/core";
import { type LintMessage, lintText } from "@reslint/core";
import { describe, expect, it } from "vitest";
import { rules, vocabulary } from "./index.js";

/** Every target level, as core defines them. */
export { TARGET_LEVELS } from "@reslint/core";
export type { LintMessage, TargetLevel };

/** The role line every single-role test resume uses (line 3). */
export const ROLE_HEADING = "### Software Engineer — Example Co (2020–2024)";
/** Bullets built by `buildResume` start on this line… */
export const FIRST_BULLET_LINE = 5;
/** …and their text starts after "- ". */
export const BULLET_COLUMN = 3;

/** Where a finding points, as in `LintMessage`. */
export interface Place {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function ruleById(ruleId: string): Rule {
  const rule = rules.find((candidate) => candidate.meta.id === ruleId);
  if (!rule) throw new Error(`no rule with id "${ruleId}" is exported from rules/src/index.ts`);
  return rule;
}

/**
 * ```
 * ## Experience
 *
 * ### Software Engineer — Example Co (2020–2024)
 *
 * - bullet 1        (line 5)
 * - bullet 2        (line 6)
 * ```
 */
export function buildResume(bullets: readonly string[], roleHeading: string = ROLE_HEADING): string {
  return ["## Experience", "", roleHeading, "", ...bullets.map((bullet) => `- ${bullet}`), ""].join("\n");
}

export interface RoleSpec {
  heading: string;
  bullets: readonly string[];
}

/** An Experience section with several roles, each a `###` heading followed by its bullets. */
export function buildResumeWithRoles(roles: readonly RoleSpec[], sectionHeading = "## Experience"): string {
  const lines = [sectionHeading, ""];
  for (const role of roles) lines.push(role.heading, "", ...role.bullets.map((bullet) => `- ${bullet}`), "");
  return lines.join("\n");
}

function byPosition(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || (a.ruleId ?? "").localeCompare(b.ruleId ?? "");
}

/** Lints Markdown source with the named rules (all rules when none are named), messages in source order. */
export async function lintSource(
  source: string,
  options: { level?: TargetLevel; ruleIds?: readonly string[] } = {},
): Promise<LintMessage[]> {
  const selected = options.ruleIds ? rules.filter((rule) => options.ruleIds?.includes(rule.meta.id)) : [...rules];
  if (options.ruleIds) {
    for (const id of options.ruleIds) ruleById(id);
  }
  // `await` also copes with an engine that returns a promise.
  const result = await lintText(source, {
    level: options.level ?? "senior",
    rules: selected,
    vocabulary,
    filePath: "resume.md",
  });
  return [...result.messages].sort(byPosition);
}

/** Lints bullets (in one role, starting on line 5) with ONLY the rule under test. */
export async function lintBullets(
  bullets: readonly string[],
  options: { level?: TargetLevel; ruleId: string },
): Promise<LintMessage[]> {
  return lintSource(buildResume(bullets), { level: options.level ?? "senior", ruleIds: [options.ruleId] });
}

/** The fields a finding about bullet number `index` (0-based) of `buildResume` must have. */
export function atBullet(ruleId: string, text: string, index = 0): Place & { ruleId: string; excerpt: string } {
  const line = FIRST_BULLET_LINE + index;
  return { ruleId, line, column: BULLET_COLUMN, endLine: line, endColumn: BULLET_COLUMN + text.length, excerpt: text };
}

/** Position of a single-line snippet that occurs exactly once in `source`. */
export function locate(source: string, snippet: string): Place {
  const first = source.indexOf(snippet);
  if (first < 0) throw new Error(`"${snippet}" does not occur in the test source`);
  if (source.indexOf(snippet, first + 1) >= 0) throw new Error(`"${snippet}" occurs more than once in the test source`);
  if (snippet.includes("\n")) throw new Error("locate() handles single-line snippets only");
  const before = source.slice(0, first);
  const line = before.split("\n").length;
  const column = first - (before.lastIndexOf("\n") + 1) + 1;
  return { line, column, endLine: line, endColumn: column + snippet.length };
}

/** The fields of a finding about `snippet` in `source`, excerpt included. */
export function at(ruleId: string, source: string, snippet: string): Place & { ruleId: string; excerpt: string } {
  return { ruleId, ...locate(source, snippet), excerpt: snippet };
}

/** Words that tell the reader what to do next; a message should contain at least one. */
const ADVICE =
  /\b(add|adding|name|naming|show|showing|say|state|replace|quantify|measure|describe|give|use|remove|drop|mention|cite|include|lead with|explain|point to|specify|rewrite|reword|back|attribute|list|swap|prefer|try|consider|spell out|narrow|scope|write|link|tie|anchor|put|keep|make|start with|open with|turn|report|let)\b/i;

/** A message is a real sentence that tells the writer what to change. */
export function expectActionableMessage(message: LintMessage): void {
  const text = message.message.trim();
  expect(text.length, `message too short: "${text}"`).toBeGreaterThan(20);
  expect(text, "message should start like a sentence").toMatch(/^[A-Z"'“‘`]/);
  expect(text, "message should end like a sentence").toMatch(/[.!?]["'”’`)]?$/);
  expect(text, "message should say what to do").toMatch(ADVICE);
}

/** Numeric severity of a message for a rule's default severity. */
export function severityOf(rule: Rule): 1 | 2 {
  return rule.meta.severity === "error" ? 2 : 1;
}

/** Asserts a single bullet is flagged exactly once, over the whole bullet, with an actionable message. */
export async function expectFlagged(ruleId: string, bullet: string, level: TargetLevel = "senior"): Promise<void> {
  const messages = await lintBullets([bullet], { ruleId, level });
  expect(messages).toEqual([expect.objectContaining(atBullet(ruleId, bullet))]);
  const [message] = messages;
  if (!message) return;
  expectActionableMessage(message);
  const rule = ruleById(ruleId);
  expect(message.severity).toBe(severityOf(rule));
  expect(message.fatal).toBeUndefined();
}

/** Asserts the rule leaves a bullet alone. */
export async function expectClean(ruleId: string, bullet: string, level: TargetLevel = "senior"): Promise<void> {
  expect(await lintBullets([bullet], { ruleId, level })).toEqual([]);
}

/**
 * Registers the metadata tests every rule shares. The rule id is taken from the test file's name
 * (`<rule-id>.test.ts`), so a rule whose id drifts from its file name fails here.
 */
export function describeRuleMeta(
  testFileUrl: string,
  expected: { severity: "warning" | "error"; levels: readonly TargetLevel[] },
): void {
  const ruleId = basename(fileURLToPath(testFileUrl), ".test.ts");
  describe("metadata", () => {
    it(`is exported from index.ts under the id "${ruleId}"`, () => {
      expect(rules.map((rule) => rule.meta.id)).toContain(ruleId);
      expect(rules.filter((rule) => rule.meta.id === ruleId)).toHaveLength(1);
    });

    it(`lives in src/${ruleId}.ts and that module exports the rule with the same id`, async () => {
      expect(existsSync(new URL(`./${ruleId}.ts`, testFileUrl))).toBe(true);
      const module: Record<string, unknown> = await import(
        /* @vite-ignore */ new URL(`./${ruleId}.ts`, testFileUrl).href
      );
      const exported = Object.values(module).filter(
        (value): value is Rule => typeof value === "object" && value !== null && "meta" in value && "check" in value,
      );
      expect(exported.map((rule) => rule.meta.id)).toContain(ruleId);
    });

    it(`has severity "${expected.severity}"`, () => {
      expect(ruleById(ruleId).meta.severity).toBe(expected.severity);
    });

    it(`runs for ${expected.levels.join(", ")}`, () => {
      expect([...ruleById(ruleId).meta.levels].sort()).toEqual([...expected.levels].sort());
    });

    it("has a description and a url that points at its own documentation", () => {
      const { meta } = ruleById(ruleId);
      expect(meta.description.trim().length).toBeGreaterThan(10);
      expect(meta.url).toMatch(new RegExp(`${ruleId}(\\.md)?(#.*)?$`));
    });

    it("has a check function", () => {
      expect(typeof ruleById(ruleId).check).toBe("function");
    });
  });
}

/** Every finding carries the rule's url and its default severity. */
export function expectRuleFields(message: LintMessage, ruleId: string): void {
  const rule = ruleById(ruleId);
  expect(message.ruleId).toBe(ruleId);
  expect(message.severity).toBe(severityOf(rule));
  expect(message.url).toBe(rule.meta.url);
}

/** Asserts the bullet is flagged by `ruleId`, with exactly the words `trigger` underlined. */
export async function expectTrigger(ruleId: string, bullet: string, trigger: string): Promise<void> {
  await expectFlagged(ruleId, bullet);
  const [message] = await lintBullets([bullet], { ruleId });
  const column = BULLET_COLUMN + bullet.indexOf(trigger);
  expect(message?.trigger).toEqual({
    text: trigger,
    line: FIRST_BULLET_LINE,
    column,
    endLine: FIRST_BULLET_LINE,
    endColumn: column + trigger.length,
  });
}
