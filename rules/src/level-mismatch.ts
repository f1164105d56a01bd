import { defineRule, type Shortfall, TARGET_LEVELS } from "@reslint/core";
import { docsUrl } from "./docs-url.js";

const id = "level-mismatch";

/** Shortfalls named in the message: enough to act on, few enough to read. */
const NAMED = 3;

const AREA_NAMES: Record<Shortfall["area"], string> = {
  scope: "scope",
  complexity: "complexity",
  authority: "authority",
  consequence: "consequence",
  "evidence-over-tenure": "evidence over tenure",
  "scope-clarity": "scope clarity",
  "technical-depth": "technical depth",
  "production-responsibility": "production responsibility",
  "influence-evidence": "influence evidence",
  "role-calibration": "role calibration",
  "down-level-readiness": "down-level readiness",
  "people-leadership": "people leadership",
  "team-leadership": "team leadership",
};

const describe = (shortfall: Shortfall) =>
  `${AREA_NAMES[shortfall.area]} ${shortfall.score} of ${shortfall.expected} (${shortfall.remedy})`;

export default defineRule({
  meta: {
    id,
    description: "The resume's evidence, taken as a whole, does not support the level it targets.",
    severity: "warning",
    levels: TARGET_LEVELS,
    url: docsUrl(id),
  },
  check(context) {
    const { assessment } = context.levelReading;
    if (!assessment || assessment.supports[context.level]) return;
    const named = assessment.shortfalls.slice(0, NAMED).map(describe);
    const estimate = assessment.belowMid
      ? "below mid-level work (mid is the lowest level reslint names)"
      : `${assessment.estimated} level`;
    // Every lens can meet the profile while the level's own kind of evidence is still missing.
    const gaps =
      named.length > 0
        ? ` Short: ${named.join("; ")}.`
        : ` Add two stories of the kind ${context.level} is leveled on; the level summary shows what each lens has.`;
    context.report({
      document: true,
      message: `The evidence reads as ${estimate}, not ${context.level}.${gaps}`,
    });
  },
});
