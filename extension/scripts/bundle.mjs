#!/usr/bin/env node
// Bundles the extension: the client (src/extension.ts → dist/extension.js) and the language
// server with @reslint/core and @reslint/rules (→ dist/server.js), both CommonJS for VS Code's
// Node, and copies the rule docs to dist/docs/ where the server's doc links point.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const root = resolve(here, "..");
const dist = join(here, "dist");
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  // VS Code 1.90 runs extensions on Node 20.
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  legalComments: "none",
};

await build({
  ...common,
  entryPoints: [join(here, "src", "extension.ts")],
  outfile: join(dist, "extension.js"),
  external: ["vscode"],
});

await build({
  ...common,
  entryPoints: [join(root, "packages", "language-server", "src", "bin.ts")],
  outfile: join(dist, "server.js"),
  // PDF and Word reading load these lazily; the editor only lints Markdown and text, so they stay out.
  external: ["pdfjs-dist", "mammoth"],
  // The rules link their docs as new URL("../docs/<id>.md", import.meta.url). In this CommonJS bundle
  // import.meta.url is a path one folder below dist/, so the links land on dist/docs/<id>.md.
  define: { "import.meta.url": "__reslintImportMetaUrl" },
  banner: {
    js: 'var __reslintImportMetaUrl = require("node:url").pathToFileURL(require("node:path").join(__dirname, "server", "server.js")).href;',
  },
});

cpSync(join(root, "rules", "docs"), join(dist, "docs"), { recursive: true });
console.log(`bundled ${join("extension", "dist", "extension.js")} and ${join("extension", "dist", "server.js")}`);
