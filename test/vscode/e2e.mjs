#!/usr/bin/env node
// End to end in a real VS Code: packs the extension, installs it into code-server (itself installed
// from the npm registry into .tools/code-server and kept there), opens a workspace with a weak
// resume and a Word resume in headless Chromium, and checks that squiggles, the Problems count, the
// level status-bar item, the level report, a hover, a quick fix from the server and the "Check a PDF
// or Word resume" command work. Screenshots: test/vscode/artifacts/. Not part of `npm test`: run
// `pnpm test:vscode` (after `pnpm build`), or `node scripts/setup.mjs test:vscode` from a fresh clone.
// RESLINT_VSIX=<file> tests that .vsix instead of packing one.
//
// Needs Node 24 first on PATH (code-server's native modules build against it; scripts/setup.mjs
// puts one there), Debian's libkrb5-dev and pkg-config to build them, and Chromium at
// /usr/bin/chromium (or RESLINT_CHROMIUM). Missing Debian packages are installed with apt-get
// (as root, or with `sudo -n`).
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

/**
 * A Node headers folder (include/node/node.h) for code-server's native builds: the running Node's
 * own (the npm package node-<platform>-<arch> that scripts/setup.mjs puts in .tools ships them, as
 * do Node's release archives), else that package in this checkout's .tools.
 */
function nodeDir() {
  const candidates = [
    resolve(dirname(process.execPath), ".."),
    join(root, ".tools", "node_modules", `node-${process.platform}-${process.arch}`),
  ];
  return candidates.find((dir) => existsSync(join(dir, "include", "node", "node.h")));
}

/** Ends the run before any check with one sentence saying what is missing and what to do. */
function stop(sentence) {
  console.error(`\nreslint e2e: ${sentence}`);
  process.exit(2);
}

const hasCommand = (name) => spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
const debianHas = (name) =>
  hasCommand("dpkg-query") &&
  /^Status: install ok installed$/m.test(spawnSync("dpkg-query", ["-s", name], { encoding: "utf8" }).stdout ?? "");

/**
 * Debian's packages this run needs and the machine lacks: chromium for the browser, and, when
 * code-server is still to be installed, libkrb5-dev and pkg-config for its native modules.
 */
function missingDebianPackages(codeServerToInstall) {
  const missing = [];
  if (codeServerToInstall) {
    if (!debianHas("libkrb5-dev") && !hasCommand("krb5-config")) missing.push("libkrb5-dev");
    if (!hasCommand("pkg-config")) missing.push("pkg-config");
  }
  if (!existsSync(chromiumPath)) {
    if (process.env.RESLINT_CHROMIUM) stop(`RESLINT_CHROMIUM is set to ${chromiumPath}, which does not exist.`);
    missing.push("chromium");
  }
  return missing;
}

/** Installs what missingDebianPackages names with apt-get, as root or through `sudo -n`. */
function ensureDebianPackages(codeServerToInstall) {
  const missing = missingDebianPackages(codeServerToInstall);
  if (missing.length === 0) return;
  const list = missing.join(", ");
  const them = missing.length > 1 ? "them" : "it";
  if (!hasCommand("apt-get"))
    stop(
      `this run needs Debian's ${list}, and there is no apt-get here to install ${them}: install ${them} and run again.`,
    );
  const asRoot = process.getuid?.() === 0 ? [] : ["sudo", "-n", "env", "DEBIAN_FRONTEND=noninteractive"];
  if (asRoot.length > 0 && !hasCommand("sudo"))
    stop(`this run needs Debian's ${list}, and installing ${them} takes root, which this user is not, with no sudo.`);
  console.log(`installing Debian's ${list}, which this run needs, with ${asRoot.length ? "sudo -n " : ""}apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update"], ["install", "-y", ...missing]]) {
    const command = [...asRoot, "apt-get", ...args];
    const result = spawnSync(command[0], command.slice(1), { stdio: "inherit", env });
    if (result.status !== 0)
      stop(
        `"${command.join(" ")}" failed (${result.error?.message ?? `exit ${result.status}`}), so Debian's ${list} could not be installed: install ${them} by hand and run again.`,
      );
  }
  const still = missingDebianPackages(codeServerToInstall);
  if (still.length > 0) stop(`apt-get installed ${list}, but ${still.join(", ")} still cannot be found.`);
}

const installedCodeServer = () => {
  const manifest = join(prefix, "node_modules", "code-server", "package.json");
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, "utf8")).version : null;
};

