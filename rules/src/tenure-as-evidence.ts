import { defineRule, TARGET_LEVELS } from "@reslint/core";
import { docsUrl } from "./docs-url.js";

const id = "tenure-as-evidence";

export default defineRule({
  meta: {
    id,
    description: "Years of experience, decades, 'seasoned' or 'veteran' offered as proof of level.",
    severity: "warning",
    levels: TARGET_LEVELS,
    url: docsUrl(id),
  },
  check(context) {
    for (const claim of context.claims) {
      const tenure = claim.signals.tenure[0];
      if (!tenure) continue;
      context.report({
        claim,
        trigger: tenure,
        message: `"${tenure.text}" measures time served, not level; say what you owned, decided or operated in that time, with scope and results.`,
      });
    }
  },
});
