import type { SectionKind } from "../model/document.js";
import { readData } from "../vocabulary/read-data.js";
import type { VocabularyData } from "../vocabulary/types.js";

/**
 * The words the readers use, compiled from a vocabulary's data: section headings, the parts of a
 * role's header line (titles, dates, places, organisations), and the words that cut text into
 * sentences and lines. The readers hold the patterns' shape; every word comes from the data.
 */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Alternatives for a regular expression, the longest first so that "march" wins over "mar". */
const alternatives = (list: readonly string[]) =>
  list
    .slice()
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");

export type NamedSectionKind = Exclude<SectionKind, "other">;

export function compileReadingWords(data: VocabularyData) {
  const read = readData(data);
  const sections = read.part("sections");
  const kinds = sections.group("kinds");
  const roles = read.part("roles");
  const places = read.part("places");
  const reading = read.part("reading");
  const forms = read.part("word-forms");
  const any = (key: string) => alternatives(roles.strings(key));

  const month = `(?:${any("months")})\\.?`;
  const season = `(?:${any("seasons")})`;
  const year = "(?:19|20)\\d{2}";
  const datePoint = `(?:(?:${month}|${season}),?\\s*${year}|\\d{1,2}[/.]${year}|${year}[-/.]\\d{1,2}(?!\\d)|${year})`;
  const shortDatePoint = "(?:0?[1-9]|1[0-2])/\\d{2}";
  const presentWord = `(?:${any("presentWords")})`;
  const rangeSeparator = `\\s*(?:–|—|--|-|‑|‐|−|~|${any("rangeWords")}|→|->)\\s*`;
  const pastEndings = forms
    .strings("pastTenseEndings")
    .map((ending) => ending.replace(/[^\p{L}]/gu, ""))
    .join("|");

  const sectionKinds = (["summary", "experience", "education", "skills", "projects"] as const).map((kind) => {
    const group = kinds.group(kind);
    return { kind: kind as NamedSectionKind, names: group.strings("names"), keywords: group.strings("keywords") };
  });

  return {
    sections: {
      /** What "&" reads as in a heading. */
      ampersand: ` ${sections.string("ampersand")} `,
      kinds: sectionKinds,
    },
    roles: {
      dateRange: new RegExp(
        `(?<![\\p{L}\\d])(?:(?:${any("sinceWords")})\\s+)?(${datePoint})(?:${rangeSeparator}(${datePoint}|${presentWord}))?(?![\\p{L}\\d])`,
        "iu",
      ),
      // "June – August 2021": a month without its year opens a range whose end has one.
      monthFirstRange: new RegExp(
        `(?<![\\p{L}\\d])(${month})${rangeSeparator}((?:${month}),?\\s*${year}(?:\\s+(?:${any("listWords")})\\s+${year})?)(?![\\p{L}\\d])`,
        "iu",
      ),
      // "11/20 to present": months with two-digit years, only as a range, so "24/7" is no date.
      shortRange: new RegExp(
        `(?<![\\p{L}\\d/])(${shortDatePoint})${rangeSeparator}(${shortDatePoint}|${presentWord})(?![\\p{L}\\d/])`,
        "iu",
      ),
      /** "Summer 2012 and 2013": what stands between two dates that are listed, not a range. */
      listBetween: new RegExp(`^\\s*(?:${any("listWords")})\\s*$`, "i"),
      sinceAtStart: new RegExp(`^(?:${any("sinceWords")})\\s+`, "i"),
      /** "From 2012 – Present": the word before the dates belongs to them. */
      beforeDates: new RegExp(`\\b(?:${any("beforeDates")})[\\s·|:,-]*$`, "i"),
      titleWord: new RegExp(`(?<![\\p{L}])(?:${any("titleWords")})(?![\\p{L}])`, "iu"),
      employment: new RegExp(`^(?:${any("employmentTypes")})$`, "iu"),
      selfEmployed: new RegExp(`^(?:${any("selfEmployed")})$`, "i"),
      /** "Engineer at Acme" and "Engineer @ Acme" split whatever else the line holds. */
      atSeparator: new RegExp(`\\s+(?:${any("atWords")}|@)\\s+`, "u"),
      /** A place name has no "of", "for" or "and" between its words ("Bank of America" is a name). */
      nameJoiner: new RegExp(`\\s(?:${any("nameJoiners")})\\s`),
      /** "Boston MA & Cambridge, MA": places joined by "&" or "and" are one location. */
      placeJoiner: new RegExp(`\\s+(?:&|${any("placeJoiners")})\\s+`),
      workMode: new RegExp(`^(?:${alternatives(places.strings("workModes"))})$`, "iu"),
      placeName: new RegExp(
        `^(?:${alternatives([...places.strings("regions"), ...places.strings("countries"), ...places.strings("cities")])})$`,
        "iu",
      ),
      regionCode: new RegExp(`^(?:${alternatives(places.strings("regionCodes"))})$`, "u"),
      organisationSuffix: new RegExp(`(?:^|\\s)(?:${alternatives(places.strings("organisationSuffixes"))})$`, "iu"),
      /** "Hired 4 engineers in 2022.": a sentence that opens with a past-tense verb is a claim. */
      pastTenseOpening: new RegExp(`^[A-Z][a-z]+(?:${pastEndings})\\s+[a-z0-9]`),
    },
    text: {
      sentences: new Intl.Segmenter(reading.string("sentenceLocale"), { granularity: "sentence" }),
      abbreviationAtEnd: new RegExp(`(?:^|[\\s(])(?:${alternatives(reading.strings("abbreviations"))})\\.$`, "i"),
      /** Short words that end compounds ("cut-off", "on-call"): never the tail of a split word. */
      compoundTails: new Set(reading.strings("compoundTails")),
      pageNumber: new RegExp(
        `^(?:(?:${alternatives(reading.strings("pageWords"))})\\s*)?#(?:\\s*(?:${alternatives(reading.strings("pageOfWords"))}|\\/)\\s*#)?$|^[-–—]\\s*#\\s*[-–—]$`,
      ),
      /** Code fences that may hold a plain-text resume; a fence with no language counts too. */
      plainTextFences: new Set(["", ...reading.strings("plainTextFences")]),
    },
  };
}

/** The compiled words of the readers. */
export type ReadingWords = ReturnType<typeof compileReadingWords>;
export type RoleWords = ReadingWords["roles"];
export type SectionWords = ReadingWords["sections"];
export type TextWords = ReadingWords["text"];
