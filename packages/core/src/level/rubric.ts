import type { RubricCategory, RubricEntry } from "../model/level.js";
import type { TargetLevel } from "../model/target-levels.js";
import { citationOf, hasKind, isRecent, strongest, type WeighedClaim, weightOf } from "./weighed-claim.js";

/** A kind of evidence counts once it carries this much weight: one recent claim, or two older ones. */
const PRESENT = 0.6;

type Scored = { score: number; reason: string; cited: WeighedClaim[] };

const entry = (category: RubricCategory, { score, reason, cited }: Scored): RubricEntry => ({
  category,
  observable: true,
  score,
  reason,
  evidence: cited.map(citationOf),
});

function evidenceOverTenure(claims: readonly WeighedClaim[]): Scored {
  const kinds: [string, (claim: WeighedClaim) => boolean][] = [
    ["scope", (claim) => claim.evidence.strength.scope >= 3],
    ["decisions", hasKind("decision")],
    ["production ownership", hasKind("operating")],
    ["influence", hasKind("influence")],
    ["impact", hasKind("impact")],
  ];
  const shown = kinds.filter(([, test]) => weightOf(claims, test) >= PRESENT);
  const missing = kinds.filter((kind) => !shown.includes(kind)).map(([name]) => name);
  const tenure = claims.filter((claim) => claim.claim.signals.tenure.length > 0);
  const count = shown.length;
  const score = tenure.length > 0 && count <= 1 ? 0 : count >= 5 ? 4 : Math.min(count, 3);
  const reason =
    count === 0
      ? tenure.length > 0
        ? "The resume argues its level with years and titles, not examples."
        : "No claim proves a level through scope, decisions, operating, influence or impact."
      : `Shows ${shown.map(([name]) => name).join(", ")}${missing.length > 0 ? `; nothing yet for ${missing.join(", ")}` : ""}.`;
  const cited = shown.map(([, test]) => strongest(claims, (claim) => (test(claim) ? claim.weight : 0), 1)[0]);
  return { score, reason, cited: cited.filter((claim): claim is WeighedClaim => claim !== undefined) };
}

function scopeClarity(claims: readonly WeighedClaim[]): Scored {
  const owned = weightOf(claims, (claim) => claim.evidence.strength.scope >= 3);
  const altitudes = new Set(
    claims.filter((claim) => claim.evidence.strength.scope >= 3).map((claim) => claim.evidence.altitude),
  );
  const weak = weightOf(claims, hasKind("weak-ownership"));
  const features = weightOf(claims, (claim) => claim.evidence.altitude === "feature");
  const unbacked = claims.filter(
    (claim) => claim.claim.signals.scopeMarkers.some((marker) => marker.reach) && claim.evidence.shape !== "staff",
  );
  let score = owned >= 1.5 && altitudes.size >= 2 ? 4 : owned >= 1 ? 3 : features >= 1 ? 2 : weak > 0 ? 1 : 0;
  if (unbacked.length > 0 && score > 1) score--;
  const reason =
    score >= 4
      ? "Claims separate what you owned at different altitudes: services, and work across teams."
      : score === 3
        ? "Claims name services or problem areas you owned."
        : score === 2
          ? "Ownership is named loosely: features and components, not the area you answered for."
          : score === 1
            ? "Most claims say you helped or took part, so the altitude of your own work is unclear."
            : "No claim says what you owned.";
  const note = unbacked.length > 0 ? " Wide scope words without proof blur it." : "";
  const cited = strongest(claims, (claim) => claim.evidence.strength.scope * claim.weight);
  return { score, reason: reason + note, cited };
}

function technicalDepth(claims: readonly WeighedClaim[]): Scored {
  const recent = claims.filter(isRecent);
  const judgement = (claim: WeighedClaim) =>
    claim.evidence.kinds.includes("decision") || claim.evidence.strength.complexity >= 3;
  const handsOn = weightOf(recent, hasKind("hands-on"));
  const judged = weightOf(recent, judgement);
  const score =
    handsOn >= 2 && judged >= 2
      ? 4
      : (handsOn >= 2 && judged >= 1) || (handsOn >= 1 && judged >= 2)
        ? 3
        : handsOn >= 1 || judged >= 1
          ? 2
          : weightOf(claims, hasKind("hands-on")) > 0
            ? 1
            : 0;
  const reason = [
    "No claim shows technical work: code, design, review, debugging or operation.",
    "Technical detail appears only in older roles.",
    "Some recent design or implementation detail, but little of the judgement behind it.",
    "Recent claims show hands-on work with the decisions or constraints behind it.",
    "Recent claims show hands-on judgement through code, design choices and the constraints they answered.",
  ][score] as string;
  const cited = strongest(recent, (claim) => (hasKind("hands-on")(claim) ? 2 : 0) + (judgement(claim) ? 1 : 0));
  return { score, reason, cited };
}

