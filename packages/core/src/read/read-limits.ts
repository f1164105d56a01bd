import { ResumeReadError } from "./errors.js";

/** A resume is one to a few pages; past this the file is something else (a thesis, a book). */
export const MAX_PDF_PAGES = 30;
/** Reading a PDF or Word file stops after this long, however large or odd the file. */
export const READ_TIME_LIMIT_MS = 8_000;

/** Limits a config may tighten (`limits` in a config file); each defaults to the built-in one. */
export interface ReadLimits {
  /** Most pages read from a PDF. */
  maxPdfPages?: number;
  /** Longest a PDF or Word file may take to read, in milliseconds. */
  timePerFileMs?: number;
}

const seconds = (ms: number) => (ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} seconds` : `${ms} ms`);

/** Why reading stopped, for the built-in limit or a lower one from a config. */
export function timeLimitMessage(what: string, ms: number, hint: string): string {
  const took = `This ${what} took more than ${seconds(ms)} to read`;
  return ms < READ_TIME_LIMIT_MS
    ? `${took}, the most limits.timePerFileMs allows, so reslint stopped; raise the limit, or ${hint}.`
    : `${took}, so reslint stopped; save it again from the original document, or ${hint}.`;
}

/** Settles as `work` does, or rejects with a read error once `ms` have passed. */
export async function timeLimited<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ResumeReadError(message)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
