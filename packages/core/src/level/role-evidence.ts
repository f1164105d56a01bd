import type { Role } from "../model/document.js";
import type { EvidenceKind } from "../model/level.js";
import type { TargetLevel } from "../model/target-levels.js";
import { hasKind, type WeighedClaim } from "./weighed-claim.js";

/** What one role's claims show, read without recency: the role on its own terms. */
export interface RoleEvidence {
  role: Role;
  roleIndex: number;
  claims: WeighedClaim[];
  /** How many claims are evidence of each level shape. */
  shapes: Record<TargetLevel, number>;
  /** Claims that are coordination and nothing technical. */
  coordination: number;
  /** Claims with a decision, hands-on work, operating or real constraints. */
  technical: number;
}

const NOT_TECHNICAL: readonly EvidenceKind[] = ["coordination", "weak-ownership", "people"];

/** Technical work of the writer's own: a decision, hands-on work, operating, real constraints, or something built. */
const isTechnical = (claim: WeighedClaim) =>
  !hasKind("coordination")(claim) &&
  (hasKind("decision")(claim) ||
    hasKind("hands-on")(claim) ||
    hasKind("operating")(claim) ||
    claim.evidence.strength.complexity >= 3 ||
    (claim.evidence.shape !== null &&
      claim.evidence.altitude !== "task" &&
      !NOT_TECHNICAL.some((kind) => claim.evidence.kinds.includes(kind))));

export function readRoles(roles: readonly Role[], claims: readonly WeighedClaim[]): RoleEvidence[] {
  return roles.map((role, roleIndex) => {
    const own = claims.filter((claim) => claim.claim.claim.roleIndex === roleIndex);
    const shapes: Record<TargetLevel, number> = { mid: 0, senior: 0, staff: 0, "tech-lead": 0, manager: 0 };
    for (const claim of own) if (claim.evidence.shape) shapes[claim.evidence.shape]++;
    return {
      role,
      roleIndex,
      claims: own,
      shapes,
      coordination: own.filter(hasKind("coordination")).length,
      technical: own.filter(isTechnical).length,
    };
  });
}

/** Fewer claims than this say too little about a role to call it coordination-heavy. */
const MIN_CLAIMS = 3;

/** Mostly coordination, with at most one claim of technical decision or implementation. */
export function isCoordinationHeavy(role: RoleEvidence): boolean {
  const total = role.claims.length;
  return total >= MIN_CLAIMS && role.coordination >= 2 && role.coordination * 2 >= total && role.technical <= 1;
}
