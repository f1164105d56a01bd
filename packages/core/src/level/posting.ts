import { analyseClaim } from "../analyse/claim.js";
import type { Lexicon } from "../analyse/lexicon.js";
import { toMatch } from "../analyse/match.js";
import { type Token, tokenize } from "../analyse/phrases.js";
import type { ClaimEvidence, Confidence, PostingClue, WorksheetDimension } from "../model/level.js";
import { WORKSHEET_DIMENSIONS } from "../model/level.js";
import type { TargetLevel } from "../model/target-levels.js";
import { isTargetLevel } from "../model/target-levels.js";
import type { Vocabulary } from "../vocabulary/compile.js";
import { readClaimEvidence } from "./claim-evidence.js";

/** What one worksheet dimension of a posting asks for: 0 (nothing said) to 4, and the words that say so. */
export interface Requirement {
  level: number;
  clue: PostingClue | null;
}

/** What a job posting asks for, read from its responsibilities. */
export interface PostingRequirements {
  inferred: TargetLevel;
  confidence: Confidence;
  clues: PostingClue[];
  required: Record<WorksheetDimension, Requirement>;
}

interface PostingSentence {
  text: string;
  line: number;
  evidence: ClaimEvidence;
}

const MARKUP = /^\s*(?:#{1,6}\s+|[-*+•]\s+|\d+[.)]\s+|>\s*)*/;

/** Sentences of a posting with their line numbers, markup stripped. */
function sentencesOf(text: string): { text: string; line: number }[] {
  const found: { text: string; line: number }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(MARKUP, "").trim();
    if (line === "") return;
    for (const sentence of line.split(/(?<=[.!?;])\s+(?=[A-Z(])/u)) {
      if (sentence.trim().length > 0) found.push({ text: sentence.trim(), line: index + 1 });
    }
  });
  return found;
}

/** A clue does not count in a sentence that says the role is not that ("This is not a people-management role"). */
function negated(lexicon: Lexicon, tokens: readonly Token[], at: number): boolean {
  for (let index = 0; index < at; index++) if (lexicon.postingNegations.has(tokens[index]?.norm ?? "")) return true;
  return false;
}

/** "Contributes to the hiring process": the role takes part in someone else's work. */
function participates(lexicon: Lexicon, tokens: readonly Token[], at: number): boolean {
  for (let index = 0; index < at; index++) if (lexicon.postingParticipation.has(tokens[index]?.norm ?? "")) return true;
  return false;
}

const ALTITUDE_SCOPE: Record<ClaimEvidence["altitude"], number> = {
  task: 1,
  feature: 2,
  service: 3,
  "multi-team": 4,
  organisation: 4,
};

function raise(
  required: Record<WorksheetDimension, Requirement>,
  dimension: WorksheetDimension,
  level: number,
  clue: PostingClue,
) {
  const current = required[dimension];
  if (level > current.level) required[dimension] = { level, clue };
}

/** Evidence readings of a posting's sentences, as if each were a claim: what the person will do. */
function readSentences(
  sentences: readonly { text: string; line: number }[],
  vocabulary: Vocabulary,
): PostingSentence[] {
  const read: PostingSentence[] = [];
  for (const sentence of sentences) {
    const signals = analyseClaim(sentence.text, vocabulary);
    // "Alderbank is a bank with 23 teams" describes the company; only what the person will do counts.
    if (signals.mainVerb === null) continue;
    read.push({ ...sentence, evidence: readClaimEvidence(signals) });
  }
  return read;
}

function findClues(sentences: readonly { text: string; line: number }[], lexicon: Lexicon) {
  const found: {
    clue: PostingClue | null;
    text: string;
    sentence: string;
    line: number;
    dimensions: Readonly<Record<string, number>>;
  }[] = [];
  for (const sentence of sentences) {
    const tokens = tokenize(sentence.text);
    for (const group of lexicon.postingClues) {
      for (const match of group.phrases.findAll(tokens)) {
        if (negated(lexicon, tokens, match.first)) continue;
        if (!group.afterParticipation && participates(lexicon, tokens, match.first)) continue;
        const { text } = toMatch(sentence.text, tokens, match);
        const shape = group.shape !== null && isTargetLevel(group.shape) ? group.shape : null;
        found.push({
          clue: shape ? { text, sentence: sentence.text, line: sentence.line, shape } : null,
          text,
          sentence: sentence.text,
          line: sentence.line,
          dimensions: group.dimensions,
        });
      }
    }
  }
  return found;
}

