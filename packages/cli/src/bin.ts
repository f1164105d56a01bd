#!/usr/bin/env node
import module from "node:module";
import { isatty } from "node:tty";

// Node keeps the compiled code of reslint and its libraries on disk between runs, so a run does not
// parse them all again (NODE_DISABLE_COMPILE_CACHE=1 turns it off). Enabled before they load.
module.enableCompileCache?.();
const { run } = await import("./cli.js");

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  // Opened only when --init asks for the level: a run that reads nothing never touches stdin.
  get stdin() {
    return process.stdin;
  },
  stdinIsTTY: isatty(0),
  ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
  ...(process.stderr.isTTY ? { progressStream: process.stderr } : {}),
});
