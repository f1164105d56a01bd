#!/usr/bin/env node
// `npm run test:package`: packs dist/reslint-<version>.tgz (scripts/package.mjs), installs it with
// `npm install -g` into a temporary prefix (the registry gives only its declared dependencies,
// pdf.js and mammoth), then runs the installed `reslint` and `reslint-language-server` as a user
// would: the same findings as the repository's CLI on Markdown, PDF and Word resumes, every report
// format, the rule pages, --init's schema link, bad input, and a language server handshake.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require("vscode-jsonrpc/node");
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");

let failed = 0;
let passed = 0;
function check(name, ok, detail = "") {
  if (ok) passed++;
  else failed++;
  console.log(`  ${ok ? "ok  " : "FAIL"} ${name}${ok || !detail ? "" : `\n       ${detail}`}`);
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const version = JSON.parse(readFileSync(join(root, "packages/cli/package.json"), "utf8")).version;
const tarball = join(root, "dist", `reslint-${version}.tgz`);

console.log("== packing");
execFileSync(process.execPath, [join(root, "scripts/package.mjs")], { cwd: root, stdio: "inherit" });
check(`dist/reslint-${version}.tgz exists`, existsSync(tarball));

const prefix = mkdtempSync(join(tmpdir(), "reslint-prefix-"));
const work = mkdtempSync(join(tmpdir(), "reslint-user-"));
try {
  console.log(`== npm install -g into ${prefix}`);
  execFileSync(npm, ["install", "-g", tarball, "--prefix", prefix, "--prefer-offline", "--no-audit", "--no-fund"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  const binDir = process.platform === "win32" ? prefix : join(prefix, "bin");
  const installed = join(binDir, "reslint");
  const serverBin = join(binDir, "reslint-language-server");
  check(
    "the reslint and reslint-language-server commands are installed",
    existsSync(installed) && existsSync(serverBin),
  );

  const repoCli = join(root, "packages/cli/dist/bin.js");
  const runInstalled = (args) => spawnSync(installed, args, { cwd: work, encoding: "utf8" });
  const runRepo = (args) => spawnSync(process.execPath, [repoCli, ...args], { cwd: work, encoding: "utf8" });

  const resumes = {
    "resume.md": join(root, "test/cli/fixtures/findings.md"),
    "resume.pdf": join(root, "test/fixtures/shared/alice-senior.pdf"),
    "resume.docx": join(root, "test/fixtures/docx/resume.docx"),
  };
  for (const [name, from] of Object.entries(resumes)) writeFileSync(join(work, name), readFileSync(from));

  console.log("== the installed CLI");
  check("--version prints the package's version", runInstalled(["--version"]).stdout.trim() === version);
  for (const name of Object.keys(resumes)) {
    const args = [name, "--no-config", "--level", "staff", "--format", "json"];
    const mine = runInstalled(args);
    const repo = runRepo(args);
    const findings = JSON.parse(mine.stdout || "[]")[0]?.messages ?? [];
    check(
      `${name}: the same JSON report and exit code as the repository's CLI (${findings.length} findings)`,
      mine.stdout === repo.stdout && mine.status === repo.status && findings.length > 0,
      mine.stderr || `exit ${mine.status} vs ${repo.status}`,
    );
  }
  const stylish = runInstalled(["resume.pdf", "--no-config"]);
  check("a PDF lints in the default format, with pages", /p1 \d+:\d+/.test(stylish.stdout), stylish.stderr);

  const sarif = runInstalled(["resume.md", "resume.pdf", "--no-config", "-f", "sarif"]);
  const schema = JSON.parse(readFileSync(join(root, "test/fixtures/sarif/sarif-2.1.0-rtm.5.json"), "utf8"));
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const log = JSON.parse(sarif.stdout || "{}");
  check(
    "-f sarif is valid SARIF 2.1.0 with the rules' pages as help",
    validate(log) && log.runs[0].tool.driver.rules.every((rule) => rule.id === "reading-confidence" || rule.help),
    JSON.stringify(validate.errors?.slice(0, 2)),
  );
  for (const format of ["github", "compact"]) {
    const out = runInstalled(["resume.md", "--no-config", "-f", format]);
    const repo = runRepo(["resume.md", "--no-config", "-f", format]);
    check(`-f ${format} matches the repository's CLI`, out.stdout === repo.stdout && out.stdout !== "", out.stderr);
  }
  const explained = runInstalled(["--explain", "weak-ownership-verb"]);
  check("--explain prints a rule's page", explained.stdout.startsWith("# weak-ownership-verb\n"), explained.stderr);

  const init = runInstalled(["--init", "--level", "staff"]);
  const written = existsSync(join(work, ".reslintrc.yaml")) ? readFileSync(join(work, ".reslintrc.yaml"), "utf8") : "";
  const schemaLink = /\$schema=(\S+)/.exec(written)?.[1] ?? "";
  check(
    "--init links the installed JSON Schema",
    init.status === 0 && schemaLink !== "" && existsSync(resolve(work, schemaLink)),
    `${init.stderr} ${schemaLink}`,
  );
  const linted = runInstalled(["resume.md", "-f", "compact"]);
  check("the written config is read", linted.status !== 2, linted.stderr);

  cpSync(join(root, "examples/packs"), join(work, "packs"), { recursive: true });
  const packed = runInstalled(["packs/jordan-lee.md", "--config", "packs/.reslintrc.yaml", "-f", "compact"]);
  check("a rule pack's rule reports", /acme\/no-rockstar/.test(packed.stdout), packed.stderr);

  const missing = runInstalled(["nowhere.md", "--no-config"]);
  check(
    "a missing file is one sentence and exit 2",
    missing.status === 2 && /nowhere\.md does not exist/.test(missing.stdout + missing.stderr),
    missing.stdout + missing.stderr,
  );

  console.log("== the installed language server");
  const child = spawn(serverBin, ["--stdio"], { cwd: work, stdio: ["pipe", "pipe", "inherit"] });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const published = [];
  connection.onNotification("textDocument/publishDiagnostics", (params) => published.push(params));
  connection.onRequest("workspace/configuration", (params) => params.items.map(() => ({})));
  connection.onRequest("client/registerCapability", () => null);
  connection.listen();
  const timeout = (ms) => new Promise((_, reject) => setTimeout(() => reject(new Error("no answer")), ms));
  try {
    const initialised = await Promise.race([
      connection.sendRequest("initialize", {
        processId: process.pid,
        rootUri: pathToFileURL(work).href,
        workspaceFolders: [{ uri: pathToFileURL(work).href, name: "cv" }],
        capabilities: { workspace: { configuration: true } },
      }),
      timeout(20_000),
    ]);
    check("it answers initialize with its capabilities", Boolean(initialised?.capabilities?.textDocumentSync));
    await connection.sendNotification("initialized", {});
    const uri = pathToFileURL(join(work, "resume.md")).href;
    await connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "markdown", version: 1, text: readFileSync(join(work, "resume.md"), "utf8") },
    });
    for (let waited = 0; waited < 20_000 && !published.some((each) => each.uri === uri); waited += 50)
      await new Promise((done) => setTimeout(done, 50));
    const diagnostics = published.find((each) => each.uri === uri)?.diagnostics ?? [];
    check(`it publishes diagnostics for an open resume (${diagnostics.length})`, diagnostics.length > 0);
    await Promise.race([connection.sendRequest("shutdown"), timeout(5_000)]);
    await connection.sendNotification("exit");
  } catch (error) {
    check("the language server answers", false, error instanceof Error ? error.message : String(error));
  } finally {
    connection.dispose();
    child.kill();
  }
} finally {
  rmSync(prefix, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}

console.log(`\n${failed === 0 ? "PASS" : "FAIL"}: ${passed} of ${passed + failed} checks passed`);
process.exit(failed === 0 ? 0 : 1);