/** Sentences that read as evidence of each shape, plus the clue words pointing at it. */
function tallyShapes(
  sentences: readonly PostingSentence[],
  clues: readonly PostingClue[],
): Record<TargetLevel, number> {
  const tally: Record<TargetLevel, number> = { mid: 0, senior: 0, staff: 0, "tech-lead": 0, manager: 0 };
  for (const { evidence } of sentences)
    if (evidence.shape && evidence.shape !== "mid") tally[evidence.shape] += SENTENCE_WEIGHT;
  for (const clue of clues) tally[clue.shape]++;
  return tally;
}

/** A sentence that reads as evidence of a shape counts half as much as a clue word for it. */
const SENTENCE_WEIGHT = 0.5;
/** Clue weight a lead, staff or manager reading needs; senior needs less, being the common case. */
const SHAPED = 3;
const SENIOR = 2;

function inferShape(tally: Record<TargetLevel, number>): { inferred: TargetLevel; margin: number } {
  const { mid, senior, staff, manager } = tally;
  const lead = tally["tech-lead"];
  if (manager >= SHAPED && manager >= staff && manager >= lead)
    return { inferred: "manager", margin: manager - SHAPED };
  if (staff >= SHAPED && staff >= lead) return { inferred: "staff", margin: staff - SHAPED };
  if (lead >= SHAPED) return { inferred: "tech-lead", margin: lead - SHAPED };
  const aboveMid = senior + (staff + lead + manager) / 2;
  if (aboveMid >= SENIOR && aboveMid >= mid) return { inferred: "senior", margin: aboveMid - Math.max(SENIOR, mid) };
  return { inferred: "mid", margin: mid - aboveMid };
}

/** Reads the level a job posting asks for from what the person will do, not from its title, with the vocabulary's words. */
export function readPosting(text: string, vocabulary: Vocabulary): PostingRequirements {
  const all = sentencesOf(text);
  const sentences = readSentences(all, vocabulary);
  const found = findClues(all, vocabulary.lexicon);
  const clues = found.map((item) => item.clue).filter((clue): clue is PostingClue => clue !== null);
  const { inferred, margin } = inferShape(tallyShapes(sentences, clues));
  const required = Object.fromEntries(
    WORKSHEET_DIMENSIONS.map((dimension) => [dimension, { level: 0, clue: null }]),
  ) as Record<WorksheetDimension, Requirement>;
  for (const item of found) {
    const clue = item.clue ?? { text: item.text, sentence: item.sentence, line: item.line, shape: inferred };
    for (const [dimension, level] of Object.entries(item.dimensions))
      if ((WORKSHEET_DIMENSIONS as readonly string[]).includes(dimension))
        raise(required, dimension as WorksheetDimension, level, clue);
  }
  for (const { text: sentenceText, line, evidence } of sentences) {
    const clue: PostingClue = { text: sentenceText, sentence: sentenceText, line, shape: evidence.shape ?? inferred };
    raise(required, "scope", ALTITUDE_SCOPE[evidence.altitude] - (evidence.altitude === "task" ? 1 : 0), clue);
    raise(required, "complexity", evidence.strength.complexity, clue);
    raise(required, "decision authority", evidence.strength.authority, clue);
    if (evidence.kinds.includes("operating")) raise(required, "production ownership", 3, clue);
    if (evidence.kinds.includes("influence"))
      raise(required, "influence", evidence.altitude === "multi-team" ? 4 : 3, clue);
    if (evidence.kinds.includes("hands-on")) raise(required, "hands-on depth", 3, clue);
  }
  required["level language"] = {
    level: LEVEL_RANK[inferred],
    clue: clues.find((clue) => clue.shape === inferred) ?? null,
  };
  const confidence: Confidence = margin >= 3 ? "high" : margin >= 1 ? "medium" : "low";
  return { inferred, confidence, clues, required };
}

/** Level language on the worksheet's 0–4 scale. */
export const LEVEL_RANK: Readonly<Record<TargetLevel, number>> = {
  mid: 2,
  senior: 3,
  "tech-lead": 3,
  staff: 4,
  manager: 3,
};
