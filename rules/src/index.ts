import type { Rule } from "@reslint/core";
import coordinationHeavy from "./coordination-heavy.js";
import inflatedScope from "./inflated-scope.js";
import levelMismatch from "./level-mismatch.js";
import missingProductionOwnership from "./missing-production-ownership.js";
import tenureAsEvidence from "./tenure-as-evidence.js";
import titleEvidenceMismatch from "./title-evidence-mismatch.js";
import unattributedLeadership from "./unattributed-leadership.js";
import unquantifiedImpact from "./unquantified-impact.js";
import vagueComplexity from "./vague-complexity.js";
import weakOwnershipVerb from "./weak-ownership-verb.js";

export { vocabulary, vocabularyData } from "./vocabulary.js";

/** Every built-in rule, in the order their findings are easiest to act on. */
export const rules: readonly Rule[] = [
  levelMismatch,
  titleEvidenceMismatch,
  coordinationHeavy,
  tenureAsEvidence,
  unattributedLeadership,
  missingProductionOwnership,
  inflatedScope,
  weakOwnershipVerb,
  unquantifiedImpact,
  vagueComplexity,
];

export {
  coordinationHeavy,
  inflatedScope,
  levelMismatch,
  missingProductionOwnership,
  tenureAsEvidence,
  titleEvidenceMismatch,
  unattributedLeadership,
  unquantifiedImpact,
  vagueComplexity,
  weakOwnershipVerb,
};
