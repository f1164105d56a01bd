#!/usr/bin/env node
// The `reslint` hook of .pre-commit-hooks.yaml. pre-commit keeps a clone of this repository in its
// cache and runs this script there with the staged resumes. The first run sets the clone up
// (scripts/setup.mjs: Node 24 from the npm registry when this Node is older, pnpm, install,
// build), its output on stderr; later runs go straight to the CLI.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { nodeIsRecentEnough, toolsNodeBinary } from "./node-version.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "packages", "cli", "dist", "bin.js");

if (!existsSync(cli)) {
  console.error("reslint: setting up the pre-commit hook (once; this takes a minute or two)");
  const setup = spawnSync(process.execPath, [join(root, "scripts", "setup.mjs"), "setup"], {
    cwd: root,
    stdio: ["ignore", process.stderr, process.stderr],
  });
  if (setup.status !== 0 || !existsSync(cli)) {
    console.error("reslint: the hook could not be set up (see above); run pre-commit clean and commit again.");
    process.exit(2);
  }
}

const node = nodeIsRecentEnough(process.versions.node) ? process.execPath : toolsNodeBinary(join(root, ".tools"));
const lint = spawnSync(node, [cli, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(lint.status ?? 2);
