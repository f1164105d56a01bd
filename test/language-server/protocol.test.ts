/**
 * The language server, started from its build over stdio and driven by a real JSON-RPC client,
 * as an editor would: diagnostics equal to the CLI's findings, only the latest version published
 * after quick edits, hovers, code actions, commands and configuration changes.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { lintFile, lintText, type TargetLevel } from "@reslint/core";
import { rules, vocabulary } from "@reslint/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-jsonrpc/node.js";
import type { Diagnostic, Hover, PublishDiagnosticsParams } from "vscode-languageserver-protocol";

const bin = fileURLToPath(new URL("../../packages/language-server/dist/bin.js", import.meta.url));
const workspace = mkdtempSync(join(tmpdir(), "reslint-lsp-"));

const RESUME = [
  "# Sam Example",
  "",
  "## Summary",
  "",
  "Backend engineer with 9 years of experience.",
  "",
  "## Experience",
  "",
  "### Software Engineer — Example Co (2020–2024)",
  "",
  "- Helped with the migration of the checkout service to Kubernetes",
  "- Improved the performance of the search API",
  "- Built the order history page in React",
  "",
].join("\n");

interface Server {
  connection: MessageConnection;
  process: ChildProcess;
  published: PublishDiagnosticsParams[];
  settings: Record<string, unknown>;
  notifications: { method: string; params: unknown }[];
  registrations: { method: string; registerOptions?: unknown }[];
}

let server: Server;

async function startServer(): Promise<Server> {
  const child = spawn(process.execPath, [bin, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout as NonNullable<typeof child.stdout>),
    new StreamMessageWriter(child.stdin as NonNullable<typeof child.stdin>),
  );
  const state: Server = {
    connection,
    process: child,
    published: [],
    settings: {},
    notifications: [],
    registrations: [],
  };
  connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
    state.published.push(params);
  });
  connection.onNotification((method, params) => {
    state.notifications.push({ method, params });
  });
  connection.onRequest("workspace/configuration", (params: { items: unknown[] }) =>
    params.items.map(() => state.settings),
  );
  connection.onRequest(
    "client/registerCapability",
    (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      state.registrations.push(...params.registrations);
      return null;
    },
  );
  connection.onRequest("window/showMessageRequest", () => null);
  connection.onRequest("window/showDocument", () => ({ success: true }));
  connection.listen();
  await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: "cv" }],
    capabilities: {
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
      },
    },
  });
  await connection.sendNotification("initialized", {});
  return state;
}

const uriOf = (name: string) => pathToFileURL(join(workspace, name)).href;

/** Polls `find` until it returns something, for at most ten seconds. */
async function until<T>(find: () => T | undefined): Promise<T> {
  for (let waited = 0; waited < 10_000; waited += 20) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((done) => setTimeout(done, 20));
  }
  throw new Error("timed out waiting for the server");
}

/** Waits until a publish for `uri` matches `test`, then returns it. */
async function published(uri: string, test: (params: PublishDiagnosticsParams) => boolean = () => true) {
  for (let waited = 0; waited < 10_000; waited += 20) {
    const found = [...server.published].reverse().find((params) => params.uri === uri && test(params));
    if (found) return found;
    await new Promise((done) => setTimeout(done, 20));
  }
  throw new Error(`no diagnostics published for ${uri}`);
}

function open(name: string, text: string, version = 1) {
  const uri = uriOf(name);
  writeFileSync(join(workspace, name), text);
  void server.connection.sendNotification("textDocument/didOpen", {
    textDocument: { uri, languageId: name.endsWith(".txt") ? "plaintext" : "markdown", version, text },
  });
  return uri;
}

/** The CLI's findings for the same text, as (rule, range, severity) rows. */
function cliRows(text: string, level: TargetLevel = "senior") {
  return lintText(text, { level, rules, filePath: "resume.md", vocabulary }).messages.map((message) => {
    const place = message.trigger ?? message;
    return {
      code: message.ruleId,
      severity: message.severity === 2 ? 1 : 2,
      range: {
        start: { line: place.line - 1, character: place.column - 1 },
        end: { line: place.endLine - 1, character: place.endColumn - 1 },
      },
      message: message.message,
    };
  });
}

