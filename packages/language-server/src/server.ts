import { readFile, stat } from "node:fs/promises";
import { basename, dirname, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  type ConfigSource,
  type DocumentLint,
  evidenceFromReading,
  formatHtmlReport,
  LintCache,
  lintResumeFile,
  lintResumeText,
  MAX_TEXT_BYTES,
  PackError,
  type PostingRequirements,
  ResumeReadError,
  readOptionsFor,
  readPosting,
  readResumeFile,
  type TargetLevel,
  type Vocabulary,
} from "@reslint/core";
import { rules as builtInRules, vocabulary } from "@reslint/rules";
import picomatch from "picomatch";
import {
  type CodeAction,
  CodeActionKind,
  type Connection,
  type Diagnostic,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type InitializeResult,
  TextDocumentSyncKind,
  TextDocuments,
} from "vscode-languageserver/node.js";
import { TextDocument } from "vscode-languageserver-textdocument";
import { configEdit } from "./config-edit.js";
import { type DiagnosticData, toDiagnostics } from "./diagnostics.js";
import { disableLineEdit } from "./disable-comment.js";
import { configProblem, type DocumentConfig, DocumentConfigs } from "./document-config.js";
import { hoverAt } from "./hover.js";
import { LintScheduler } from "./scheduler.js";
import { DEFAULT_SETTINGS, resolveSettings, type ServerSettings } from "./settings.js";

/** Commands the server runs; an editor binds them to its own commands and menus. */
export const COMMANDS = {
  /** Lint a file whatever its name: `arguments: [uri]`. */
  lintFile: "reslint.lintFile",
  /** Show a rule's documentation: `arguments: [url]`. */
  openRuleDoc: "reslint.openRuleDoc",
} as const;

/** A client asks for the HTML level report of a linted file: params `{ uri }`, result `{ html }` or null. */
export const LEVEL_REPORT_REQUEST = "reslint/levelReport";

/**
 * A PDF or Word resume, shown as the text reslint extracted from it: a client asks for
 * `{ uri }` (the file's `file:` URI) and gets `{ uri, text }`, a read-only document under the
 * `reslint-extracted:` scheme whose diagnostics are the file's own, or `{ error }` in one sentence.
 */
export const EXTRACTED_TEXT_REQUEST = "reslint/extractedText";
export const EXTRACTED_SCHEME = "reslint-extracted";

const extractedUri = (path: string) => `${EXTRACTED_SCHEME}:${pathToFileURL(path).pathname}`;
const extractedPath = (uri: string): string | null =>
  uri.startsWith(`${EXTRACTED_SCHEME}:`) ? fileURLToPath(`file://${uri.slice(EXTRACTED_SCHEME.length + 1)}`) : null;

/** Sent after each lint so a client can show the level in a status bar. */
export const LEVEL_NOTIFICATION = "reslint/level";

export interface LevelNotification {
  uri: string;
  target: TargetLevel;
  estimated: TargetLevel | null;
  confidence: string | null;
}

const descriptions = new Map(builtInRules.map((rule) => [rule.meta.id, rule.meta.description]));

/** The compiled `files` globs, once per settings object rather than once per keystroke. */
const matchers = new WeakMap<ServerSettings, (path: string) => boolean>();
function resumeMatcher(settings: ServerSettings): (path: string) => boolean {
  let matcher = matchers.get(settings);
  if (!matcher) {
    matcher = picomatch(settings.files, { dot: true, nocase: true });
    matchers.set(settings, matcher);
  }
  return matcher;
}

/** The config files whose change can change a lint: the server re-reads them and re-lints open resumes. */
export const CONFIG_FILE_GLOBS = ["**/.reslintrc*", "**/reslint.config.mjs", "**/package.json"] as const;

/** The files of a rule pack, inside its folder: its YAML, and Markdown pages its rules name. */
export const PACK_FILE_GLOB = "**/*.{yaml,yml,md}";

