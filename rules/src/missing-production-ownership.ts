import { type AnalysedClaim, defineRule, type Role } from "@reslint/core";
import { docsUrl } from "./docs-url.js";

const id = "missing-production-ownership";

const operates = (claim: AnalysedClaim) => claim.signals.productionOwnership.length > 0;

export default defineRule({
  meta: {
    id,
    description: "A resume, or a role that claims to own a service, that shows building but never operating.",
    severity: "warning",
    levels: ["senior", "staff", "tech-lead"],
    url: docsUrl(id),
  },
  check(context) {
    const { claims, document } = context;
    if (claims.length === 0) return;
    if (!claims.some(operates)) {
      const experience = document.sections.find((section) => section.kind === "experience");
      const message =
        "Nothing here shows you operating what you built; add where you carried the pager, ran incidents or postmortems, set SLOs or alerts, or owned rollback, support or cost.";
      const firstRole = document.roles[0];
      if (experience) context.report({ section: experience, message });
      else if (firstRole) context.report({ role: firstRole, message });
      else context.report({ claim: claims[0] as AnalysedClaim, message });
      return;
    }
    const operatedRoles = new Set<Role>();
    for (const claim of claims) if (claim.role && operates(claim)) operatedRoles.add(claim.role);
    const reportedRoles = new Set<Role>();
    for (const claim of claims) {
      const owned = claim.signals.systemOwnership[0];
      if (!owned || !claim.role || operatedRoles.has(claim.role) || reportedRoles.has(claim.role)) continue;
      reportedRoles.add(claim.role);
      context.report({
        claim,
        message: `"${owned.text}" claims ownership, but this role never shows the system being operated; add on-call, incidents, SLOs, alerting, rollback or support work from it.`,
      });
    }
  },
});
