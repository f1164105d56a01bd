import { DEFAULT_TARGET_LEVEL, isTargetLevel, TARGET_LEVELS, type TargetLevel } from "@reslint/core";
import type { CliIo } from "./io.js";
import { UsageError } from "./usage.js";

export function parseLevel(value: string): TargetLevel {
  if (isTargetLevel(value)) return value;
  throw new UsageError(`"${value}" is not a level reslint knows; use one of ${TARGET_LEVELS.join(", ")}.`);
}

/** The level flag as given, or undefined: the config or a posting may then set the target. */
export function parseLevelFlag(value: string | undefined): TargetLevel | undefined {
  return value === undefined ? undefined : parseLevel(value);
}

export function parseChoice<T extends string>(
  value: string | undefined,
  choices: readonly T[],
  fallback: T,
  noun = "an output format",
): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  const listed = choices.length < 3 ? choices.join(" or ") : `${choices.slice(0, -1).join(", ")} or ${choices.at(-1)}`;
  throw new UsageError(`"${value}" is not ${noun}; use ${listed}.`);
}

export function parseMaxWarnings(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (/^\d+$/.test(value.trim())) return Number.parseInt(value, 10);
  throw new UsageError(
    `--max-warnings needs a whole number of 0 or more, such as "--max-warnings 10"; "${value}" is not one.`,
  );
}

/** Colour: --color / --no-color win, then FORCE_COLOR, then NO_COLOR, then whether stdout is a terminal. */
export function useColor(flag: boolean | undefined, io: CliIo): boolean {
  if (flag !== undefined) return flag;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  return io.isTTY;
}

export { DEFAULT_TARGET_LEVEL };
