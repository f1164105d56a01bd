import { defineRule, isCoordinationHeavy } from "@reslint/core";
import { docsUrl } from "./docs-url.js";

const id = "coordination-heavy";

export default defineRule({
  meta: {
    id,
    description:
      "A role whose claims are mostly coordination (scheduling, tracking, status reports, ceremonies) with little technical decision or implementation, for a hands-on target.",
    severity: "warning",
    levels: ["senior", "staff", "tech-lead"],
    url: docsUrl(id),
  },
  check(context) {
    for (const role of context.levelReading.roles) {
      if (!isCoordinationHeavy(role)) continue;
      context.report({
        role: role.role,
        message: `This role reads as coordination: ${role.coordination} of its ${role.claims.length} claims schedule, track, report status or run ceremonies, and ${role.technical === 0 ? "none shows" : "only one shows"} a technical decision or hands-on work; for a hands-on ${context.level} target, add the design choices, code, reviews or debugging that were yours.`,
      });
    }
  },
});
