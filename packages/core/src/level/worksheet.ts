import type {
  Citation,
  LevelAssessment,
  PostingClue,
  PostingReading,
  Risk,
  WorksheetDimension,
  WorksheetRow,
} from "../model/level.js";
import { WORKSHEET_DIMENSIONS } from "../model/level.js";
import { shorten } from "../model/shorten.js";
import type { LevelReading } from "./assess.js";
import { LEVEL_RANK, type PostingRequirements, type Requirement } from "./posting.js";
import { rubricScore } from "./rubric.js";

/** What each dimension asks for at each level, in a few words. */
const ASKS: Record<WorksheetDimension, readonly string[]> = {
  scope: [
    "nothing said",
    "tasks",
    "features inside a team",
    "a service or problem area",
    "platform or multi-team strategy",
  ],
  complexity: [
    "nothing said",
    "routine work",
    "technical detail",
    "real constraints: volume, consistency, compliance or failure modes",
    "constraints across systems and teams",
  ],
  "decision authority": [
    "nothing said",
    "execution of decided work",
    "owning how the work is done",
    "design, sequencing, rollout and risk decisions",
    "standards, roadmaps and decisions other teams follow",
  ],
  "production ownership": [
    "nothing said",
    "some awareness",
    "exposure to production",
    "on-call, SLOs, incidents and support",
    "owning reliability across teams",
  ],
  influence: [
    "nothing said",
    "collaboration",
    "mentoring and review",
    "leading a team's technical work",
    "alignment and standards across teams",
  ],
  "hands-on depth": [
    "nothing said",
    "little hands-on work",
    "some coding",
    "recent code, review and debugging",
    "the hardest code and design detail",
  ],
  "level language": ["nothing said", "nothing said", "mid-level", "senior or lead-shaped", "staff-shaped"],
};

function have(
  dimension: WorksheetDimension,
  assessment: LevelAssessment,
): { score: number; evidence: Citation | null } {
  const lens = (name: keyof LevelAssessment["lenses"]) => ({
    score: assessment.lenses[name].score,
    evidence: assessment.lenses[name].evidence[0] ?? null,
  });
  const rubric = (category: Parameters<typeof rubricScore>[1]) => {
    const found = assessment.rubric.find((item) => item.category === category);
    return {
      score: rubricScore(assessment.rubric, category),
      evidence: found?.observable ? (found.evidence[0] ?? null) : null,
    };
  };
  switch (dimension) {
    case "scope":
      return lens("scope");
    case "complexity":
      return lens("complexity");
    case "decision authority":
      return lens("authority");
    case "production ownership":
      return rubric("production-responsibility");
    case "influence":
      return rubric("influence-evidence");
    case "hands-on depth":
      return rubric("technical-depth");
    case "level language":
      return { score: LEVEL_RANK[assessment.estimated], evidence: assessment.deciding[0] ?? null };
  }
}

function riskOf(gap: number): Risk {
  return gap >= 2 ? "high" : gap >= 1 ? "medium" : "low";
}

const QUOTE_LENGTH = 90;

function quote({ sentence, line }: PostingClue): string {
  return `“${shorten(sentence, QUOTE_LENGTH)}” (line ${line})`;
}

function describe(dimension: WorksheetDimension, requirement: Requirement, inferred: string): string {
  if (dimension === "level language")
    return `${inferred}-shaped work${requirement.clue ? `: ${quote(requirement.clue)}` : ""}`;
  const ask = ASKS[dimension][requirement.level] as string;
  return requirement.clue && requirement.level > 0 ? `${ask}: ${quote(requirement.clue)}` : ask;
}

/** The chapter's worksheet: what the posting asks on each dimension, your strongest evidence, and the risk. */
export function readPostingFit(posting: PostingRequirements, reading: LevelReading): PostingReading {
  const { assessment } = reading;
  const worksheet: WorksheetRow[] = WORKSHEET_DIMENSIONS.map((dimension) => {
    const requirement = posting.required[dimension];
    const shown = assessment ? have(dimension, assessment) : { score: 0, evidence: null };
    let gap = requirement.level - shown.score;
    if (dimension === "level language" && assessment)
      gap = assessment.supports[posting.inferred] ? 0 : Math.max(gap, 1);
    return {
      dimension,
      requires: describe(dimension, requirement, posting.inferred),
      evidence: shown.evidence,
      risk: riskOf(gap),
    };
  });
  return {
    inferred: posting.inferred,
    confidence: posting.confidence,
    clues: posting.clues,
    worksheet,
    stretch: worksheet.filter((row) => row.risk === "high").length >= 2,
  };
}
