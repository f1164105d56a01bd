import { READING_CONFIDENCE_ID } from "../check/engine.js";
import type { KnownRule } from "./config-file.js";

/** The reading warning is reported and filtered like a rule, so a config file can set it too. */
const readingConfidence: KnownRule = {
  id: READING_CONFIDENCE_ID,
  description: "Text that was read from the file but may not say what the page shows",
};

const withReading = new WeakMap<readonly KnownRule[], readonly KnownRule[]>();

/** The ids a config file may name: the rules', and the reading warning's. */
export function configurableRules(rules: readonly KnownRule[]): readonly KnownRule[] {
  let known = withReading.get(rules);
  if (!known) {
    known = rules.some((rule) => rule.id === READING_CONFIDENCE_ID) ? rules : [...rules, readingConfidence];
    withReading.set(rules, known);
  }
  return known;
}
