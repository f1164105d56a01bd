import { tokenize } from "../analyse/phrases.js";
import type { TargetLevel } from "../model/target-levels.js";
import type { Vocabulary } from "../vocabulary/compile.js";

/** Levels a title can claim, checked from the most senior down. */
const TITLE_ORDER = ["manager", "staff", "tech-lead", "senior"] as const;

/** The level a job title claims ("Staff Engineer" → staff, "Lead Developer" → tech-lead), or null. */
export function titleLevel(title: string, vocabulary: Vocabulary): TargetLevel | null {
  const { lexicon } = vocabulary;
  const tokens = tokenize(title);
  // "Senior Product Manager", "Release Lead": another kind of role, not a rung of the engineering ladder.
  if (lexicon.titleNotLevels.findAll(tokens).length > 0) return null;
  for (const level of TITLE_ORDER) if (lexicon.titleLevels[level].findAll(tokens).length > 0) return level;
  return null;
}
