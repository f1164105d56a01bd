// One normalisation for reading truth and for what the readers return, so that a truth text and a
// claim compare equal when a careful reader would call them the same words. Truth for third-party
// files is kept as a fingerprint plus the first words, never as the text itself.
import { createHash } from "node:crypto";

export function normaliseText(text) {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2212]/g, "-")
    .replace(/\u00ad/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export function wordsOf(text) {
  const normal = normaliseText(text);
  return normal === "" ? [] : normal.split(" ");
}

/** Twelve hex digits of the SHA-1 of the normalised text. */
export function fingerprint(text) {
  return createHash("sha1").update(normaliseText(text)).digest("hex").slice(0, 12);
}

/** What the truth file keeps of a text: its first words, its length in words and its fingerprint. */
export function truthEntry(text, startWords = 4) {
  const words = wordsOf(text);
  return { start: words.slice(0, startWords).join(" "), words: words.length, sha1: fingerprint(text) };
}
