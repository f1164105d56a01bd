/**
 * reslint for VS Code: a thin language client. The server (bundled as dist/server.js) does the
 * linting, hovers and code actions; the client adds two commands, a status-bar item with the level
 * of the active resume, and a webview with the level summary.
 */
import { existsSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import * as vscode from "vscode";
import {
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  State,
  TransportKind,
} from "vscode-languageclient/node";

/** What the server sends after each lint (`LEVEL_NOTIFICATION` in @reslint/language-server). */
interface LevelNotification {
  uri: string;
  target: string;
  estimated: string | null;
  confidence: string | null;
}

const LEVEL_NOTIFICATION = "reslint/level";
/** Server command that lints a file whatever its name (`COMMANDS.lintFile`). */
const LINT_FILE = "reslint.lintFile";
/** Asks the server for core's HTML level report (`LEVEL_REPORT_REQUEST`); an older server answers nothing and the summary is shown. */
const LEVEL_REPORT_REQUEST = "reslint/levelReport";
/** Asks the server for a PDF or Word resume's extracted text (`EXTRACTED_TEXT_REQUEST`). */
const EXTRACTED_TEXT_REQUEST = "reslint/extractedText";
/** The read-only documents that show that text (`EXTRACTED_SCHEME`); the server lints them from the file itself. */
const EXTRACTED_SCHEME = "reslint-extracted";
const extractedTexts = new Map<string, string>();

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let statusItem: vscode.StatusBarItem;
const levels = new Map<string, LevelNotification>();
let lastLevel: LevelNotification | undefined;
let reportPanel: vscode.WebviewPanel | undefined;

/** The server script: the bundled one, or `reslint.server.path` in a trusted workspace. */
function serverModule(context: vscode.ExtensionContext): string {
  const bundled = context.asAbsolutePath(join("dist", "server.js"));
  const configured = vscode.workspace.getConfiguration("reslint").get<string | null>("server.path");
  if (!configured) return bundled;
  if (!vscode.workspace.isTrusted) {
    output.appendLine(`Restricted Mode: ignoring reslint.server.path (${configured}); using the bundled server.`);
    return bundled;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const path = isAbsolute(configured) || !folder ? configured : join(folder, configured);
  if (!existsSync(path)) {
    void vscode.window.showWarningMessage(
      `reslint: the server script ${path} (reslint.server.path) does not exist; using the bundled server.`,
    );
    return bundled;
  }
  return path;
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = serverModule(context);
  output.appendLine(`Starting the reslint language server: ${module}`);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ["--nolazy", "--inspect=6010"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "markdown" },
      { scheme: "file", language: "plaintext" },
      { scheme: EXTRACTED_SCHEME },
    ],
    outputChannel: output,
    middleware: {
      window: {
        // Rule docs are Markdown files next to the server; show them rendered, and say so when one is missing.
        showDocument: async (params, next) => {
          const uri = vscode.Uri.parse(params.uri);
          if (uri.scheme === "file" && uri.fsPath.toLowerCase().endsWith(".md")) {
            if (!existsSync(uri.fsPath)) {
              void vscode.window.showInformationMessage(
                `reslint: the rule documentation is not installed with this server (${uri.fsPath}).`,
              );
              return { success: false };
            }
            await vscode.commands.executeCommand("markdown.showPreview", uri);
            return { success: true };
          }
          const answer = await next(params, new vscode.CancellationTokenSource().token);
          return "success" in answer ? answer : { success: false };
        },
      },
    },
  };
  return new LanguageClient("reslint", "reslint", serverOptions, clientOptions);
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const next = createClient(context);
  client = next;
  next.onNotification(LEVEL_NOTIFICATION, (params: LevelNotification) => {
    levels.set(params.uri, params);
    lastLevel = params;
    updateStatus();
    if (reportPanel && params.uri === reportUri()) void renderReport();
  });
  next.onDidChangeState(({ newState }) => {
    if (newState === State.Stopped) updateStatus();
  });
  try {
    await next.start();
  } catch (error) {
    output.appendLine(`The reslint language server did not start: ${String(error)}`);
    void vscode.window.showErrorMessage("reslint: the language server did not start; see the reslint output.");
  }
}

async function restartClient(context: vscode.ExtensionContext): Promise<void> {
  const previous = client;
  client = undefined;
  levels.clear();
  updateStatus();
  if (previous) await previous.stop().catch(() => undefined);
  await startClient(context);
}

const protocolUri = (document: vscode.TextDocument): string =>
  client ? client.code2ProtocolConverter.asUri(document.uri) : document.uri.toString();

const levelText = (level: LevelNotification): string =>
  `reslint: target ${level.target} · evidence ${level.estimated ?? "unclear"}`;

function updateStatus(): void {
  const document = vscode.window.activeTextEditor?.document;
  const level = document ? levels.get(protocolUri(document)) : undefined;
  if (!level || !client) {
    statusItem.hide();
    return;
  }
  statusItem.text = levelText(level);
  statusItem.tooltip = `The resume is checked against ${level.target}; its evidence reads at ${
    level.estimated ?? "no clear level"
  }${level.confidence ? ` (confidence: ${level.confidence})` : ""}. Click for the level report.`;
  statusItem.show();
}

