import { defineRule } from "@reslint/core";
import { docsUrl } from "./docs-url.js";
import { hasAttribution } from "./evidence.js";

const id = "unattributed-leadership";

export default defineRule({
  meta: {
    id,
    description: "Leadership or influence claims with no mechanism, artifact, adoption or result.",
    severity: "warning",
    levels: ["senior", "staff", "tech-lead", "manager"],
    url: docsUrl(id),
  },
  check(context) {
    for (const claim of context.claims) {
      // A summary may name the role; an experience line that claims a lead title has to back it.
      const title = claim.section.kind === "summary" ? undefined : claim.signals.leadTitles[0];
      const leadership = claim.signals.leadership[0] ?? title;
      if (!leadership || hasAttribution(claim.signals)) continue;
      context.report({
        claim,
        trigger: leadership,
        message: `"${leadership.text}" is not attributed: name what you wrote, reviewed, decided or set up, and what changed because of it (adoption, a number, people who now own it).`,
      });
    }
  },
});
