import type { SectionKind } from "../model/document.js";
import sectionNames from "./section-names.json" with { type: "json" };

type NamedKind = Exclude<SectionKind, "other">;

const kinds = Object.keys(sectionNames) as NamedKind[];

/** Lower-case, drop emoji, punctuation and markup, so "💼 Work Experience:" reads as "work experience". */
export function normaliseHeading(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The section a heading opens, or null when the heading is not a known section name. `exact`:
 * only whole names count, for lines that are not marked as headings by markup or type.
 */
export function sectionKindOf(heading: string, options: { exact?: boolean } = {}): NamedKind | null {
  const name = normaliseHeading(heading);
  if (name === "") return null;
  for (const kind of kinds) {
    if (sectionNames[kind].names.includes(name)) return kind;
  }
  if (options.exact) return null;
  // Longer headings ("Professional Experience & Leadership") count when a keyword opens or
  // closes them; a heading that is a sentence is not a section name.
  if (name.split(" ").length > 5) return null;
  for (const kind of kinds) {
    if (sectionNames[kind].keywords.some((keyword) => name.includes(keyword))) return kind;
  }
  return null;
}
