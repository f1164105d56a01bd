/** Anything with a `write(text)`: `process.stdout`, or a collector in tests. */
export interface OutputStream {
  write(chunk: string): unknown;
}

/** What `run` talks to instead of `process`, so it can be driven from tests. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Directory relative paths and globs are resolved against. */
  cwd: string;
  /** Whether stdout is a terminal (colour is on by default only then). */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** Where `--init` reads its answer from; without it, `--init` asks nothing. */
  stdin?: NodeJS.ReadableStream;
  /** Whether stdin is a terminal: `--init` asks for the target level only then. */
  stdinIsTTY?: boolean;
  /** The terminal's width, for `--explain`; 80 when unknown. */
  columns?: number;
  /** stderr when it is a terminal, for the progress bar of a batch; absent otherwise. */
  progressStream?: NodeJS.WritableStream;
}

/** Exit codes, as documented in `--help` and the README. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FATAL = 2;
