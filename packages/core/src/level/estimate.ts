import type { Citation, Confidence, Lens, LensScore } from "../model/level.js";
import type { TargetLevel } from "../model/target-levels.js";
import { TARGET_LEVELS } from "../model/target-levels.js";
import { citationOf, hasKind, isRecent, strongest, type WeighedClaim, weightOf } from "./weighed-claim.js";

/** Two stories of a kind (or one recent and one older) before a level counts as shown. */
const TWO_STORIES = 1.5;
const ONE_STORY = 0.6;
const HANDS_ON_LEVELS: readonly TargetLevel[] = ["senior", "staff", "tech-lead"];

const shaped =
  (...shapes: TargetLevel[]) =>
  (claim: WeighedClaim) =>
    claim.evidence.shape !== null && shapes.includes(claim.evidence.shape);

/** The weighed evidence each level is judged by. */
export interface LevelTally {
  seniorOrAbove: number;
  operating: number;
  staff: number;
  techLead: number;
  teamLead: number;
  manager: number;
  handsOn: number;
  /** Hands-on work in the current role alone. */
  handsOnNow: number;
  depth: number;
  /** Claims that show mid-level work at least: a feature built, a result. */
  midWork: number;
  claims: number;
}

export function tallyEvidence(claims: readonly WeighedClaim[]): LevelTally {
  const recent = claims.filter(isRecent);
  return {
    seniorOrAbove: weightOf(claims, shaped("senior", "staff", "tech-lead")),
    operating: weightOf(claims, hasKind("operating")),
    staff: weightOf(claims, shaped("staff")),
    techLead: weightOf(claims, shaped("tech-lead")),
    teamLead: weightOf(claims, hasKind("team-lead")),
    manager: weightOf(claims, shaped("manager")),
    handsOn: weightOf(recent.length > 0 ? recent : claims, hasKind("hands-on")),
    handsOnNow: weightOf(claims, (claim) => claim.weight >= 1 && hasKind("hands-on")(claim)),
    // Depth is code, design choices and review: the chapter's hands-on proof.
    depth: weightOf(
      recent.length > 0 ? recent : claims,
      (claim) => hasKind("hands-on")(claim) || hasKind("decision")(claim),
    ),
    midWork: weightOf(
      claims,
      (claim) =>
        claim.evidence.shape !== null && claim.evidence.altitude !== "task" && claim.evidence.shape !== "manager",
    ),
    claims: claims.length,
  };
}

/**
 * How far each level's own evidence goes toward what it needs, 1 meaning just enough. Senior is
 * owned services plus operating them; staff adds multi-team work with proof; tech lead adds leading
 * a team's technical work on top of hands-on depth; manager is evidence about people.
 */
export function levelProgress(tally: LevelTally, lenses: Record<Lens, LensScore>): Record<TargetLevel, number> {
  const senior = Math.min(tally.seniorOrAbove / TWO_STORIES, tally.operating / ONE_STORY);
  return {
    mid: 1,
    senior,
    staff: Math.min(senior, tally.staff / TWO_STORIES, lenses.scope.score / 4),
    "tech-lead": Math.min(senior, tally.techLead / TWO_STORIES, tally.depth / TWO_STORIES, tally.teamLead / ONE_STORY),
    manager: tally.manager / TWO_STORIES,
  };
}

export function supportedLevels(progress: Record<TargetLevel, number>): Record<TargetLevel, boolean> {
  return Object.fromEntries(TARGET_LEVELS.map((level) => [level, progress[level] >= 1])) as Record<
    TargetLevel,
    boolean
  >;
}

function pickEstimate(tally: LevelTally, supports: Record<TargetLevel, boolean>): TargetLevel {
  // A manager's evidence is mostly about people; hiring alongside plenty of hands-on work is not that.
  if (supports.manager && tally.manager >= tally.handsOn * 0.75) return "manager";
  // Multi-team work with proof is the rarer evidence; a resume that has it reads at that altitude.
  if (supports.staff) return "staff";
  if (supports["tech-lead"]) return "tech-lead";
  if (supports.senior) return "senior";
  return "mid";
}

/** The levels above each estimate a reader would weigh it against. */
const NEXT_UP: Record<TargetLevel, readonly TargetLevel[]> = {
  mid: ["senior"],
  senior: ["staff", "tech-lead"],
  staff: [],
  "tech-lead": ["staff"],
  manager: [],
};

function confidenceOf(estimated: TargetLevel, progress: Record<TargetLevel, number>, tally: LevelTally): Confidence {
  const own = estimated === "mid" ? 1 / Math.max(progress.senior, 0.25) : progress[estimated];
  const nextUp = Math.max(0, ...NEXT_UP[estimated].map((level) => progress[level]));
  if (tally.claims < 5 || own < 1.3 || nextUp >= 0.8) return "low";
  if (own >= 2 && nextUp < 0.5 && tally.claims >= 8) return "high";
  return "medium";
}

export interface Estimate {
  estimated: TargetLevel;
  confidence: Confidence;
  belowMid: boolean;
  deciding: Citation[];
  supports: Record<TargetLevel, boolean>;
  progress: Record<TargetLevel, number>;
}

export function estimateFrom(claims: readonly WeighedClaim[], lenses: Record<Lens, LensScore>): Estimate {
  const tally = tallyEvidence(claims);
  const progress = levelProgress(tally, lenses);
  const supports = supportedLevels(progress);
  const estimated = pickEstimate(tally, supports);
  // Evidence that is mostly about people backs a hands-on target only with recent hands-on work of its own.
  if (estimated === "manager" && tally.handsOnNow < TWO_STORIES)
    for (const level of HANDS_ON_LEVELS) supports[level] = false;
  const belowMid = estimated === "mid" && tally.midWork < TWO_STORIES;
  const strength = (claim: WeighedClaim) =>
    claim.evidence.strength.scope +
    claim.evidence.strength.complexity +
    claim.evidence.strength.authority +
    claim.evidence.strength.consequence;
  const deciding = strongest(claims, (claim) =>
    claim.evidence.shape === estimated ? claim.weight * strength(claim) : 0,
  );
  return {
    estimated,
    confidence: confidenceOf(estimated, progress, tally),
    belowMid,
    deciding: deciding.map(citationOf),
    supports,
    progress,
  };
}
