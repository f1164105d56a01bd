import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CONFIG_FILE_NAMES,
  DEFAULT_TARGET_LEVEL,
  isTargetLevel,
  PACKAGE_KEY,
  STARTER_FILE_NAMES,
  type StarterFormat,
  starterConfig,
  TARGET_LEVELS,
  type TargetLevel,
} from "@reslint/core";
import { ask } from "../ask.js";
import { statOrNull } from "../files.js";
import { type CliIo, EXIT_OK } from "../io.js";
import { InputError } from "../usage.js";

export interface InitRun {
  format: StarterFormat;
  /** --level, when given: then nothing is asked. */
  level: TargetLevel | undefined;
  /** --posting as given, relative to the current folder. */
  posting: string | undefined;
}

/** The config file already in `folder`, if any: `--init` never writes over one, nor beside one. */
async function existingConfig(folder: string): Promise<string | null> {
  for (const name of CONFIG_FILE_NAMES) {
    const path = join(folder, name);
    if (!(await statOrNull(path))?.isFile()) continue;
    if (name !== "package.json") return name;
    try {
      const manifest = JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;
      if (manifest[PACKAGE_KEY] !== undefined) return `the "${PACKAGE_KEY}" key in package.json`;
    } catch {
      // A package.json reslint cannot read holds no settings of reslint's either.
    }
  }
  return null;
}

/**
 * The shipped JSON Schema, relative to the folder the config goes in, for editors: beside dist/
 * in the installed reslint package, or in @reslint/core in the repository.
 */
function schemaReference(folder: string): string {
  const bundled = fileURLToPath(new URL("../schema/reslintrc.schema.json", import.meta.url));
  try {
    const path = existsSync(bundled)
      ? bundled
      : createRequire(import.meta.url).resolve("@reslint/core/schema/reslintrc.schema.json");
    return relative(folder, path).split("\\").join("/");
  } catch {
    return "node_modules/@reslint/core/schema/reslintrc.schema.json";
  }
}

async function chooseLevel(run: InitRun, io: CliIo): Promise<TargetLevel | null> {
  if (run.level !== undefined) return run.level;
  // A posting sets the target itself; a run that cannot answer gets the default.
  if (run.posting !== undefined) return null;
  if (!io.stdin || io.stdinIsTTY !== true) return DEFAULT_TARGET_LEVEL;
  const chosen = await ask<TargetLevel>(
    io.stdin,
    io.stdout,
    `Target level for your resumes (${TARGET_LEVELS.join(", ")}) [${DEFAULT_TARGET_LEVEL}]: `,
    (answer) => {
      const level = answer === "" ? DEFAULT_TARGET_LEVEL : answer.toLowerCase();
      return isTargetLevel(level)
        ? { value: level }
        : { reason: `"${answer}" is not a level reslint knows; use one of ${TARGET_LEVELS.join(", ")}.` };
    },
  );
  if (chosen === null)
    throw new InputError([`no target level given; run reslint --init --level <level> to write the config.`]);
  return chosen;
}

/** `reslint --init`: writes a starter config in the current folder, after asking for the target level. */
export async function initCommand(run: InitRun, io: CliIo): Promise<number> {
  const existing = await existingConfig(io.cwd);
  if (existing !== null)
    throw new InputError([
      `${existing} is already here, and reslint --init never writes over a config; edit it, or remove it and run reslint --init again.`,
    ]);
  const level = await chooseLevel(run, io);
  const name = STARTER_FILE_NAMES[run.format];
  const text = starterConfig(run.format, {
    level,
    ...(run.posting === undefined ? {} : { posting: run.posting.split("\\").join("/") }),
    schema: schemaReference(io.cwd),
  });
  try {
    // "wx": never replace a file that appeared since the check above.
    await writeFile(join(io.cwd, name), text, { encoding: "utf8", flag: "wx" });
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new InputError([
      code === "EEXIST"
        ? `${name} is already here, and reslint --init never writes over a config; edit it instead.`
        : `could not write ${name} here (${code ?? "unknown error"}); check that the folder is writable.`,
    ]);
  }
  const target = level === null ? `the level ${run.posting} asks for` : `target level ${level}`;
  io.stdout.write(
    `Wrote ${name} (${target}). reslint now uses it for resumes in this folder and below; reslint --print-config <resume> shows the settings that apply.\n`,
  );
  return EXIT_OK;
}
