import { defineRule, TARGET_LEVELS } from "@reslint/core";
import { docsUrl } from "./docs-url.js";

const id = "vague-complexity";

export default defineRule({
  meta: {
    id,
    description: "Complexity by label (large-scale, mission-critical, big data…) with no constraint that shows it.",
    severity: "warning",
    levels: TARGET_LEVELS,
    url: docsUrl(id),
  },
  check(context) {
    for (const claim of context.claims) {
      const { complexityBuzzwords, complexityConstraints, results, quantities } = claim.signals;
      const label = complexityBuzzwords[0];
      if (!label || complexityConstraints.length > 0 || results.length > 0 || quantities.length > 0) continue;
      context.report({
        claim,
        trigger: label,
        message: `"${label.text}" is a label, not evidence; name the constraint that made it hard (request rate, data volume, latency budget, consistency guarantee, regulation).`,
      });
    }
  },
});
