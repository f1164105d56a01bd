#!/usr/bin/env node
// End to end in a real VS Code: packs the extension, installs it into code-server (itself installed
// from the npm registry into .tools/code-server and kept there), opens a workspace with a weak
// resume in headless Chromium, and checks that squiggles, the Problems count, a hover and the level
// status-bar item appear. Screenshot: test/vscode/artifacts/vscode.png. Not part of `npm test`;
// run `pnpm test:vscode`. RESLINT_VSIX=<file> tests that .vsix instead of packing one.
//
// Needs Node 24 first on PATH (code-server's native modules build against it), Debian's
// libkrb5-dev and pkg-config, and Chromium at /usr/bin/chromium (or RESLINT_CHROMIUM).
import { spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CODE_SERVER_VERSION = "4.139.1";
const prefix = join(root, ".tools", "code-server");
const artifacts = join(root, "test", "vscode", "artifacts");
const chromiumPath = process.env.RESLINT_CHROMIUM ?? "/usr/bin/chromium";
const keep = process.env.RESLINT_E2E_KEEP === "1";

const checks = [];
const check = (name, ok, detail = "") => {
  checks.push({ name, ok, detail });
  console.log(`${ok ? "  ok  " : "  FAIL"} ${name}${detail ? `: ${detail}` : ""}`);
  return ok;
};
const step = (text) => console.log(`\n== ${text}`);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root, ...options });
  if (result.error) throw new Error(`could not start ${command}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${result.status}`);
}

/** A Node headers folder for native builds: the running Node's, else the npm node package in .tools. */
function nodeDir() {
  const candidates = [
    resolve(dirname(process.execPath), ".."),
    join(root, ".tools", "node_modules", `node-${process.platform}-${process.arch}`),
    join(root, "..", "main", ".tools", "node_modules", `node-${process.platform}-${process.arch}`),
  ];
  return candidates.find((dir) => existsSync(join(dir, "include", "node", "node.h")));
}

function ensureCodeServer() {
  const manifest = join(prefix, "node_modules", "code-server", "package.json");
  const installed = existsSync(manifest) ? JSON.parse(readFileSync(manifest, "utf8")).version : null;
  if (installed !== CODE_SERVER_VERSION) {
    console.log(`installing code-server ${CODE_SERVER_VERSION} into ${prefix} (a few minutes the first time)`);
    mkdirSync(prefix, { recursive: true });
    if (!existsSync(join(prefix, "package.json"))) writeFileSync(join(prefix, "package.json"), '{ "private": true }\n');
    const headers = nodeDir();
    run("npm", ["install", "--prefix", prefix, "--no-audit", "--no-fund", `code-server@${CODE_SERVER_VERSION}`], {
      env: {
        // Under `pnpm test:vscode`, pnpm's npm_* variables say pnpm is installing, and
        // code-server's postinstall then refuses to guess the package manager: give npm a clean slate.
        ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith("npm_"))),
        PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}`,
        ...(headers ? { npm_config_nodedir: headers } : {}),
      },
    });
  }
  return join(prefix, "node_modules", "code-server", "out", "node", "entry.js");
}

function ensureVsix() {
  if (process.env.RESLINT_VSIX) return resolve(process.env.RESLINT_VSIX);
  run("pnpm", ["package:vscode"]);
  return join(root, "extension", "dist", "reslint.vsix");
}

const freePort = () =>
  new Promise((done, fail) => {
    const server = createServer();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

async function waitForServer(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {}
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs / 1000} s`);
}

const RESUME = `# Jane Doe

Staff Software Engineer

## Summary

Software engineer with 12 years of experience.

## Experience

### Staff Software Engineer — Example Co (2019–2024)

- Helped with the migration of the checkout service to Kubernetes
- Worked on improving the performance of the search API
- Participated in the design of a new billing system
- Was involved in on-call and various projects across the team
`;

