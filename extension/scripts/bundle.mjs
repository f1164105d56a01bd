#!/usr/bin/env node
// Bundles the extension: the client (src/extension.ts → dist/extension.js) and the language
// server with @reslint/core, @reslint/rules and the Word reader (→ dist/server.js), both CommonJS
// for VS Code's Node; copies the rule docs to dist/docs/ where the server's doc links point, and
// pdf.js (which core loads by path, so it cannot be bundled) to dist/node_modules/pdfjs-dist/.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
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
  // VS Code 1.101 is the first to run extensions on Node 22 (Electron 35), which pdf.js needs.
  target: "node22",
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
  // "Check a PDF or Word resume" reads both formats in the server. mammoth (Word) is bundled; core
  // resolves pdf.js's files by name at run time, so it stays external and is copied below.
  external: ["pdfjs-dist"],
  // pdf.js needs a DOMMatrix, which Node lacks: src/dommatrix.ts puts one on globalThis first.
  inject: [join(here, "src", "dommatrix.ts")],
  // The rules link their docs as new URL("../docs/<id>.md", import.meta.url). In this CommonJS bundle
  // import.meta.url is a path one folder below dist/, so the links land on dist/docs/<id>.md.
  define: { "import.meta.url": "__reslintImportMetaUrl" },
  banner: {
    js: 'var __reslintImportMetaUrl = require("node:url").pathToFileURL(require("node:path").join(__dirname, "server", "server.js")).href;',
  },
});

cpSync(join(root, "rules", "docs"), join(dist, "docs"), { recursive: true });

// The bundle's require (based at dist/server/) finds pdf.js in dist/node_modules/: its legacy
// build for Node, with the font, CMap, colour-profile and wasm data core points it at.
const pdfjs = dirname(createRequire(join(root, "packages", "core", "package.json")).resolve("pdfjs-dist/package.json"));
for (const part of [
  "package.json",
  "LICENSE",
  "legacy/build/pdf.mjs",
  "legacy/build/pdf.worker.mjs",
  "cmaps",
  "standard_fonts",
  "iccs",
  "wasm",
])
  cpSync(join(pdfjs, part), join(dist, "node_modules", "pdfjs-dist", part), { recursive: true });
console.log(`bundled ${join("extension", "dist", "extension.js")} and ${join("extension", "dist", "server.js")}`);