/** Wires reslint to an LSP connection: diagnostics, hovers, code actions and commands. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  // One cache per open document: each lint keeps what that document still holds.
  const caches = new Map<string, LintCache>();
  const cacheFor = (uri: string) => {
    let cache = caches.get(uri);
    if (!cache) {
      cache = new LintCache();
      caches.set(uri, cache);
    }
    return cache;
  };
  const lints = new Map<string, { version: number; lint: DocumentLint }>();
  const settingsByUri = new Map<string, Promise<ServerSettings>>();
  const configs = new DocumentConfigs(builtInRules, vocabulary);
  const configByUri = new Map<string, Promise<DocumentConfig>>();
  const forced = new Set<string>();
  const opened = new Set<string>();
  const reported = new Set<string>();
  const postings = new Map<string, { mtimeMs: number; text: string; read: WeakMap<Vocabulary, PostingRequirements> }>();
  let workspaceFolders: string[] = [];
  let pullsConfiguration = false;
  let watchesFiles = false;
  let relativePatterns = false;
  /** The pack folders watched so far: a config's packs are watched once it names them. */
  const watchedPacks = new Set<string>();
  let pushedSettings: unknown;
  let debounceMs = DEFAULT_SETTINGS.debounceMs;
  const scheduler = new LintScheduler(() => debounceMs);

  const warnOnce = (text: string) => {
    if (reported.has(text)) return;
    reported.add(text);
    void connection.window.showWarningMessage(text);
  };

  function settingsFor(uri: string): Promise<ServerSettings> {
    let pending = settingsByUri.get(uri);
    if (!pending) {
      pending = (async () => {
        const editor = pullsConfiguration
          ? await connection.workspace.getConfiguration({ scopeUri: uri, section: "reslint" })
          : pushedSettings;
        const { settings, problems } = resolveSettings(editor);
        for (const problem of problems) warnOnce(problem);
        debounceMs = settings.debounceMs;
        return settings;
      })();
      settingsByUri.set(uri, pending);
    }
    return pending;
  }

  const pathOf = (uri: string): string | null => (uri.startsWith("file:") ? fileURLToPath(uri) : null);

  function isResume(uri: string, settings: ServerSettings): boolean {
    const path = pathOf(uri);
    if (path === null) return false;
    const folder = workspaceFolders.find((root) => !relative(root, path).startsWith(".."));
    const candidate = folder ? relative(folder, path) : path.replace(/^\/+/, "");
    const matches = resumeMatcher(settings);
    return matches(candidate.split("\\").join("/")) || matches(basename(path));
  }

  const folderOf = (path: string) =>
    workspaceFolders.find((root) => !relative(root, path).startsWith("..")) ?? workspaceFolders[0];

  /** A posting for the resolver; one that cannot be read is warned about once and left out. */
  async function loadPosting(
    path: string,
    source: ConfigSource,
    words: Vocabulary,
  ): Promise<PostingRequirements | null> {
    try {
      const info = await stat(path);
      if (info.size > MAX_TEXT_BYTES) throw new Error("too large");
      let known = postings.get(path);
      if (!known || known.mtimeMs !== info.mtimeMs) {
        known = { mtimeMs: info.mtimeMs, text: await readFile(path, "utf8"), read: new WeakMap() };
        postings.set(path, known);
      }
      let posting = known.read.get(words);
      if (!posting) {
        posting = readPosting(known.text, words);
        known.read.set(words, posting);
      }
      return posting;
    } catch {
      const fix =
        source.layer === "file" || source.layer === "override"
          ? `fix posting in ${source.file}`
          : "set reslint.posting to a text or Markdown job description";
      warnOnce(`reslint could not read the posting ${path}; ${fix}.`);
      return null;
    }
  }

  /**
   * Asks the editor to watch the files of packs not watched yet, so a changed pack is read again
   * like a changed config file. A broken pack is watched too, so fixing it re-lints.
   */
  function watchPacks(folders: readonly string[]): void {
    const fresh = folders.filter((folder) => !watchedPacks.has(folder));
    if (!watchesFiles || fresh.length === 0) return;
    for (const folder of fresh) watchedPacks.add(folder);
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: fresh.map((folder) => ({
        globPattern: relativePatterns
          ? { baseUri: pathToFileURL(folder).href, pattern: PACK_FILE_GLOB }
          : `${folder.split("\\").join("/")}/${PACK_FILE_GLOB}`,
      })),
    });
  }

  /** The resolved config of a document: its config file found from its folder, the editor's settings on top. */
  function configFor(uri: string, path: string): Promise<DocumentConfig> {
    let pending = configByUri.get(uri);
    if (!pending) {
      pending = settingsFor(uri)
        .then((settings) => configs.resolve(path, settings, folderOf(path) ?? dirname(path), loadPosting, warnOnce))
        .then((resolved) => {
          if ("config" in resolved) {
            watchPacks(resolved.config.packs.map((pack) => pack.folder));
            for (const pack of resolved.config.packs)
              for (const rule of pack.rules) descriptions.set(rule.meta.id, rule.meta.description);
          } else if (resolved.error instanceof PackError) watchPacks(resolved.error.folders);
          return resolved;
        });
      configByUri.set(uri, pending);
    }
    return pending;
  }

  /** One diagnostic on a resume whose config file is broken, saying which file and why; logged too. */
  function publishConfigProblem(uri: string, version: number, message: string): Promise<void> {
    connection.console.error(message);
    return publishFileProblem(uri, version, message);
  }

  /** One error at the top of a resume that was not linted, saying why. */
  async function publishFileProblem(uri: string, version: number, message: string): Promise<void> {
    lints.delete(uri);
    await connection.sendDiagnostics({
      uri,
      version,
      diagnostics: [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: DiagnosticSeverity.Error,
          source: "reslint",
          message,
        },
      ],
    });
  }

  /** A PDF or DOCX shown as its extracted text: linted from the file itself, so findings match the CLI's. */
  async function lintExtracted(uri: string, path: string, version: number): Promise<void> {
    const resolved = await configFor(uri, path);
    if ("error" in resolved) return publishConfigProblem(uri, version, configProblem(resolved.error, folderOf(path)));
    const read = await lintResumeFile(path, resolved.config, { cache: cacheFor(uri) });
    if (!scheduler.isLatest(uri, version)) return;
    if (read.document && read.levelReading)
      lints.set(uri, {
        version,
        lint: { result: read.result, document: read.document, levelReading: read.levelReading },
      });
    await connection.sendDiagnostics({ uri, version, diagnostics: toDiagnostics(read.result) });
  }

  async function lint(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const { version } = document;
    const extracted = extractedPath(uri);
    if (extracted !== null) return lintExtracted(uri, extracted, version);
    const settings = await settingsFor(uri);
    if (!forced.has(uri) && !isResume(uri, settings)) {
      lints.delete(uri);
      await connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    const text = document.getText();
    if (Buffer.byteLength(text, "utf8") > MAX_TEXT_BYTES)
      return publishFileProblem(
        uri,
        version,
        `This file is larger than reslint reads (${MAX_TEXT_BYTES / 1024 / 1024} MB); lint the resume on its own.`,
      );
    const path = pathOf(uri) ?? uri;
    const resolved = await configFor(uri, path);
    if ("error" in resolved) return publishConfigProblem(uri, version, configProblem(resolved.error, folderOf(path)));
    const { config } = resolved;
    if (config.ignored) {
      lints.delete(uri);
      await connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    const level = config.level.value;
    const result = lintResumeText(text, config, {
      cache: cacheFor(uri),
      filePath: path,
      format: path.toLowerCase().endsWith(".txt") || path.toLowerCase().endsWith(".text") ? "text" : "markdown",
    });
    // Let edits that arrived while this ran be applied first; a stale result is dropped.
    await new Promise((done) => setImmediate(done));
    if (documents.get(uri)?.version !== version || !scheduler.isLatest(uri, version)) return;
    lints.set(uri, { version, lint: result });
    await connection.sendDiagnostics({ uri, version, diagnostics: toDiagnostics(result.result) });
    const notification: LevelNotification = {
      uri,
      target: level,
      estimated: result.result.level.estimated,
      confidence: result.result.level.assessment?.confidence ?? null,
    };
    await connection.sendNotification(LEVEL_NOTIFICATION, notification);
  }

  const relintAll = () => {
    for (const document of documents.all())
      scheduler.schedule(document.uri, document.version, () => lint(document.uri));
  };

  connection.onInitialize((params): InitializeResult => {
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    watchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    relativePatterns = params.capabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport === true;
    workspaceFolders = (params.workspaceFolders ?? [])
      .map((folder) => pathOf(folder.uri))
      .filter((path): path is string => path !== null);
    if (workspaceFolders.length === 0 && params.rootUri) {
      const root = pathOf(params.rootUri);
      if (root) workspaceFolders = [root];
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: [COMMANDS.lintFile, COMMANDS.openRuleDoc] },
      },
      serverInfo: { name: "reslint-language-server" },
    };
  });

  connection.onInitialized(() => {
    // Only reslint's own section: a font-size change elsewhere should not re-lint every resume.
    if (pullsConfiguration)
      void connection.client.register(DidChangeConfigurationNotification.type, { section: "reslint" });
    if (watchesFiles)
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: CONFIG_FILE_GLOBS.map((globPattern) => ({ globPattern })),
      });
  });

  connection.onDidChangeConfiguration((change) => {
    if (!pullsConfiguration) pushedSettings = (change.settings as { reslint?: unknown } | null)?.reslint;
    settingsByUri.clear();
    configByUri.clear();
    relintAll();
  });

  // A config file or a pack's file was created, changed or deleted: read them all again (a pack
  // only when its files' modification times changed) and re-lint what is open.
  connection.onDidChangeWatchedFiles(() => {
    configs.clear();
    configByUri.clear();
    relintAll();
  });

  documents.onDidOpen(({ document }) => {
    opened.add(document.uri);
  });

  documents.onDidChangeContent(({ document }) => {
    const immediately = opened.delete(document.uri);
    if (immediately) {
      scheduler.schedule(document.uri, document.version, () => lint(document.uri), 0);
    } else scheduler.schedule(document.uri, document.version, () => lint(document.uri));
  });

  documents.onDidClose(({ document }) => {
    scheduler.forget(document.uri);
    lints.delete(document.uri);
    caches.delete(document.uri);
    settingsByUri.delete(document.uri);
    configByUri.delete(document.uri);
    forced.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onHover(({ textDocument, position }) => {
    const known = lints.get(textDocument.uri);
    return known ? hoverAt(known.lint, position, descriptions) : null;
  });

  /** "Turn off in the config" and, for PDF and Word text, "accept in the config": edits of the config file in force. */
  async function configActions(uri: string, diagnostic: Diagnostic, data: DiagnosticData): Promise<CodeAction[]> {
    const extracted = extractedPath(uri);
    const path = extracted ?? pathOf(uri);
    if (path === null || !data.ruleId) return [];
    const resolved = await configFor(uri, path);
    if ("error" in resolved) return [];
    const { configFile } = resolved.config;
    const folder = folderOf(path) ?? dirname(path);
    const where = configFile === null ? "a new .reslintrc.yaml" : basename(configFile);
    const actions: CodeAction[] = [];
    const off = configEdit(configFile, folder, { kind: "off", ruleId: data.ruleId });
    if (off)
      actions.push({
        title: `Turn off ${data.ruleId} in ${where}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: off,
      });
    const accept =
      extracted !== null && data.excerpt
        ? configEdit(configFile, folder, { kind: "accept", ruleId: data.ruleId, claim: data.excerpt })
        : null;
    if (accept)
      actions.push({
        title: `Accept this ${data.ruleId} finding in ${where}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: accept,
      });
    return actions;
  }

  connection.onCodeAction(async ({ textDocument, context }) => {
    const actions: CodeAction[] = [];
    const seen = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      const data = diagnostic.data as DiagnosticData | undefined;
      if (diagnostic.source !== "reslint" || !data) continue;
      if (data.fix)
        actions.push({
          title: data.fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: { changes: { [textDocument.uri]: [{ range: data.fix.range, newText: data.fix.text }] } },
        });
      const text = extractedPath(textDocument.uri) === null ? documents.get(textDocument.uri)?.getText() : undefined;
      const disable =
        text !== undefined && data.ruleId && data.claim ? disableLineEdit(text, data.claim, data.ruleId) : null;
      if (disable && data.ruleId)
        actions.push({
          title: `Turn off ${data.ruleId} for this claim (a reslint-disable-line comment)`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { changes: { [textDocument.uri]: [disable] } },
        });
      if (!data.ruleId || seen.has(data.ruleId)) continue;
      seen.add(data.ruleId);
      actions.push(...(await configActions(textDocument.uri, diagnostic, data)));
      if (!data.url) continue;
      actions.push({
        title: `Show the ${data.ruleId} rule: what it looks for and how to fix it`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: `Show the ${data.ruleId} rule`, command: COMMANDS.openRuleDoc, arguments: [data.url] },
      });
    }
    return actions;
  });

  connection.onRequest(EXTRACTED_TEXT_REQUEST, async ({ uri }: { uri: string }) => {
    const path = pathOf(uri);
    if (path === null) return { error: "reslint can show the text of a PDF or Word file on disk only." };
    // Read as the lint of this view reads it: with its config's packs and limits when it has one.
    const resolved = await configFor(extractedUri(path), path);
    try {
      const { document } = await readResumeFile(
        path,
        "config" in resolved ? readOptionsFor(resolved.config) : { vocabulary },
      );
      return { uri: extractedUri(path), text: document.text };
    } catch (error) {
      if (error instanceof ResumeReadError) return { error: error.message };
      throw error;
    }
  });

  connection.onRequest(LEVEL_REPORT_REQUEST, ({ uri }: { uri: string }) => {
    const known = lints.get(uri);
    if (!known) return null;
    const { result, document, levelReading } = known.lint;
    return { html: formatHtmlReport({ result, document, evidence: evidenceFromReading(document, levelReading) }) };
  });

  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    const [target] = args ?? [];
    if (typeof target !== "string") return null;
    if (command === COMMANDS.lintFile) {
      forced.add(target);
      const document = documents.get(target);
      if (document) scheduler.schedule(target, document.version, () => lint(target), 0);
      return null;
    }
    if (command === COMMANDS.openRuleDoc) {
      await connection.window.showDocument({ uri: target, takeFocus: true });
    }
    return null;
  });

  documents.listen(connection);
  connection.listen();
}