function ensureCodeServer() {
  if (installedCodeServer() !== CODE_SERVER_VERSION) {
    const headers = nodeDir();
    if (!headers)
      console.log(
        "no Node headers (include/node/node.h) next to this Node or in .tools; node-gyp will try to download them",
      );
    console.log(`installing code-server ${CODE_SERVER_VERSION} into ${prefix} (a few minutes the first time)`);
    mkdirSync(prefix, { recursive: true });
    if (!existsSync(join(prefix, "package.json"))) writeFileSync(join(prefix, "package.json"), '{ "private": true }\n');
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

/** A Word resume of our own (made by test/fixtures/docx/make-fixtures.mjs with the docx package). */
const DOCX_FIXTURE = join(root, "test", "fixtures", "docx", "resume.docx");
const DOCX_NAME = "morgan-resume.docx";
const RESUME_NAME = "jane-resume.md";

/** A pattern for text as an editor renders it: any run of spaces may come out as other white space. */
const textPattern = (text) =>
  new RegExp(
    text
      .trim()
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("\\s+"),
  );

/** The title the extension's package.json gives a command, as its menus show it. */
function commandTitle(command) {
  const manifest = JSON.parse(readFileSync(join(root, "extension", "package.json"), "utf8"));
  const title = manifest.contributes.commands.find((entry) => entry.command === command)?.title;
  if (!title) throw new Error(`extension/package.json contributes no command ${command}`);
  return title;
}

/** Polls `probe` until it returns something truthy, or `timeoutMs` passes; returns the last answer. */
async function until(probe, timeoutMs, intervalMs = 250) {
  const deadline = Date.now() + timeoutMs;
  let answer = await probe();
  while (!answer && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, intervalMs));
    answer = await probe();
  }
  return answer;
}

/**
 * What the editor should show, from reslint's core with the settings the editor has: the tenure
 * finding's quick fix and the line it leaves, and the finding counts before and after it and for
 * the Word resume. The checks follow the rules' own wording and counts instead of copies of them.
 */