const SETTINGS = {
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "update.showReleaseNotes": false,
  "extensions.ignoreRecommendations": true,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "workbench.enableExperiments": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "security.workspace.trust.enabled": false,
  "chat.disableAIFeatures": true,
  "chat.commandCenter.enabled": false,
  "chat.agent.enabled": false,
  "github.copilot.enable": { "*": false },
  "git.enabled": false,
  "editor.hover.delay": 200,
  "editor.minimap.enabled": false,
  "reslint.level": "staff",
};

async function main() {
  step("packing the extension and installing code-server");
  const vsix = ensureVsix();
  check("the .vsix exists", existsSync(vsix), vsix);
  const entry = ensureCodeServer();
  check("code-server is installed", existsSync(entry), entry);

  const temp = mkdtempSync(join(tmpdir(), "reslint-code-server-"));
  const dirs = Object.fromEntries(
    ["extensions", "user-data", "config", "data", "tmp", "workspace"].map((name) => {
      const dir = join(temp, name);
      mkdirSync(dir, { recursive: true });
      return [name, dir];
    }),
  );
  mkdirSync(join(dirs["user-data"], "User"), { recursive: true });
  writeFileSync(join(dirs["user-data"], "User", "settings.json"), `${JSON.stringify(SETTINGS, null, 2)}\n`);
  writeFileSync(join(dirs.workspace, "jane-resume.md"), RESUME);
  const env = {
    ...process.env,
    PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}`,
    EXTENSIONS_GALLERY: "{}",
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    TMPDIR: dirs.tmp,
  };
  const common = ["--extensions-dir", dirs.extensions, "--user-data-dir", dirs["user-data"]];

  step("installing the extension");
  run(process.execPath, [entry, ...common, "--install-extension", vsix], { env });
  const listed = spawnSync(process.execPath, [entry, ...common, "--list-extensions"], { env, encoding: "utf8" });
  check(
    "code-server lists reslint.reslint-vscode",
    /reslint\.reslint-vscode/i.test(listed.stdout),
    listed.stdout.trim(),
  );

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = join(temp, "code-server.log");
  step(`starting code-server on ${url}`);
  const logFd = openSync(log, "w");
  const child = spawn(
    process.execPath,
    [
      entry,
      ...common,
      "--auth",
      "none",
      "--disable-telemetry",
      "--disable-update-check",
      "--disable-workspace-trust",
      "--bind-addr",
      `127.0.0.1:${port}`,
    ],
    { env, detached: true, stdio: ["ignore", logFd, logFd] },
  );
  let browser;
  try {
    await waitForServer(url, child, 60_000);
    check("code-server answers /healthz", true);

    step("opening the workspace in Chromium");
    // playwright gives the browser a new, empty profile of its own.
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${url}/?folder=${encodeURIComponent(dirs.workspace)}`);
    await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
    const file = page.locator(".explorer-folders-view .monaco-list-row", { hasText: "jane-resume.md" });
    await file.first().waitFor({ timeout: 60_000 });
    await file.first().click();
    await page.locator(".monaco-editor .view-lines").first().waitFor({ timeout: 30_000 });
    check("jane-resume.md is open", (await page.locator(".tab", { hasText: "jane-resume.md" }).count()) > 0);

    step("waiting for reslint's squiggles");
    const squiggles = page.locator(".monaco-editor .squiggly-warning, .monaco-editor .squiggly-error");
    const appeared = await squiggles
      .first()
      .waitFor({ timeout: 90_000 })
      .then(() => true)
      .catch(() => false);
    check("squiggles appear under the weak claims", appeared, appeared ? `${await squiggles.count()} decorations` : "");

    const problems = page.locator('[id="status.problems"]');
    const problemsLabel = await problems
      .first()
      .getAttribute("aria-label", { timeout: 5_000 })
      .catch(() => null);
    const counts = (problemsLabel ?? "").match(/\d+/g)?.map(Number) ?? [];
    const total = counts.reduce((sum, n) => sum + n, 0);
    check("the Problems count is above zero", total > 0, problemsLabel ?? "no problems item");

    const status = page.locator(".statusbar-item", { hasText: "reslint: target" });
    const statusText =
      (await status
        .first()
        .textContent({ timeout: 15_000 })
        .catch(() => "")) ?? "";
    check(
      "the status bar shows the level",
      /reslint: target staff · evidence \S+/.test(statusText),
      statusText.trim() || "no reslint item",
    );

    step("opening the level report from the status bar");
    if (statusText) await status.first().click();
    const reportTab = page.locator(".tab", { hasText: "reslint:" });
    const reportOpened = await reportTab
      .first()
      .waitFor({ timeout: 15_000 })
      .then(() => true)
      .catch(() => false);
    const reportText = reportOpened
      ? ((await page
          .frameLocator("iframe.webview.ready")
          .frameLocator("#active-frame")
          .locator("body")
          .textContent({ timeout: 15_000 })
          .catch(() => "")) ?? "")
      : "";
    check(
      "the status bar opens the level report",
      reportOpened && /Target level\s*staff/.test(reportText),
      reportText.replace(/\s+/g, " ").trim().slice(0, 120) || (reportOpened ? "empty webview" : "no report tab"),
    );

    let hoverText = "";
    if (appeared) {
      step("hovering over a squiggle under a claim");
      const boxes = (await Promise.all((await squiggles.all()).map((squiggle) => squiggle.boundingBox()))).filter(
        (box) => box !== null,
      );
      boxes.sort((a, b) => a.y - b.y);
      // The first squiggle is the whole-resume finding on the heading; a claim's is further down.
      const box = boxes.find((candidate) => candidate.y > (boxes[0]?.y ?? 0) + 100) ?? boxes[0];
      if (box) {
        const x = box.x + Math.min(box.width / 2, 20);
        const y = box.y + box.height / 2;
        await page.mouse.move(x - 5, y);
        await page.mouse.move(x, y, { steps: 3 });
        const hover = page.locator(".monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover .hover-contents");
        hoverText =
          (await hover
            .first()
            .textContent({ timeout: 10_000 })
            .catch(() => "")) ?? "";
      }
    }
    check(
      "the hover shows a reslint finding",
      /reslint/i.test(hoverText),
      hoverText.replace(/\s+/g, " ").trim().slice(0, 200) || "no hover",
    );

    mkdirSync(artifacts, { recursive: true });
    const shot = join(artifacts, "vscode.png");
    await page.screenshot({ path: shot });
    console.log(`screenshot: ${shot}`);
    if (checks.every((entry) => entry.ok) && process.env.RESLINT_E2E_SCREENSHOT_DOCS === "1")
      copyFileSync(shot, join(root, "docs", "vscode-screenshot.png"));
  } finally {
    await browser?.close().catch(() => undefined);
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
    await new Promise((done) => setTimeout(done, 1000));
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {}
    const failed = checks.some((entry) => !entry.ok);
    if (failed) {
      console.log(`\ncode-server log (${log}), last lines:`);
      console.log(readFileSync(log, "utf8").split("\n").slice(-40).join("\n"));
    }
    if (!keep && !failed) rmSync(temp, { recursive: true, force: true });
    else console.log(`kept ${temp}`);
  }
}

let crashed = null;
try {
  await main();
} catch (error) {
  crashed = error;
  check("the run completed", false, error instanceof Error ? error.message : String(error));
}
const failed = checks.filter((entry) => !entry.ok);
console.log(
  `\n${failed.length === 0 ? "PASS" : "FAIL"}: ${checks.length - failed.length} of ${checks.length} checks passed` +
    (failed.length ? ` (failed: ${failed.map((entry) => entry.name).join("; ")})` : ""),
);
if (crashed && process.env.DEBUG) console.error(crashed);
process.exit(failed.length === 0 ? 0 : 1);