function productionResponsibility(claims: readonly WeighedClaim[]): Scored {
  const operating = claims.filter(hasKind("operating"));
  const weight = weightOf(operating, () => true);
  const variety = new Set(
    operating.flatMap((claim) => claim.claim.signals.productionOwnership.map((m) => m.text.toLowerCase())),
  ).size;
  const claimsOwnership = claims.some((claim) => claim.claim.signals.systemOwnership.length > 0);
  const score =
    weight >= 2 && variety >= 3
      ? 4
      : weight >= 1.5 || (weight >= 1 && variety >= 2)
        ? 3
        : weight > 0
          ? 2
          : claimsOwnership
            ? 1
            : 0;
  const reason = [
    "Built systems only: no claim shows running one after launch.",
    "Claims to own systems, but never shows them being operated.",
    "Mentions operating a system, once or in passing.",
    "Shows operating systems: on-call, incidents, SLOs, alerting, rollback or support.",
    "Explains operating in depth: several kinds of production work across the recent roles.",
  ][score] as string;
  return { score, reason, cited: strongest(operating, (claim) => claim.weight) };
}

function influenceEvidence(claims: readonly WeighedClaim[]): Scored {
  const chain = (claim: WeighedClaim) => {
    const { artifacts, mechanisms, adoption } = claim.claim.signals;
    return artifacts.length > 0 && mechanisms.length > 0 && adoption.length > 0;
  };
  const influence = weightOf(claims, hasKind("influence"));
  const adopted = claims.some((claim) => claim.claim.signals.adoption.length > 0 && hasKind("influence")(claim));
  const leads = claims.some(
    (claim) => claim.claim.signals.leadership.length > 0 || claim.evidence.kinds.includes("coordination"),
  );
  const score =
    claims.some(chain) && influence >= 1.5 ? 4 : influence >= 1 && adopted ? 3 : influence > 0 ? 2 : leads ? 1 : 0;
  const reason = [
    "No claim shows influence on others' work.",
    "Leadership and collaboration are claimed without a mechanism, artifact or adoption.",
    "Describes mentoring or mechanisms, but little adoption or changed behaviour.",
    "Shows mechanisms and adoption: others took the work on.",
    "Shows the whole chain: artifacts, mechanisms, adoption and changed behaviour.",
  ][score] as string;
  const rank = (claim: WeighedClaim) => (chain(claim) ? 3 : hasKind("influence")(claim) ? 2 : 0) * claim.weight;
  return { score, reason, cited: strongest(claims, rank) };
}

/** The rubric categories a resume can show, scored 0–4, and the two it cannot, said plainly. */
export function scoreRubric(claims: readonly WeighedClaim[]): RubricEntry[] {
  return [
    entry("evidence-over-tenure", evidenceOverTenure(claims)),
    entry("scope-clarity", scopeClarity(claims)),
    entry("technical-depth", technicalDepth(claims)),
    entry("production-responsibility", productionResponsibility(claims)),
    entry("influence-evidence", influenceEvidence(claims)),
    {
      category: "role-calibration",
      observable: false,
      reason: "How you read a role's level shows in how you target and discuss it, not in a resume.",
    },
    {
      category: "down-level-readiness",
      observable: false,
      reason: "How you answer a down-level conversation shows in that conversation, not in a resume.",
    },
  ];
}

export function rubricScore(rubric: readonly RubricEntry[], category: RubricCategory): number {
  const found = rubric.find((item) => item.category === category);
  return found?.observable ? found.score : 0;
}

const GATED_TARGETS: readonly TargetLevel[] = ["staff", "tech-lead"];
const GATE_NEEDS = 3;

/** The chapter's gate: before a staff-shaped or lead target, depth and production responsibility need 3. */
export function gatesFor(rubric: readonly RubricEntry[], target: TargetLevel): string[] {
  if (!GATED_TARGETS.includes(target)) return [];
  const gates: string[] = [];
  const depth = rubricScore(rubric, "technical-depth");
  const production = rubricScore(rubric, "production-responsibility");
  if (depth < GATE_NEEDS)
    gates.push(
      `Technical depth scores ${depth} of 4; a ${target} reviewer wants recent code, design or review detail (3 or more) before the project deep dive.`,
    );
  if (production < GATE_NEEDS)
    gates.push(
      `Production responsibility scores ${production} of 4; a ${target} reviewer wants on-call, incidents, SLOs or rollback (3 or more) before the project deep dive.`,
    );
  return gates;
}
