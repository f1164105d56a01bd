/** Target levels a resume can be checked against, from hands-on to people leadership. */
export const TARGET_LEVELS = ["mid", "senior", "staff", "tech-lead", "manager"] as const;

export type TargetLevel = (typeof TARGET_LEVELS)[number];

export const DEFAULT_TARGET_LEVEL: TargetLevel = "senior";

export function isTargetLevel(value: string): value is TargetLevel {
  return (TARGET_LEVELS as readonly string[]).includes(value);
}
