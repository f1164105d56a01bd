/** Target levels a resume can be checked against, from hands-on to people leadership. */
export const TARGET_LEVELS = ["mid", "senior", "staff", "tech-lead", "manager"] as const;

export type TargetLevel = (typeof TARGET_LEVELS)[number];

export const DEFAULT_TARGET_LEVEL: TargetLevel = "senior";

export function isTargetLevel(value: string): value is TargetLevel {
  return (TARGET_LEVELS as readonly string[]).includes(value);
}

/** What each level reads as, in a few words; front ends show these in help and hovers. */
export const LEVEL_DESCRIPTIONS: Readonly<Record<TargetLevel, string>> = {
  mid: "ships well-scoped work inside one team",
  senior: "owns systems end to end, including running them in production",
  staff: "sets technical direction that several teams adopt",
  "tech-lead": "leads a team's technical decisions and delivery",
  manager: "leads people: hiring, growth and the team's results",
};
