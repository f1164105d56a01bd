import type { LintMessage, SuppressedMessage } from "../model/results.js";
import { shorten } from "../model/shorten.js";
import { claimFingerprint } from "./fingerprint.js";
import type { Suppressed } from "./suppress.js";

/**
 * A baseline (`reslint-suppressions.json`): the findings a resume already had when reslint was
 * adopted, so later runs report only new ones. A finding is named by its file, its rule and a
 * fingerprint of its claim's normalised text; `count` allows the same claim twice.
 */
export interface BaselineEntry {
  file: string;
  rule: string;
  fingerprint: string;
  count: number;
  /** The start of the claim, so a person reading the file knows what was accepted. */
  claim: string;
}

export interface Baseline {
  version: 1;
  suppressions: BaselineEntry[];
}

/** One file's findings, its path as the baseline names it (relative to the baseline, with "/"). */
export interface FileFindings {
  file: string;
  messages: readonly LintMessage[];
}

export const BASELINE_FILE = "reslint-suppressions.json";

const keyOf = (file: string, rule: string, fingerprint: string) => `${file}\u0000${rule}\u0000${fingerprint}`;

function tally(findings: readonly FileFindings[]): Map<string, BaselineEntry> {
  const entries = new Map<string, BaselineEntry>();
  for (const { file, messages } of findings) {
    for (const message of messages) {
      if (message.ruleId === null) continue;
      const fingerprint = claimFingerprint(message.excerpt);
      const key = keyOf(file, message.ruleId, fingerprint);
      const known = entries.get(key);
      if (known) known.count++;
      else entries.set(key, { file, rule: message.ruleId, fingerprint, count: 1, claim: shorten(message.excerpt, 80) });
    }
  }
  return entries;
}

function sorted(entries: Iterable<BaselineEntry>): BaselineEntry[] {
  return [...entries].sort(
    (a, b) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule) || a.claim.localeCompare(b.claim),
  );
}

/**
 * `--suppress-all` over an existing baseline: the linted files' entries become their findings now;
 * the entries of files not linted this run (not named, or not readable) are kept as they were.
 */
export function suppressAll(earlier: Baseline | null, findings: readonly FileFindings[]): Baseline {
  const linted = new Set(findings.map((finding) => finding.file));
  const kept = (earlier?.suppressions ?? []).filter((entry) => !linted.has(entry.file));
  return { version: 1, suppressions: sorted([...kept, ...tally(findings).values()]) };
}

/**
 * A file's findings with those in the baseline taken out: for each file, rule and claim, as
 * many as the baseline counts. `used` tells how many of each entry were matched.
 */
export function applyBaseline(
  file: string,
  messages: readonly LintMessage[],
  baseline: Baseline,
): Suppressed & { used: Map<BaselineEntry, number> } {
  const left = new Map<string, { entry: BaselineEntry; remaining: number }>();
  for (const entry of baseline.suppressions)
    if (entry.file === file)
      left.set(keyOf(entry.file, entry.rule, entry.fingerprint), { entry, remaining: entry.count });
  const kept: LintMessage[] = [];
  const suppressed: SuppressedMessage[] = [];
  const used = new Map<BaselineEntry, number>();
  for (const message of messages) {
    const slot =
      message.ruleId === null ? undefined : left.get(keyOf(file, message.ruleId, claimFingerprint(message.excerpt)));
    if (!slot || slot.remaining === 0) {
      kept.push(message);
      continue;
    }
    slot.remaining--;
    used.set(slot.entry, (used.get(slot.entry) ?? 0) + 1);
    const earlier = "suppressions" in message ? (message as SuppressedMessage).suppressions : [];
    suppressed.push({ ...message, suppressions: [...earlier, { kind: "baseline", justification: BASELINE_FILE }] });
  }
  return { messages: kept, suppressed, used };
}

/**
 * The baseline with what no longer matches dropped: entries of the linted files whose finding is
 * gone, counts above what is still found, and entries of files that `isGone` says no longer
 * exist. Entries of other files not linted this run are kept.
 */
export function pruneBaseline(
  baseline: Baseline,
  findings: readonly FileFindings[],
  isGone: (file: string) => boolean = () => false,
): Baseline {
  const linted = new Set(findings.map((finding) => finding.file));
  const found = tally(findings);
  const kept: BaselineEntry[] = [];
  for (const entry of baseline.suppressions) {
    if (!linted.has(entry.file)) {
      if (!isGone(entry.file)) kept.push(entry);
      continue;
    }
    const now = found.get(keyOf(entry.file, entry.rule, entry.fingerprint));
    if (now) kept.push({ ...entry, count: Math.min(entry.count, now.count) });
  }
  return { version: 1, suppressions: sorted(kept) };
}

export function serialiseBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Reads a baseline file's text; a broken one throws an error whose message says what to do. */
export function parseBaseline(text: string, path: string): Baseline {
  const fix = `fix it, or delete it and run reslint --suppress-all to write a new one.`;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`${path} is not valid JSON; ${fix}`);
  }
  const record = data as { version?: unknown; suppressions?: unknown };
  if (typeof data !== "object" || data === null || record.version !== 1 || !Array.isArray(record.suppressions))
    throw new Error(`${path} is not a reslint baseline (version 1 with a "suppressions" list); ${fix}`);
  const entries = record.suppressions.map((raw: unknown, index: number) => {
    const entry = raw as Partial<BaselineEntry>;
    const valid =
      typeof entry === "object" &&
      entry !== null &&
      typeof entry.file === "string" &&
      typeof entry.rule === "string" &&
      typeof entry.fingerprint === "string" &&
      Number.isInteger(entry.count) &&
      (entry.count as number) > 0;
    if (!valid)
      throw new Error(
        `${path}: suppressions[${index}] needs a file, a rule, a fingerprint and a count above 0; ${fix}`,
      );
    return { ...entry, claim: typeof entry.claim === "string" ? entry.claim : "" } as BaselineEntry;
  });
  return { version: 1, suppressions: entries };
}
