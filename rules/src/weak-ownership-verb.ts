import { defineRule, TARGET_LEVELS } from "@reslint/core";
import { docsUrl } from "./docs-url.js";

const id = "weak-ownership-verb";

export default defineRule({
  meta: {
    id,
    description: "A claim whose main verb hides the writer's own part in the work.",
    severity: "warning",
    levels: TARGET_LEVELS,
    url: docsUrl(id),
  },
  check(context) {
    for (const claim of context.claims) {
      const weak = claim.signals.weakOwnership;
      if (!weak) continue;
      context.report({
        claim,
        trigger: weak,
        message: `"${weak.text}" hides what you did; lead with the part you owned (designed, built, decided, ran) or cut the claim.`,
      });
    }
  },
});
