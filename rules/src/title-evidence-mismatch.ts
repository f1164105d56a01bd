import { defineRule, type RoleEvidence, TARGET_LEVELS, type TargetLevel, titleLevel } from "@reslint/core";
import { docsUrl } from "./docs-url.js";

const id = "title-evidence-mismatch";

/** A role with fewer claims than this says too little to hold its title against. */
const MIN_CLAIMS: Readonly<Record<TargetLevel, number>> = {
  mid: Number.POSITIVE_INFINITY,
  senior: 3,
  "tech-lead": 2,
  staff: 2,
  manager: 2,
};

/** Claims in the role that show what its title claims. */
function supporting(role: RoleEvidence, claimed: TargetLevel): number {
  const { shapes } = role;
  switch (claimed) {
    case "staff":
      return shapes.staff;
    case "tech-lead":
      return shapes["tech-lead"] + shapes.staff + shapes.manager;
    case "manager":
      return shapes.manager;
    case "senior":
      return shapes.senior + shapes.staff + shapes["tech-lead"] + shapes.manager;
    case "mid":
      return Number.POSITIVE_INFINITY;
  }
}

const WHAT_IT_NEEDS: Readonly<Record<TargetLevel, string>> = {
  mid: "",
  senior: "a service or problem area you owned, a decision you made, or a system you ran",
  "tech-lead":
    "how you led the team's technical work: sequencing, design and code review, or mentoring that ended in ownership",
  staff: "work that reached several teams with proof: a standard they adopted, a migration they moved to, the counts",
  manager: "the people side: hiring, staffing, performance, growth, or what the team delivered through you",
};

/** The highest level any of the role's claims reads as, for the message. */
function strongestShape(role: RoleEvidence): string {
  for (const level of ["staff", "manager", "tech-lead", "senior", "mid"] as const)
    if (role.shapes[level] > 0) return level === "mid" ? "mid-level" : level;
  return "no level";
}

export default defineRule({
  meta: {
    id,
    description:
      "A role whose title claims more than its claims show, such as a Staff or Lead title over task-level bullets.",
    severity: "warning",
    levels: TARGET_LEVELS,
    url: docsUrl(id),
  },
  check(context) {
    for (const role of context.levelReading.roles) {
      const title = role.role.title;
      if (title === null) continue;
      const claimed = titleLevel(title, context.vocabulary);
      if (claimed === null || role.claims.length < MIN_CLAIMS[claimed]) continue;
      if (supporting(role, claimed) > 0) continue;
      context.report({
        role: role.role,
        message: `"${title}" claims ${claimed} work, but this role's claims read as ${strongestShape(role)} at most; add ${WHAT_IT_NEEDS[claimed]}, or expect the title to be discounted.`,
      });
    }
  },
});
