#!/usr/bin/env node
// `npm run package`: dist/reslint-<version>.tgz, the package `npm install -g` takes. The CLI and
// the language server are bundled with the workspace packages and every pure-JS library into
// dist/ (ES modules, split so that what a run does not use is never loaded); pdf.js and mammoth
// stay normal dependencies, installed from the registry with their fonts, CMaps and data. The rule
// pages (for --explain and SARIF) and the config JSON Schema ship beside the bundles.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const stage = join(root, "dist", "package");
const readJson = (path) => JSON.parse(readFileSync(join(root, path), "utf8"));
const cli = readJson("packages/cli/package.json");
const core = readJson("packages/core/package.json");
const coreRequire = createRequire(join(root, "packages/core/package.json"));

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });

await build({
  entryPoints: {
    reslint: join(root, "packages/cli/src/bin.ts"),
    "reslint-language-server": join(root, "packages/language-server/src/bin.ts"),
  },
  outdir: join(stage, "dist"),
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node22",
  // Chunks sit beside the entry points: modules find ../package.json, ../docs and ../schema.
  chunkNames: "[name]-[hash]",
  external: ["pdfjs-dist", "mammoth"],
  // A chunk that import()s a CommonJS module gets only its default export, and core import()s
  // yaml when it reads a YAML config: use yaml's own ES module build, the same code.
  alias: { yaml: join(dirname(coreRequire.resolve("yaml/package.json")), "browser/index.js") },
  // pdf.js builds a DOMMatrix; @napi-rs/canvas, which pdfjs-dist may install, supplies one, and
  // this 2-D one is there when it could not be installed (a DOMMatrix already there is kept).
  inject: [join(root, "extension/src/dommatrix.ts")],
  // The libraries written as CommonJS call require(); an ES module bundle has none of its own.
  banner: {
    js: 'import { createRequire as __reslintRequire } from "node:module"; const require = __reslintRequire(import.meta.url);',
  },
  legalComments: "none",
  logLevel: "warning",
});

// Rule pages are linked as ../docs/<id>.md from the module that holds the rules.
cpSync(join(root, "rules/docs"), join(stage, "docs"), { recursive: true });
cpSync(join(root, "packages/core/schema"), join(stage, "schema"), { recursive: true });

const manifest = {
  name: "reslint",
  version: cli.version,
  description: "A resume level-consistency linter: flags claims that argue level with the wrong evidence",
  type: "module",
  license: "MIT",
  bin: { reslint: "./dist/reslint.js", "reslint-language-server": "./dist/reslint-language-server.js" },
  files: ["dist", "docs", "schema", "README.md"],
  engines: { node: ">=22.13" },
  dependencies: { mammoth: core.dependencies.mammoth, "pdfjs-dist": core.dependencies["pdfjs-dist"] },
};
writeFileSync(join(stage, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(
  join(stage, "README.md"),
  `# reslint ${cli.version}\n\nA resume level-consistency linter for Markdown, PDF, Word and plain-text resumes.\n\n` +
    "```sh\nreslint resume.md --level staff\nreslint resume.pdf --format sarif -o reslint.sarif\nreslint --help\n```\n\n" +
    "`reslint-language-server --stdio` is its language server, for any editor that speaks LSP.\n",
);

const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", join(root, "dist")], {
  cwd: stage,
  encoding: "utf8",
}).trim();
console.log(`wrote dist/${tarball}`);