async function expectations(workspace) {
  let core;
  let builtIn;
  try {
    core = await import("@reslint/core");
    builtIn = await import("@reslint/rules");
  } catch (error) {
    stop(`@reslint/core or @reslint/rules would not load (${error.message}); run \`pnpm build\` first.`);
  }
  const options = { level: SETTINGS["reslint.level"], rules: builtIn.rules, vocabulary: builtIn.vocabulary };
  const lintMarkdown = (text) =>
    core.lintText(text, { ...options, filePath: join(workspace, RESUME_NAME), format: "markdown" });
  const before = lintMarkdown(RESUME);
  const tenure = before.messages.find((message) => message.ruleId === "tenure-as-evidence" && message.fix);
  if (!tenure)
    stop("reslint no longer offers a quick fix for the e2e resume's tenure line; update test/vscode/e2e.mjs.");
  const lines = RESUME.split("\n");
  const offset = (line, column) =>
    lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
  const { range, text } = tenure.fix;
  const fixed =
    RESUME.slice(0, offset(range.line, range.column)) + text + RESUME.slice(offset(range.endLine, range.endColumn));
  const docxPath = join(workspace, DOCX_NAME);
  const docx = await core.lintFile(docxPath, options);
  const { document } = await core.readResumeFile(docxPath, { vocabulary: builtIn.vocabulary });
  return {
    findings: before.messages.length,
    tenure,
    line: lines[tenure.line - 1],
    fixedLine: fixed.split("\n")[tenure.line - 1],
    findingsAfterFix: lintMarkdown(fixed).messages.length,
    docxFindings: docx.messages.filter((message) => !message.fatal).length,
    docxFatal: docx.messages.find((message) => message.fatal)?.message,
    docxLines: document.text
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.length > 0),
  };
}

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
  step("checking what this run needs");
  if (process.versions.node.split(".")[0] !== "24")
    stop(
      `code-server ${CODE_SERVER_VERSION} runs on Node 24 and this is Node ${process.versions.node}: run \`node scripts/setup.mjs test:vscode\`, which puts Node 24 first on PATH.`,
    );
  ensureDebianPackages(installedCodeServer() !== CODE_SERVER_VERSION);

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
  writeFileSync(join(dirs.workspace, RESUME_NAME), RESUME);
  copyFileSync(DOCX_FIXTURE, join(dirs.workspace, DOCX_NAME));
  const expected = await expectations(dirs.workspace);
  if (expected.docxFatal) stop(`reslint could not read ${DOCX_FIXTURE}: ${expected.docxFatal}`);
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
    const file = page.locator(".explorer-folders-view .monaco-list-row", { hasText: RESUME_NAME });
    await file.first().waitFor({ timeout: 60_000 });
    await file.first().click();
    await page.locator(".monaco-editor .view-lines").first().waitFor({ timeout: 30_000 });
    check(`${RESUME_NAME} is open`, (await page.locator(".tab", { hasText: RESUME_NAME }).count()) > 0);

    step("waiting for reslint's squiggles");
    const squiggles = page.locator(".monaco-editor .squiggly-warning, .monaco-editor .squiggly-error");
    const appeared = await squiggles
      .first()
      .waitFor({ timeout: 90_000 })
      .then(() => true)
      .catch(() => false);
    check("squiggles appear under the weak claims", appeared, appeared ? `${await squiggles.count()} decorations` : "");

    const problems = page.locator('[id="status.problems"]');
    const problemsLabel = () =>
      problems
        .first()
        .getAttribute("aria-label", { timeout: 5_000 })
        .catch(() => null);
    const problemsTotal = async () =>
      ((await problemsLabel()) ?? "").match(/\d+/g)?.reduce((sum, n) => sum + Number(n), 0) ?? 0;
    const counted = await until(async () => (await problemsTotal()) === expected.findings, 30_000);
    check(
      "the Problems count is the resume's findings",
      counted,
      `${(await problemsLabel()) ?? "no problems item"} (reslint's core finds ${expected.findings})`,
    );

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

    // The editor of the active group: each group keeps a hidden editor per kind of file it showed.
    const activeEditor = page.locator(".part.editor .editor-group-container.active .monaco-editor").filter({
      visible: true,
    });
    const editorLines = async () =>
      (
        await activeEditor
          .first()
          .locator(".view-lines .view-line")
          .allTextContents()
          .catch(() => [])
      ).map((line) => line.replace(/\u00a0/g, " ").trimEnd());

    step("applying reslint's quick fix to the tenure line");
    const { tenure } = expected;
    const fixTitle = tenure.fix.title;
    await page.keyboard.press("Escape");
    const tenureLine = activeEditor.first().locator(".view-lines .view-line", { hasText: textPattern(expected.line) });
    const lineBox = await tenureLine
      .first()
      .boundingBox({ timeout: 10_000 })
      .catch(() => null);
    let menuRows = [];
    if (lineBox) {
      // The squiggle under the finding's words on that line; its middle is inside the diagnostic.
      const onLine = (
        await Promise.all(
          (
            await activeEditor.first().locator(".squiggly-warning, .squiggly-error").all()
          ).map((squiggle) => squiggle.boundingBox()),
        )
      ).filter((box) => box && Math.abs(box.y + box.height / 2 - (lineBox.y + lineBox.height / 2)) < lineBox.height);
      const target = onLine[0] ?? { x: lineBox.x + 200, y: lineBox.y, width: 1, height: lineBox.height };
      await page.mouse.click(target.x + target.width / 2, target.y + target.height / 2);
      // Off the squiggle, so its hover does not cover the menu.
      const editorBox = await activeEditor.first().boundingBox();
      if (editorBox) await page.mouse.move(editorBox.x + editorBox.width - 40, editorBox.y + editorBox.height - 40);
      const menu = page.locator(".action-widget").filter({ visible: true });
      await page.keyboard.press("Control+.");
      let opened = await menu
        .first()
        .waitFor({ timeout: 15_000 })
        .then(() => true)
        .catch(() => false);
      if (!opened) {
        // The lightbulb in the gutter opens the same menu.
        await page
          .locator(".monaco-editor .lightBulbWidget")
          .filter({ visible: true })
          .first()
          .click({ timeout: 10_000 })
          .catch(() => undefined);
        opened = await menu
          .first()
          .waitFor({ timeout: 15_000 })
          .then(() => true)
          .catch(() => false);
      }
      if (opened) {
        const rows = menu.first().locator(".monaco-list-row");
        // The server answers the code-action request after the menu opens; wait for its entries.
        await rows
          .filter({ hasText: fixTitle })
          .first()
          .waitFor({ timeout: 15_000 })
          .catch(() => undefined);
        menuRows = (await rows.allTextContents()).map((row) => row.replace(/\s+/g, " ").trim());
      }
    }
    const docAction = new RegExp(`\\b${tenure.ruleId}\\b rule`);
    check(
      "the quick-fix menu lists reslint's fix",
      menuRows.some((row) => row.includes(fixTitle)),
      menuRows.length ? menuRows.join(" | ") : lineBox ? "no quick-fix menu" : "tenure line not found",
    );
    check(
      "the quick-fix menu lists the rule's documentation",
      menuRows.some((row) => docAction.test(row)),
      menuRows.find((row) => docAction.test(row)) ?? "",
    );
    if (menuRows.some((row) => row.includes(fixTitle)))
      await page
        .locator(".action-widget .monaco-list-row", { hasText: fixTitle })
        .first()
        .click({ timeout: 10_000 })
        .catch(() => undefined);
    const fixedLines = await until(async () => {
      const lines = await editorLines();
      return lines.includes(expected.fixedLine) && !lines.includes(expected.line) ? lines : null;
    }, 15_000);
    check(
      "the fix edits the line as its title says",
      fixedLines !== null,
      fixedLines
        ? `${JSON.stringify(expected.line)} → ${JSON.stringify(expected.fixedLine)}`
        : ((await editorLines()).find((line) => line.startsWith(expected.fixedLine.slice(0, 10))) ?? "line not found"),
    );
    await page.keyboard.press("Escape");
    const afterFix = await until(
      async () => ((await problemsTotal()) === expected.findingsAfterFix ? expected.findingsAfterFix : 0),
      30_000,
    );
    check(
      "the Problems count drops to the findings left after the fix",
      afterFix === expected.findingsAfterFix,
      `${await problemsTotal()} (expected ${expected.findingsAfterFix}, was ${expected.findings})`,
    );

    step(`checking ${DOCX_NAME} from the explorer's context menu`);
    const commandLabel = commandTitle("reslint.openExtractedText");
    const docxRow = page.locator(".explorer-folders-view .monaco-list-row", { hasText: DOCX_NAME }).first();
    await docxRow.click({ button: "right", timeout: 15_000 }).catch(() => undefined);
    const menuItem = page
      .locator(".context-view .monaco-menu .action-item", { hasText: commandLabel })
      .filter({ visible: true })
      .first();
    const offered = await menuItem
      .waitFor({ timeout: 15_000 })
      .then(() => true)
      .catch(() => false);
    check(`the explorer's context menu offers "${commandLabel}" on a .docx`, offered);
    if (offered) await menuItem.click();
    const extractedTab = page.locator(".part.editor .tab.active", { hasText: DOCX_NAME });
    const tabOpened = await extractedTab
      .first()
      .waitFor({ timeout: 30_000 })
      .then(() => true)
      .catch(() => false);
    const wanted = expected.docxLines.slice(0, 4);
    const shown = tabOpened
      ? await until(async () => {
          const lines = (await editorLines()).map((line) => line.trim());
          return wanted.every((line) => lines.includes(line)) ? lines : null;
        }, 15_000)
      : null;
    check(
      "an editor opens with the text reslint read from the .docx",
      shown !== null,
      shown ? wanted.join(" / ") : tabOpened ? (await editorLines()).join(" / ").slice(0, 200) : "no tab",
    );
    const docxSquiggles = await activeEditor
      .first()
      .locator(".squiggly-warning, .squiggly-error")
      .first()
      .waitFor({ timeout: 60_000 })
      .then(async () => activeEditor.first().locator(".squiggly-warning, .squiggly-error").count())
      .catch(() => 0);
    check("squiggles appear in the .docx's text", shown !== null && docxSquiggles > 0, `${docxSquiggles} decorations`);
    const docxTotal = expected.findingsAfterFix + expected.docxFindings;
    const grew = await until(async () => ((await problemsTotal()) === docxTotal ? docxTotal : 0), 30_000);
    check(
      "the Problems count grows by the .docx's findings",
      grew === docxTotal,
      `${await problemsTotal()} (expected ${expected.findingsAfterFix} + ${expected.docxFindings})`,
    );
    let readOnly = false;
    let readOnlyDetail = "";
    if (shown) {
      const before = await editorLines();
      await activeEditor
        .first()
        .locator(".view-lines .view-line")
        .first()
        .click({ timeout: 10_000 })
        .catch(() => undefined);
      await page.keyboard.press("End");
      await page.keyboard.type("xyz");
      const message = page.locator(".monaco-editor-overlaymessage").filter({ visible: true });
      readOnlyDetail =
        (await message
          .first()
          .textContent({ timeout: 10_000 })
          .catch(() => "")) ?? "";
      const after = await editorLines();
      readOnly = JSON.stringify(after) === JSON.stringify(before) && /read-?only/i.test(readOnlyDetail);
      if (!readOnly && JSON.stringify(after) !== JSON.stringify(before)) readOnlyDetail = "the text changed";
    }
    check("the .docx's text is read-only", readOnly, readOnlyDetail.trim());
    await page.screenshot({ path: join(artifacts, "vscode-docx.png") });

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
// The plain closing line a CI reads as a test count.
console.log(`vscode: ${checks.length - failed.length} passed, ${failed.length} failed`);
if (crashed && process.env.DEBUG) console.error(crashed);
process.exit(failed.length === 0 ? 0 : 1);
