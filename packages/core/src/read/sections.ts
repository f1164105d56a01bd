import type { NamedSectionKind, ReadingWords } from "./reading-words.js";

/** Lower-case, drop emoji, punctuation and markup, so "💼 Work Experience:" reads as "work experience". */
export function normaliseHeading(heading: string, words: ReadingWords): string {
  return heading
    .toLowerCase()
    .replace(/&/g, words.sections.ampersand)
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The section a heading opens, or null when the heading is not a known section name. `exact`:
 * only whole names count, for lines that are not marked as headings by markup or type.
 */
export function sectionKindOf(
  heading: string,
  words: ReadingWords,
  options: { exact?: boolean } = {},
): NamedSectionKind | null {
  const name = normaliseHeading(heading, words);
  if (name === "") return null;
  const kinds = words.sections.kinds;
  for (const { kind, names } of kinds) {
    if (names.includes(name)) return kind;
  }
  if (options.exact) return null;
  // Longer headings ("Professional Experience & Leadership") count when a keyword opens or
  // closes them; a heading that is a sentence is not a section name.
  if (name.split(" ").length > 5) return null;
  for (const { kind, keywords } of kinds) {
    if (keywords.some((keyword) => name.includes(keyword))) return kind;
  }
  return null;
}
