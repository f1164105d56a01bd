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
      // In a summary the years can simply go; in a role's bullets the claim needs rewriting instead.
      const removal = claim.section.kind === "summary" ? claim.signals.tenureRemoval : null;
      context.report({
        claim,
        trigger: tenure,
        ...(removal ? { fix: { match: removal, replacement: "", title: `Remove "${removal.text.trim()}"` } } : {}),
        message: `"${tenure.text}" measures time served, not level; say what you owned, decided or operated in that time, with scope and results.`,
      });
    }
  },
});