async function lintCurrentFile(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage("reslint: open a resume first.");
    return;
  }
  if (document.uri.scheme !== "file" || !["markdown", "plaintext"].includes(document.languageId)) {
    void vscode.window.showInformationMessage("reslint lints Markdown and plain-text files saved on disk.");
    return;
  }
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage("reslint: the language server is not running.");
    return;
  }
  await client.sendRequest(ExecuteCommandRequest.type, { command: LINT_FILE, arguments: [protocolUri(document)] });
}

/** The resume the report is about: the active one when reslint has read it, else the last one read. */
function reportUri(): string | undefined {
  const document = vscode.window.activeTextEditor?.document;
  const active = document ? protocolUri(document) : undefined;
  return active && levels.has(active) ? active : lastLevel?.uri;
}

/** Webviews here run no scripts and load nothing: inline styles only. */
const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">`;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

function summaryHtml(level: LevelNotification | undefined): string {
  const body = level
    ? `<h1>${escapeHtml(vscode.Uri.parse(level.uri).path.split("/").pop() ?? level.uri)}</h1>
<table>
<tr><th>Target level</th><td>${escapeHtml(level.target)}</td></tr>
<tr><th>Level the evidence reads at</th><td>${escapeHtml(level.estimated ?? "unclear")}</td></tr>
<tr><th>Confidence</th><td>${escapeHtml(level.confidence ?? "none given")}</td></tr>
</table>
<p class="note">This is the summary the language server sends after each lint. The full report (the claims
behind each level and what to add) is in the hovers on the squiggles, or from the command line:
<code>reslint report &lt;file&gt; -o report.html</code>.</p>`
    : `<p>reslint has not read a resume yet. Open one (a file matching <code>reslint.files</code>) or run
<b>reslint: Lint this file</b>.</p>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
${CSP}
<style>body{font-family:var(--vscode-font-family);color:var(--vscode-foreground);padding:1em}
th{text-align:left;padding-right:2em;font-weight:600}td,th{padding-top:.3em}.note{opacity:.8;max-width:40em}</style>
</head><body>${body}</body></html>`;
}

async function renderReport(): Promise<void> {
  if (!reportPanel) return;
  const uri = reportUri();
  const level = uri ? levels.get(uri) : undefined;
  let html: string | undefined;
  if (uri && client?.isRunning()) {
    // The server answers reslint/levelReport with core's HTML report; an older server may not, so fall back.
    html = await client
      .sendRequest<{ html?: string } | null>(LEVEL_REPORT_REQUEST, { uri })
      .then((answer) => answer?.html)
      .catch(() => undefined);
  }
  reportPanel.title = level ? `reslint: ${vscode.Uri.parse(level.uri).path.split("/").pop()}` : "reslint level report";
  reportPanel.webview.html = html ? html.replace(/<head>/i, `<head>${CSP}`) : summaryHtml(level);
}

async function showLevelReport(): Promise<void> {
  if (reportPanel) reportPanel.reveal(vscode.ViewColumn.Beside, true);
  else {
    reportPanel = vscode.window.createWebviewPanel(
      "reslint.levelReport",
      "reslint level report",
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: false, enableFindWidget: true },
    );
    reportPanel.onDidDispose(() => {
      reportPanel = undefined;
    });
  }
  await renderReport();
}

/**
 * Opens a PDF or Word resume as the text reslint read from it, read-only, with the same findings
 * the command line gives, so the resume can be checked without leaving the editor.
 */
async function openExtractedText(target?: vscode.Uri): Promise<void> {
  const picked =
    target ??
    (
      await vscode.window.showOpenDialog({
        canSelectMany: false,
        filters: { "PDF or Word resume": ["pdf", "docx"] },
        openLabel: "Check with reslint",
      })
    )?.[0];
  if (!picked) return;
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage("reslint: the language server is not running; see the reslint output.");
    return;
  }
  const answer = await client.sendRequest<{ uri?: string; text?: string; error?: string }>(EXTRACTED_TEXT_REQUEST, {
    uri: picked.toString(),
  });
  if (answer.error || answer.uri === undefined || answer.text === undefined) {
    void vscode.window.showWarningMessage(`reslint: ${answer.error ?? "the file could not be read."}`);
    return;
  }
  const uri = vscode.Uri.parse(answer.uri);
  extractedTexts.set(uri.toString(), answer.text);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("reslint");
  statusItem = vscode.window.createStatusBarItem("reslint.level", vscode.StatusBarAlignment.Right, 100);
  statusItem.name = "reslint level";
  statusItem.command = "reslint.showLevelReport";
  context.subscriptions.push(
    output,
    statusItem,
    vscode.commands.registerCommand("reslint.lintCurrentFile", lintCurrentFile),
    vscode.commands.registerCommand("reslint.showLevelReport", showLevelReport),
    vscode.commands.registerCommand("reslint.openExtractedText", openExtractedText),
    vscode.workspace.registerTextDocumentContentProvider(EXTRACTED_SCHEME, {
      provideTextDocumentContent: (uri) => extractedTexts.get(uri.toString()) ?? "",
    }),
    vscode.window.onDidChangeActiveTextEditor(() => {
      updateStatus();
      if (reportPanel) void renderReport();
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      levels.delete(protocolUri(document));
      updateStatus();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration("reslint.server.path")) void restartClient(context);
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (vscode.workspace.getConfiguration("reslint").get("server.path")) void restartClient(context);
    }),
  );
  await startClient(context);
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}
