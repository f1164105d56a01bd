import { createHash } from "node:crypto";

/**
 * A claim's text with everything a re-flow can change taken out: case, punctuation, line breaks,
 * hyphenation at a line end, bullet glyphs and spacing. A PDF re-exported with other line widths,
 * or a bullet moved to another role, keeps the same normalised text.
 */
export function normaliseClaim(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/(\p{L})-\s*(\p{L})/gu, "$1$2")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A claim's words, case and every mark between them gone: "code-reviews," and "Code reviews" read alike. */
export function claimWords(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A short, stable name for a finding's claim, for baselines: 16 hex digits of its normalised text's hash. */
export function claimFingerprint(text: string): string {
  return createHash("sha256").update(normaliseClaim(text)).digest("hex").slice(0, 16);
}
