#!/usr/bin/env node
import { isatty } from "node:tty";
import { run } from "./cli.js";

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
});