const rows = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.map(({ code, severity, range, message }) => ({ code, severity, range, message }));

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  server.connection.dispose();
  server.process.kill();
  rmSync(workspace, { recursive: true, force: true });
});

describe("language server over stdio", () => {
  it("publishes the CLI's findings for an opened resume, under the trigger words, with rule ids and doc links", async () => {
    const uri = open("sam-resume.md", RESUME);
    const { diagnostics, version } = await published(uri);
    expect(version).toBe(1);
    expect(rows(diagnostics)).toEqual(cliRows(RESUME));
    const weak = diagnostics.find((diagnostic) => diagnostic.code === "weak-ownership-verb");
    expect(weak).toMatchObject({
      source: "reslint",
      range: { start: { line: 10, character: 2 }, end: { line: 10, character: 13 } },
      codeDescription: { href: expect.stringMatching(/weak-ownership-verb\.md$/) },
    });
  });

  it("leaves ordinary Markdown alone, and lints it when asked", async () => {
    const uri = open("notes.md", RESUME);
    expect((await published(uri)).diagnostics).toEqual([]);
    await server.connection.sendRequest("workspace/executeCommand", { command: "reslint.lintFile", arguments: [uri] });
    const { diagnostics } = await published(uri, (params) => params.diagnostics.length > 0);
    expect(rows(diagnostics)).toEqual(cliRows(RESUME));
  });

  it("publishes only the latest version after quick edits", async () => {
    // A long pause keeps the three edits inside one debounce window even on a loaded machine.
    server.settings = { debounceMs: 1000 };
    const uri = open("quick-resume.md", RESUME);
    await published(uri);
    const before = server.published.length;
    const edits = [
      "Worked on the checkout service",
      "Worked on the checkout service and the ledger",
      "Owned the checkout service and its on-call rotation",
    ];
    edits.forEach((text, index) => {
      void server.connection.sendNotification("textDocument/didChange", {
        textDocument: { uri, version: index + 2 },
        contentChanges: [
          {
            range: {
              start: { line: 12, character: 2 },
              end: { line: 12, character: 2 + (index === 0 ? 38 : (edits[index - 1]?.length ?? 0)) },
            },
            text,
          },
        ],
      });
    });
    const last = await published(uri, (params) => params.version === 4);
    await new Promise((done) => setTimeout(done, 300));
    server.settings = {};
    const after = server.published.slice(before).filter((params) => params.uri === uri);
    expect(after.map((params) => params.version)).toEqual([4]);
    const expected = RESUME.replace("Built the order history page in React", edits[2] as string);
    expect(rows(last.diagnostics)).toEqual(cliRows(expected));
  });

  it("publishes the findings of a fresh read after every keystroke, blocks split and joined included", async () => {
    server.settings = { debounceMs: 0 };
    let text = RESUME;
    const uri = open("typed-resume.md", text);
    await published(uri);
    // Typed at the end of the first bullet: a new section with a code fence and a list, one
    // character at a time, so the cached pieces are cut, joined and re-cut on the way.
    const typing = "\n\n```\nx\n```\n\n## Projects\n\n- Led a team";
    const lines = RESUME.split("\n");
    const line = lines.findIndex((candidate) => candidate.startsWith("- "));
    let position = { line, character: (lines[line] as string).length };
    let offset = lines.slice(0, line + 1).join("\n").length;
    for (const [index, char] of [...typing].entries()) {
      const version = index + 2;
      void server.connection.sendNotification("textDocument/didChange", {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: position, end: position }, text: char }],
      });
      text = text.slice(0, offset) + char + text.slice(offset);
      offset += 1;
      position =
        char === "\n" ? { line: position.line + 1, character: 0 } : { ...position, character: position.character + 1 };
      const { diagnostics } = await published(uri, (params) => params.version === version);
      expect(rows(diagnostics)).toEqual(cliRows(text));
    }
    server.settings = {};
  });

  it("hovers a flagged claim with its evidence reading and what the rule looks for", async () => {
    const uri = uriOf("sam-resume.md");
    const hover = (await server.connection.sendRequest("textDocument/hover", {
      textDocument: { uri },
      position: { line: 10, character: 5 },
    })) as Hover;
    const text = (hover.contents as { value: string }).value;
    expect(text).toMatch(/^\*\*Evidence:\*\* task · mid evidence/);
    expect(text).toContain("**weak-ownership-verb**:");
    expect(text).toContain("[Rule doc](");
    const offClaim = await server.connection.sendRequest("textDocument/hover", {
      textDocument: { uri },
      position: { line: 1, character: 0 },
    });
    expect(offClaim).toBeNull();
  });

  it("offers to show the rule behind a diagnostic, and shows it through the client", async () => {
    const uri = uriOf("sam-resume.md");
    const { diagnostics } = await published(uri);
    const actions = (await server.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: diagnostics[0]?.range,
      context: { diagnostics: diagnostics.slice(0, 1) },
    })) as { title: string; command: { command: string; arguments: string[] } }[];
    const commands = actions.filter((action) => action.command);
    expect(commands).toHaveLength(1);
    expect(commands[0]?.command.command).toBe("reslint.openRuleDoc");
    expect(commands[0]?.command.arguments[0]).toBe(diagnostics[0]?.codeDescription?.href);
  });

  it("offers the safe edit a rule provides, and applying it removes the finding", async () => {
    const uri = uriOf("sam-resume.md");
    const { diagnostics } = await published(uri);
    const tenure = diagnostics.find((diagnostic) => diagnostic.code === "tenure-as-evidence");
    expect(tenure).toBeDefined();
    const actions = (await server.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: tenure?.range,
      context: { diagnostics: [tenure] },
    })) as { title: string; edit?: { changes: Record<string, { range: Diagnostic["range"]; newText: string }[]> } }[];
    const fix = actions.find((action) => action.edit);
    expect(fix?.title).toBe('Remove "with 9 years of experience"');
    const [edit] = fix?.edit?.changes[uri] ?? [];
    expect(edit).toEqual({
      range: { start: { line: 4, character: 16 }, end: { line: 4, character: 43 } },
      newText: "",
    });
    const lines = RESUME.split("\n");
    const line = lines[4] as string;
    lines[4] =
      line.slice(0, edit?.range.start.character) + (edit?.newText ?? "") + line.slice(edit?.range.end.character);
    expect(lines[4]).toBe("Backend engineer.");
    expect(cliRows(lines.join("\n")).map((row) => row.code)).not.toContain("tenure-as-evidence");
  });

  it("offers to turn a rule off for one claim, and the comment it writes does so", async () => {
    const uri = open("disable-resume.md", RESUME);
    const { diagnostics } = await published(uri, (params) => params.version === 1);
    const weak = diagnostics.find((diagnostic) => diagnostic.code === "weak-ownership-verb");
    const actions = (await server.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: weak?.range,
      context: { diagnostics: [weak] },
    })) as { title: string; edit?: { changes: Record<string, { range: Diagnostic["range"]; newText: string }[]> } }[];
    const disable = actions.find((action) => action.title.startsWith("Turn off weak-ownership-verb for this claim"));
    const inConfig = actions.find((action) => /^Turn off weak-ownership-verb in \S/.test(action.title));
    expect(inConfig?.edit).toBeDefined();
    const [edit] = disable?.edit?.changes[uri] ?? [];
    const lines = RESUME.split("\n");
    const line = weak?.range.start.line ?? -1;
    expect(edit).toEqual({
      range: { start: { line, character: lines[line]?.length }, end: { line, character: lines[line]?.length } },
      newText: " <!-- reslint-disable-line weak-ownership-verb -->",
    });
    void server.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: edit?.range, text: edit?.newText }],
    });
    const after = await published(uri, (params) => params.version === 2);
    const left = after.diagnostics.filter((diagnostic) => diagnostic.code === "weak-ownership-verb");
    expect(left.map((diagnostic) => diagnostic.range.start.line)).not.toContain(line);
    expect(after.diagnostics.length).toBe(diagnostics.length - 1);
  });

  it("re-lints with the new target when the settings change, and turns rules off", async () => {
    const uri = uriOf("sam-resume.md");
    server.settings = { level: "staff", rules: { "unquantified-impact": "off", "weak-ownership-verb": "error" } };
    await server.connection.sendNotification("workspace/didChangeConfiguration", { settings: {} });
    const { diagnostics } = await published(uri, (params) =>
      params.diagnostics.every((diagnostic) => diagnostic.code !== "unquantified-impact"),
    );
    expect(diagnostics.find((diagnostic) => diagnostic.code === "level-mismatch")?.message).toMatch(/not staff\./);
    expect(diagnostics.find((diagnostic) => diagnostic.code === "weak-ownership-verb")?.severity).toBe(1);
    const level = await until(() =>
      server.notifications.find(
        (entry) =>
          entry.method === "reslint/level" &&
          (entry.params as { uri: string; target: string }).uri === uri &&
          (entry.params as { target: string }).target === "staff",
      ),
    );
    expect(level.params).toMatchObject({ target: "staff", estimated: "mid" });
    server.settings = {};
  });

  it("takes the posting's level as the target when the posting setting names one", async () => {
    writeFileSync(
      join(workspace, "job.md"),
      [
        "- Define the service standards every product team follows.",
        "- Lead the migration of all twenty teams to the shared deploy platform.",
        "- Set the technical direction for build tooling across the organisation.",
        "- Influence engineers and managers who do not report to you.",
      ].join("\n"),
    );
    const uri = uriOf("sam-resume.md");
    server.settings = { posting: "job.md" };
    const from = server.notifications.length;
    await server.connection.sendNotification("workspace/didChangeConfiguration", { settings: {} });
    const level = await until(() =>
      server.notifications
        .slice(from)
        .find((entry) => entry.method === "reslint/level" && (entry.params as { uri: string }).uri === uri),
    );
    expect(level.params).toMatchObject({ target: "staff" });
    server.settings = {};
  });

  it("answers a level report request with the self-contained HTML page for a linted file", async () => {
    const report = (await server.connection.sendRequest("reslint/levelReport", { uri: uriOf("sam-resume.md") })) as {
      html: string;
    };
    expect(report.html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(report.html).toContain("<svg");
    expect(report.html).not.toMatch(/https?:\/\//);
    expect(await server.connection.sendRequest("reslint/levelReport", { uri: uriOf("never-opened.md") })).toBeNull();
  });

  it("shows a PDF or Word resume as its extracted text, with the file's own findings", async () => {
    const shared = fileURLToPath(new URL("../fixtures/shared/", import.meta.url));
    for (const name of ["alice-senior.pdf", "alice-senior.docx"]) {
      const fileUri = pathToFileURL(join(shared, name)).href;
      const extracted = (await server.connection.sendRequest("reslint/extractedText", { uri: fileUri })) as {
        uri: string;
        text: string;
      };
      expect(extracted.uri.startsWith("reslint-extracted:")).toBe(true);
      expect(extracted.text.length).toBeGreaterThan(100);
      void server.connection.sendNotification("textDocument/didOpen", {
        textDocument: { uri: extracted.uri, languageId: "plaintext", version: 1, text: extracted.text },
      });
      const { diagnostics } = await published(extracted.uri, (params) => params.diagnostics.length > 0);
      const cli = await lintFile(join(shared, name), { level: "senior", rules, vocabulary });
      expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line + 1])).toEqual(
        cli.messages.map((message) => [message.ruleId, (message.trigger ?? message).line]),
      );
      const line = diagnostics[0]?.range.start.line ?? 0;
      expect(extracted.text.split("\n")[line]?.length).toBeGreaterThan(0);
    }
    const missing = await server.connection.sendRequest("reslint/extractedText", {
      uri: pathToFileURL(join(workspace, "no-such.pdf")).href,
    });
    expect(missing).toEqual({ error: expect.stringMatching(/no-such\.pdf does not exist/) });
  });

  it("says in one diagnostic that a document over the size limit is not read", async () => {
    const uri = open("huge-resume.md", `- Built the thing.\n${"x".repeat(5 * 1024 * 1024)}\n`);
    const { diagnostics } = await published(uri);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toMatch(/^This file is larger than reslint reads/);
  });

  describe("config files", () => {
    const folder = join(workspace, "configured");
    const configPath = join(folder, ".reslintrc.yaml");
    const writeConfig = (text: string) => {
      mkdirSync(folder, { recursive: true });
      writeFileSync(configPath, text);
    };
    /** What an editor sends when a watched file changes on disk. */
    const changed = (type: 1 | 2 | 3 = 2) =>
      server.connection.sendNotification("workspace/didChangeWatchedFiles", {
        changes: [{ uri: pathToFileURL(configPath).href, type }],
      });
    const codes = (diagnostics: readonly Diagnostic[]) =>
      diagnostics.map((diagnostic) => `${diagnostic.code}:${diagnostic.severity}`);

    it("watches the config files", async () => {
      const watch = await until(() =>
        server.registrations.find((registration) => registration.method === "workspace/didChangeWatchedFiles"),
      );
      expect(watch.registerOptions).toEqual({
        watchers: [
          { globPattern: "**/.reslintrc*" },
          { globPattern: "**/reslint.config.mjs" },
          { globPattern: "**/package.json" },
        ],
      });
    });

    it("applies the severities of the config file found from the resume's folder", async () => {
      writeConfig("rules:\n  weak-ownership-verb: error\n  unquantified-impact: off\n");
      const uri = open("configured/sam-resume.md", RESUME);
      const { diagnostics } = await published(uri);
      expect(codes(diagnostics)).toContain("weak-ownership-verb:1");
      expect(codes(diagnostics)).not.toContain("unquantified-impact:2");
      // The CLI reads the same file the same way.
      const cli = await lintFile(join(folder, "sam-resume.md"), { level: "senior", rules, vocabulary });
      expect(cli.messages.map((message) => message.ruleId)).toContain("unquantified-impact");
    });

    it("puts the editor's settings on top of the config file", async () => {
      const uri = uriOf("configured/sam-resume.md");
      server.settings = { rules: { "weak-ownership-verb": "warn" } };
      await server.connection.sendNotification("workspace/didChangeConfiguration", { settings: {} });
      const { diagnostics } = await published(uri, (params) =>
        codes(params.diagnostics).includes("weak-ownership-verb:2"),
      );
      expect(codes(diagnostics)).not.toContain("unquantified-impact:2");
      server.settings = {};
      await server.connection.sendNotification("workspace/didChangeConfiguration", { settings: {} });
      await published(uri, (params) => codes(params.diagnostics).includes("weak-ownership-verb:1"));
    });

    it("re-reads a config file that changed and re-lints the open resume", async () => {
      const uri = uriOf("configured/sam-resume.md");
      const from = server.notifications.length;
      writeConfig("level: staff\nrules:\n  weak-ownership-verb: off\n");
      await changed();
      const { diagnostics } = await published(uri, (params) =>
        params.diagnostics.every((diagnostic) => diagnostic.code !== "weak-ownership-verb"),
      );
      expect(codes(diagnostics)).toContain("unquantified-impact:2");
      expect(diagnostics.find((diagnostic) => diagnostic.code === "level-mismatch")?.message).toMatch(/not staff\./);
      const level = await until(() =>
        server.notifications
          .slice(from)
          .find(
            (entry) =>
              entry.method === "reslint/level" &&
              (entry.params as { uri: string }).uri === uri &&
              (entry.params as { target: string }).target === "staff",
          ),
      );
      expect(level.params).toMatchObject({ target: "staff" });
    });

    it("shows one diagnostic naming a broken config file and why, and recovers when it is fixed", async () => {
      const uri = uriOf("configured/sam-resume.md");
      writeConfig("rules:\n  weak-ownership-verbs: error\n");
      await changed();
      const { diagnostics } = await published(uri, (params) => params.diagnostics.length === 1);
      expect(diagnostics[0]).toMatchObject({
        severity: 1,
        source: "reslint",
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        message:
          'reslint did not lint this file: its config file configured/.reslintrc.yaml cannot be used: rules["weak-ownership-verbs"] is not a rule; did you mean "weak-ownership-verb"?',
      });
      const logged = server.notifications.find(
        (entry) =>
          entry.method === "window/logMessage" &&
          (entry.params as { message: string }).message.includes("weak-ownership-verbs"),
      );
      expect(logged?.params).toMatchObject({ type: 1 });
      writeConfig("rules:\n  weak-ownership-verb: error\n");
      await changed();
      await published(uri, (params) => codes(params.diagnostics).includes("weak-ownership-verb:1"));
      rmSync(configPath);
      await changed(3);
      await published(uri, (params) => codes(params.diagnostics).includes("weak-ownership-verb:2"));
    });
  });

  describe("rule packs", () => {
    const folder = join(workspace, "packed");
    const packFolder = join(folder, "packs", "acme");
    const rulesFile = join(packFolder, "rules.yaml");
    const rule = (message: string, when = "{ phrases: [rockstar|ninja|guru] }") =>
      [
        "rules:",
        "  - id: acme/no-rockstar",
        "    description: Calls the writer a guru.",
        "    severity: warn",
        "    levels: all",
        `    when: ${when}`,
        `    message: '${message}'`,
        "",
      ].join("\n");
    const RESUME_WITH_GURU = [
      "# Sam Example",
      "",
      "## Experience",
      "",
      "### Software Engineer — Example Co (2020–2024)",
      "",
      "- Built the search API as the team's Python guru",
      "",
    ].join("\n");
    const packChanged = () =>
      server.connection.sendNotification("workspace/didChangeWatchedFiles", {
        changes: [{ uri: pathToFileURL(rulesFile).href, type: 2 }],
      });
    const packDiagnostic = (diagnostics: readonly Diagnostic[]) =>
      diagnostics.find((diagnostic) => diagnostic.code === "acme/no-rockstar");

    it("shows a pack rule's finding as a diagnostic under its trigger words, with the config's severity", async () => {
      mkdirSync(packFolder, { recursive: true });
      writeFileSync(rulesFile, rule('"{trigger}" describes you, not your work.'));
      writeFileSync(join(folder, ".reslintrc.yaml"), "packs:\n  - packs/acme\nrules:\n  acme/no-rockstar: error\n");
      const uri = open("packed/cv.md", RESUME_WITH_GURU);
      const guru = (RESUME_WITH_GURU.split("\n")[6] ?? "").indexOf("guru");
      const { diagnostics } = await published(uri, (params) => packDiagnostic(params.diagnostics) !== undefined);
      expect(packDiagnostic(diagnostics)).toMatchObject({
        source: "reslint",
        severity: 1,
        message: '"guru" describes you, not your work.',
        range: { start: { line: 6, character: guru }, end: { line: 6, character: guru + 4 } },
        codeDescription: { href: pathToFileURL(rulesFile).href },
      });
    });

    it("watches the pack's files, and re-reads the pack when one changes", async () => {
      const watch = await until(() =>
        server.registrations.find(
          (registration) =>
            registration.method === "workspace/didChangeWatchedFiles" &&
            JSON.stringify(registration.registerOptions).includes("packs/acme"),
        ),
      );
      expect(watch.registerOptions).toEqual({ watchers: [{ globPattern: `${packFolder}/**/*.{yaml,yml,md}` }] });
      const uri = uriOf("packed/cv.md");
      writeFileSync(rulesFile, rule('"{trigger}" is not evidence.'));
      await packChanged();
      await published(uri, (params) => packDiagnostic(params.diagnostics)?.message === '"guru" is not evidence.');
    });

    it("shows one diagnostic naming the broken pack file, the entry and the fix, and recovers when it is fixed", async () => {
      const uri = uriOf("packed/cv.md");
      writeFileSync(rulesFile, rule("x", "leadershp"));
      await packChanged();
      const { diagnostics } = await published(uri, (params) => params.diagnostics.length === 1);
      expect(diagnostics[0]).toMatchObject({
        severity: 1,
        source: "reslint",
        message:
          'reslint did not lint this file: a rule pack its config file packed/.reslintrc.yaml names cannot be used: packed/packs/acme/rules.yaml:6: rules[0].when "leadershp" is not a signal; did you mean "leadership"?',
      });
      writeFileSync(rulesFile, rule('"{trigger}" again.'));
      await packChanged();
      await published(uri, (params) => packDiagnostic(params.diagnostics)?.message === '"guru" again.');
    });
  });
});
