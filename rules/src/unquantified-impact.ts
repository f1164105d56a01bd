import { defineRule, TARGET_LEVELS } from "@reslint/core";
import { docsUrl } from "./docs-url.js";

const id = "unquantified-impact";

export default defineRule({
  meta: {
    id,
    description: "An outcome claim (improved, reduced, increased…) with no measure.",
    severity: "warning",
    levels: TARGET_LEVELS,
    url: docsUrl(id),
  },
  check(context) {
    for (const claim of context.claims) {
      const outcome = claim.signals.outcomes[0];
      if (!outcome || claim.signals.results.length > 0) continue;
      context.report({
        claim,
        trigger: outcome,
        message: `"${outcome.text}" claims a change without a measure; add the before and after, a percentage, money saved or how often it now happens.`,
      });
    }
  },
});
