/**
 * The language server as the VS Code extension ships it: extension/dist/server.js, one CommonJS
 * bundle with core and the rules, started over stdio. It answers `initialize`, lints a resume, and
 * its rule-doc links point at the docs copied next to it; copied out of the repository, where no
 * node_modules folder is above it, it still reads a Word and a PDF resume. Needs
 * `pnpm --filter reslint-vscode build` first; skipped without the bundle.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node.js";
import type { InitializeResult, PublishDiagnosticsParams } from "vscode-languageserver-protocol";

const bundle = fileURLToPath(new URL("../../extension/dist/server.js", import.meta.url));
const built = existsSync(bundle);
if (!built)
  console.warn(
    `Skipping the bundled-server test: ${bundle} does not exist. Run \`pnpm --filter reslint-vscode build\` first.`,
  );

const workspace = mkdtempSync(join(tmpdir(), "reslint-vscode-"));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill();
  rmSync(workspace, { recursive: true, force: true });
});

/**
 * Starts a bundled server over stdio and answers what it asks of a client. Without NODE_PATH, which
 * pnpm's bin shims point at the workspace's packages: an editor's Node has none.
 */
function connect(server: string) {
  const { NODE_PATH: _, ...env } = process.env;
  const child = spawn(process.execPath, [server, "--stdio"], { stdio: ["pipe", "pipe", "inherit"], env });
  children.push(child);
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout as NonNullable<typeof child.stdout>),
    new StreamMessageWriter(child.stdin as NonNullable<typeof child.stdin>),
  );
  connection.onRequest("workspace/configuration", (params: { items: unknown[] }) => params.items.map(() => ({})));
  connection.onRequest("client/registerCapability", () => null);
  connection.listen();
  return connection;
}

describe.skipIf(!built)("the bundled server (extension/dist/server.js)", () => {
  it("reads Word and PDF resumes with only what the extension ships", async () => {
    // What the .vsix installs (extension/.vscodeignore): no source maps, no node_modules above it.
    const installed = join(workspace, "extension", "dist");
    cpSync(dirname(bundle), installed, {
      recursive: true,
      filter: (source) => !/\.(map|vsix)$/.test(source),
    });
    const connection = connect(join(installed, "server.js"));
    await connection.sendRequest("initialize", { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification("initialized", {});
    const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
    for (const [file, words] of [
      ["docx/resume.docx", "Helped with the migration to Kubernetes."],
      ["producers/typst-resume.pdf", "Experience"],
    ] as const) {
      const answer = (await connection.sendRequest("reslint/extractedText", {
        uri: pathToFileURL(join(fixtures, file)).href,
      })) as { uri?: string; text?: string; error?: string };
      expect(answer.error, file).toBeUndefined();
      expect(answer.uri).toMatch(new RegExp(`^reslint-extracted:.*${basename(file).replace(".", "\\.")}$`));
      expect(answer.text).toContain(words);
    }
    await connection.sendRequest("shutdown");
    connection.dispose();
  });

  it("answers initialize over stdio, lints a resume and links rule docs that exist", async () => {
    const connection = connect(bundle);
    const published = new Promise<PublishDiagnosticsParams>((done) => {
      connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
        if (params.diagnostics.length > 0) done(params);
      });
    });
    const result: InitializeResult = await connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: "cv" }],
      capabilities: { workspace: { configuration: true } },
    });
    expect(result.serverInfo?.name).toBe("reslint-language-server");
    expect(result.capabilities.hoverProvider).toBe(true);
    expect(result.capabilities.executeCommandProvider?.commands).toContain("reslint.lintFile");
    await connection.sendNotification("initialized", {});

    const path = join(workspace, "jane-resume.md");
    const text =
      "# Jane\n\n## Experience\n\n### Engineer — Co (2020–2024)\n\n- Helped with the migration to Kubernetes\n";
    writeFileSync(path, text);
    const uri = pathToFileURL(path).href;
    await connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "markdown", version: 1, text },
    });
    const { diagnostics } = await published;
    expect(diagnostics.every((diagnostic) => diagnostic.source === "reslint")).toBe(true);
    const links = diagnostics.flatMap((diagnostic) => diagnostic.codeDescription?.href ?? []);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link).toContain("/extension/dist/docs/");
      expect(existsSync(fileURLToPath(link))).toBe(true);
    }
    await connection.sendRequest("shutdown");
    connection.dispose();
  });

  it("reads a YAML config and a reslint.config.mjs from the resume's folder", async () => {
    const connection = connect(bundle);
    const publishes: PublishDiagnosticsParams[] = [];
    connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
      publishes.push(params);
    });
    await connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: "cv" }],
      capabilities: { workspace: { configuration: true } },
    });
    await connection.sendNotification("initialized", {});
    const text =
      "# Jane\n\n## Experience\n\n### Engineer — Co (2020–2024)\n\n- Helped with the migration to Kubernetes\n";
    for (const [folder, name, config] of [
      ["yaml-config", ".reslintrc.yaml", "rules:\n  weak-ownership-verb: error\n"],
      ["module-config", "reslint.config.mjs", 'export default { rules: { "weak-ownership-verb": "error" } };\n'],
    ] as const) {
      mkdirSync(join(workspace, folder), { recursive: true });
      writeFileSync(join(workspace, folder, name), config);
      const path = join(workspace, folder, "jane-resume.md");
      writeFileSync(path, text);
      const uri = pathToFileURL(path).href;
      await connection.sendNotification("textDocument/didOpen", {
        textDocument: { uri, languageId: "markdown", version: 1, text },
      });
      for (let waited = 0; waited < 10_000 && !publishes.some((params) => params.uri === uri); waited += 20)
        await new Promise((done) => setTimeout(done, 20));
      const diagnostics = publishes.find((params) => params.uri === uri)?.diagnostics ?? [];
      // 1 is an error in LSP: the config file turned the rule up from a warning.
      expect(diagnostics.find((diagnostic) => diagnostic.code === "weak-ownership-verb")?.severity, name).toBe(1);
    }
    await connection.sendRequest("shutdown");
    connection.dispose();
  });
});
