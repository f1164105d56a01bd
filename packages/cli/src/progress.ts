import type { CliIo } from "./io.js";

/** Batches above this many files show a bar; a few files finish before one would help. */
export const PROGRESS_MIN_FILES = 4;

export interface Progress {
  /** One more file done; `file` is shown beside the bar. */
  tick(file: string): void;
  stop(): void;
}

const none: Progress = { tick: () => {}, stop: () => {} };

/**
 * A progress bar on stderr while a batch is linted: only in a terminal, for the human formats,
 * for more than a few files, and not with --no-progress. The library loads only when a bar is shown.
 */
export async function startProgress(total: number, io: CliIo, wanted: boolean): Promise<Progress> {
  const stream = io.progressStream;
  if (!wanted || !stream || total < PROGRESS_MIN_FILES) return none;
  const { SingleBar } = (await import("cli-progress")).default;
  const bar = new SingleBar({
    stream,
    format: "reslint {bar} {value}/{total} files  {file}",
    barsize: 24,
    clearOnComplete: true,
    hideCursor: true,
    fps: 12,
  });
  bar.start(total, 0, { file: "" });
  return {
    tick: (file) => bar.increment(1, { file }),
    stop: () => bar.stop(),
  };
}
