import { MAX_BINARY_BYTES, MAX_TEXT_BYTES } from "../read/index.js";
import { MAX_PDF_PAGES, READ_TIME_LIMIT_MS } from "../read/read-limits.js";

/** The reader limits a config file can set. Each can only tighten the built-in limit, never raise it. */
export interface ReaderLimits {
  /** Largest file read, in bytes; null: the built-in limits (5 MB of text, 20 MB for PDF and Word). */
  maxFileBytes: number | null;
  /** Most pages read from a PDF. */
  maxPdfPages: number;
  /** Longest a PDF or Word file may take to read, in milliseconds. */
  timePerFileMs: number;
}

export const LIMIT_KEYS = ["maxFileBytes", "maxPdfPages", "timePerFileMs"] as const;

export type LimitKey = (typeof LIMIT_KEYS)[number];

export const DEFAULT_LIMITS: Readonly<ReaderLimits> = {
  maxFileBytes: null,
  maxPdfPages: MAX_PDF_PAGES,
  timePerFileMs: READ_TIME_LIMIT_MS,
};

/** The largest value each limit takes: the built-in one. */
export const LIMIT_MAXIMUMS: Readonly<Record<LimitKey, number>> = {
  maxFileBytes: Math.max(MAX_BINARY_BYTES, MAX_TEXT_BYTES),
  maxPdfPages: MAX_PDF_PAGES,
  timePerFileMs: READ_TIME_LIMIT_MS,
};

/** What each limit counts, for messages and the JSON Schema. */
export const LIMIT_UNITS: Readonly<Record<LimitKey, string>> = {
  maxFileBytes: "bytes",
  maxPdfPages: "pages",
  timePerFileMs: "milliseconds",
};
