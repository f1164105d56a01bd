#!/usr/bin/env node
// Brings a fresh clone to a runnable state, then runs one task.
// Works on any Node that ships npm: when the system Node is older than the
// project needs, a Node 24 binary is installed from the npm registry into
// .tools/, and pnpm comes from the same registry (Corepack is not used).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { MIN_NODE, nodeIsRecentEnough, toolsNodeBinary, toolsNodePackage } from "./node-version.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const toolsDir = join(root, ".tools");
const NODE_VERSION = "24.21.0";
const PNPM_VERSION = "10.34.9";

const tasks = {
  demo: "lint the bundled example resumes",
  test: "run the whole test suite",
  "test:vscode": "run the VS Code end-to-end test (code-server in headless Chromium) on Node 24",
  "test:package": "pack dist/reslint-<version>.tgz, install it into a temporary prefix and run it",
  setup: "install and build only",
};

function fail(message) {
  console.error(`reslint setup: ${message}`);
  process.exit(2);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root, ...options });
  if (result.error) fail(`could not start ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

function installTools(packages) {
  mkdirSync(toolsDir, { recursive: true });
  const manifest = join(toolsDir, "package.json");
  if (!existsSync(manifest)) writeFileSync(manifest, '{ "private": true }\n');
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const status = run(npm, ["install", "--no-audit", "--no-fund", "--prefix", toolsDir, ...packages], {
    shell: process.platform === "win32",
  });
  if (status !== 0) fail(`npm could not install ${packages.join(", ")} from the registry.`);
}

function installedVersion(packageDir) {
  try {
    return JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")).version;
  } catch {
    return null;
  }
}

/** A Node with its headers (include/node/node.h) beside it, as native builds need. */
const hasHeaders = (binary) => existsSync(join(dirname(binary), "..", "include", "node", "node.h"));

/**
 * The Node to run with: this one when recent enough, else Node 24 from .tools/. The VS Code
 * end-to-end test takes Node 24 with its headers (code-server runs on it and builds native modules
 * against it), so that task uses .tools/' Node 24 unless this one already is such.
 */
function findNode(needsNode24) {
  const major = Number(process.versions.node.split(".")[0]);
  if (needsNode24 ? major === 24 && hasHeaders(process.execPath) : nodeIsRecentEnough(process.versions.node))
    return process.execPath;
  const packageName = `node-${process.platform}-${process.arch}`;
  const packageDir = toolsNodePackage(toolsDir);
  const binary = toolsNodeBinary(toolsDir);
  if (installedVersion(packageDir) !== NODE_VERSION || !existsSync(binary)) {
    console.log(
      needsNode24
        ? `reslint setup: the VS Code end-to-end test needs Node 24 with its headers, and this is Node ${process.versions.node} at ${process.execPath}; installing Node ${NODE_VERSION} into .tools/`
        : `reslint setup: Node ${process.versions.node} is older than ${MIN_NODE.join(".")}; installing Node ${NODE_VERSION} into .tools/`,
    );
    installTools([`${packageName}@${NODE_VERSION}`]);
  }
  return binary;
}

function findPnpm() {
  const packageDir = join(toolsDir, "node_modules", "pnpm");
  if (installedVersion(packageDir) !== PNPM_VERSION) {
    console.log(`reslint setup: installing pnpm ${PNPM_VERSION} into .tools/`);
    installTools([`pnpm@${PNPM_VERSION}`]);
  }
  return join(packageDir, "bin", "pnpm.cjs");
}

const taskName = process.argv[2] ?? "setup";
if (!(taskName in tasks)) fail(`unknown task "${taskName}"; use one of ${Object.keys(tasks).join(", ")}.`);

const node = findNode(taskName === "test:vscode");
const pnpm = findPnpm();
const env = {
  ...process.env,
  PATH: [dirname(node), join(toolsDir, "node_modules", ".bin"), process.env.PATH].join(delimiter),
  npm_config_manage_package_manager_versions: "false",
};
const pnpmRun = (args) => run(node, [pnpm, ...args], { env });

for (const step of [
  ["install", "--frozen-lockfile", "--prefer-offline"],
  ["run", "build"],
]) {
  const status = pnpmRun(step);
  if (status !== 0) fail(`"pnpm ${step.join(" ")}" failed (exit ${status}); see the output above.`);
}

const extraArgs = process.argv.slice(3);
if (taskName === "test") process.exit(pnpmRun(["run", "test:all", ...extraArgs]));
// Node 24 stays first on PATH, so the test runs on it and code-server installs and runs on it.
if (taskName === "test:vscode") process.exit(pnpmRun(["run", "test:vscode", ...extraArgs]));
if (taskName === "test:package") process.exit(pnpmRun(["run", "test:package", ...extraArgs]));
if (taskName === "demo") {
  const cli = join(root, "packages", "cli", "dist", "bin.js");
  const status = run(node, [cli, "examples/*.md", "--level", "senior", ...extraArgs], { env });
  // Exit code 1 means the examples have lint errors, which is what the demo sets out to show.
  if (status === 1) console.log("\n(reslint exits with 1 when it finds errors, as it does in these examples.)");
  if (status !== 0 && status !== 1) process.exit(status);
  const posting = "examples/postings/platform-reliability.md";
  const resume = "examples/nadia-petrova-senior-backend.md";
  console.log(`\nThe same senior resume against a job posting (${posting}); the posting's level becomes the target:\n`);
  const checked = run(node, [cli, resume, "--posting", posting], { env });
  if (checked !== 0 && checked !== 1) process.exit(checked);
  const report = "examples/out/report.html";
  mkdirSync(join(root, "examples", "out"), { recursive: true });
  const reported = run(node, [cli, "report", resume, "--posting", posting, "-o", report], { env });
  if (reported === 0) console.log(`Open ${report} in a browser: it needs no network.`);
  process.exit(reported);
}
