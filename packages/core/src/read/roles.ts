import placeWords from "./place-words.json" with { type: "json" };
import roleWords from "./role-words.json" with { type: "json" };

/** The fields of a role as one line (or a heading) states them; "" or null where it states none. */
export interface RoleLine {
  title: string;
  organisation: string | null;
  location: string | null;
  start: string | null;
  end: string | null;
}

/** What a header line says, part by part, before the parts become a role's fields. */
export interface RoleParts {
  titles: string[];
  /** Parts known to name an organisation: after "at", or with a suffix such as "Inc.". */
  organisations: string[];
  /** Parts that are neither a title, a place, a date nor an employment type. */
  names: string[];
  locations: string[];
  /** "Freelance", "Full-time", "Internship": said of the job, not its title. */
  employment: string[];
  start: string | null;
  end: string | null;
  words: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternatives = (list: readonly string[]) =>
  list
    .slice()
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");

const month =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const season = "(?:spring|summer|fall|autumn|winter)";
const year = "(?:19|20)\\d{2}";
const datePoint = `(?:(?:${month}|${season}),?\\s*${year}|\\d{1,2}[/.]${year}|${year}[-/.]\\d{1,2}(?!\\d)|${year})`;
const shortDatePoint = "(?:0?[1-9]|1[0-2])/\\d{2}";
const presentWord = `(?:${alternatives(roleWords.presentWords)})`;
const rangeSeparator = "\\s*(?:–|—|--|-|‑|‐|−|~|to|until|till|→|->|and)\\s*";
const dateRangePattern = new RegExp(
  `(?<![\\p{L}\\d])(?:since\\s+)?(${datePoint})(?:${rangeSeparator}(${datePoint}|${presentWord}))?(?![\\p{L}\\d])`,
  "iu",
);
// "11/20 to present": months with two-digit years, only as a range, so "24/7" is no date.
const shortRangePattern = new RegExp(
  `(?<![\\p{L}\\d/])(${shortDatePoint})${rangeSeparator}(${shortDatePoint}|${presentWord})(?![\\p{L}\\d/])`,
  "iu",
);
const titleWordPattern = new RegExp(`(?<![\\p{L}])(?:${alternatives(roleWords.titleWords)})(?![\\p{L}])`, "iu");
const employmentPattern = new RegExp(`^(?:${alternatives(roleWords.employmentTypes)})$`, "iu");
const workModePattern = new RegExp(`^(?:${alternatives(placeWords.workModes)})$`, "iu");
const placeNamePattern = new RegExp(
  `^(?:${alternatives([...placeWords.regions, ...placeWords.countries, ...placeWords.cities])})$`,
  "iu",
);
const regionPattern = new RegExp(`^(?:${alternatives([...placeWords.regions, ...placeWords.countries])})$`, "iu");
const regionCodePattern = new RegExp(`^(?:${alternatives(placeWords.regionCodes)})$`, "u");
const suffixPattern = new RegExp(`(?:^|\\s)(?:${alternatives(placeWords.organisationSuffixes)})$`, "iu");

export interface DateRange {
  start: string;
  end: string | null;
  index: number;
  length: number;
}

/**
 * The first date range in a line: "Mar 2019 – Present", "2019--2021", "11/20 to present", or a
 * single date ("Summer 2017"). An end is never invented: "2024–" has a start and no end.
 */
export function findDateRange(text: string): DateRange | null {
  const short = shortRangePattern.exec(text);
  const match = dateRangePattern.exec(text);
  if (short?.[1] && (!match || short.index < match.index)) {
    return { start: short[1], end: short[2] ?? null, index: short.index, length: short[0].length };
  }
  if (!match || match[1] === undefined) return null;
  // "Summer 2012 and 2013" names two summers, not a range that ends in 2013.
  if (
    match[2] !== undefined &&
    /^\s*and\s*$/i.test(
      text.slice(match.index, match.index + match[0].length).slice(match[1].length, match[0].length - match[2].length),
    )
  ) {
    return { start: match[0].replace(/^since\s+/i, ""), end: null, index: match.index, length: match[0].length };
  }
  const openEnded = match[2] === undefined ? /^\s*[–—-](?=\s|$)/.exec(text.slice(match.index + match[0].length)) : null;
  const length = match[0].length + (openEnded ? openEnded[0].length : 0);
  return { start: match[1], end: match[2] ?? null, index: match.index, length };
}

export function hasTitleWord(text: string): boolean {
  return titleWordPattern.test(text);
}

const wrappers = /^[\s([{,;:|·•—–/*_-]+|[\s)\]},;:|·•—–/*_-]+$/g;

function tidy(part: string): string {
  return part
    .replace(/\(\s*\)|\[\s*\]/g, " ")
    .replace(wrappers, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** "Boston MA", "Amherst, MA", "Madrid, Spain", "Remote", "New York": a place, or a way of working. */
export function isLocation(text: string): boolean {
  const value = tidy(text);
  if (value === "") return false;
  if (workModePattern.test(value) || placeNamePattern.test(value) || regionCodePattern.test(value)) return true;
  const parts = value.split(/\s*,\s*/);
  const last = parts[parts.length - 1] ?? "";
  const known = (part: string) => placeNamePattern.test(part) || regionCodePattern.test(part);
  const plainName = (part: string) => /^\p{Lu}[\p{L}.'’ -]*$/u.test(part) && !/\s(?:of|for|and)\s/.test(part);
  if (parts.length >= 2 && parts.length <= 3 && parts.every(plainName) && known(last)) {
    // "Hurricane, Utah", "Seoul, S.Korea", "New York, NY, USA": a region or country last, and in
    // three parts a region in the middle, so "Acme Labs, Amherst, MA" stays a name and a place.
    if (parts.length === 2 || regionPattern.test(parts[1] ?? "") || regionCodePattern.test(parts[1] ?? "")) return true;
  }
  // "Somerville MA": a capitalised name and a region code.
  const spaced = /^(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})\s(\p{Lu}{2,3})$/u.exec(value);
  return spaced !== null && regionCodePattern.test(spaced[2] ?? "") && !hasTitleWord(spaced[1] ?? "");
}

/** Splits a header line at the marks people put between title, organisation, place and dates. */
function segments(text: string): string[] {
  return text
    .split(
      /\s+[|·•—–]\s*|\s*[|·•]\s+|\s[—–]|[—–]\s|(?<=\S)—(?=\p{Lu})|\s+-{1,2}\s+|\s-(?=\p{Lu})|\s{2,}|\t|\s+(?:at|@)\s+|[()[\]]/u,
    )
    .map(tidy)
    .filter((part) => part !== "");
}

/**
 * "University of Massachusetts, Amherst, MA" is an organisation and a place; "Omnious. Co., Ltd."
 * one organisation; "Data Scientist, Business Intelligence" one title. Commas split a part only
 * where a place or a company suffix says where.
 */
function splitCommas(part: string): string[] {
  const slashed = part.split(/\s+\/\s+/);
  // "Consultant / Self-employed": a title and a name; "Engineer / Analyst" stays one title.
  if (slashed.length > 1 && !slashed.every((piece) => hasTitleWord(piece))) return slashed.flatMap(splitCommas);
  const pieces = part.split(/\s*,\s*/).filter((piece) => piece !== "");
  if (pieces.length < 2) return [part];
  for (let at = 1; at < pieces.length; at++) {
    const place = pieces.slice(at).join(", ");
    if (isLocation(place)) return [...splitCommas(pieces.slice(0, at).join(", ")), place];
  }
  // "Fernleaf Payments, Senior Engineer": a name and a title.
  const titled = pieces.map((piece) => hasTitleWord(piece));
  if (titled.some(Boolean) && !titled.every(Boolean) && !pieces.some((piece) => suffixPattern.test(` ${piece}`)))
    return pieces;
  return [part];
}

const emojiStart = /^[\p{Extended_Pictographic}\p{So}]/u;

/** Reads a header line into its parts, or null when it is too long or too sentence-like to be one. */
export function readRoleParts(text: string): RoleParts | null {
  const line = text.replace(/\s+/g, " ").trim();
  const words = line === "" ? 0 : line.split(" ").length;
  if (words === 0 || words > 20 || emojiStart.test(line)) return null;
  const range = findDateRange(line);
  const rest = range ? `${line.slice(0, range.index)} | ${line.slice(range.index + range.length)}` : line;
  const parts: RoleParts = {
    titles: [],
    organisations: [],
    names: [],
    locations: [],
    employment: [],
    start: range?.start ?? null,
    end: range?.end ?? null,
    words,
  };
  const atSplit = /\s+(?:at|@)\s+/u.exec(rest);
  for (const segment of segments(rest)) {
    for (const piece of isLocation(segment) ? [segment] : splitCommas(segment)) {
      if (employmentPattern.test(piece)) parts.employment.push(piece);
      else if (isLocation(piece)) parts.locations.push(piece);
      else if (hasTitleWord(piece) && piece.split(" ").length <= 10) parts.titles.push(piece);
      else if (suffixPattern.test(` ${piece}`) || (atSplit && rest.indexOf(piece) > atSplit.index))
        parts.organisations.push(piece);
      else parts.names.push(piece);
    }
  }
  // "Freelancer" or "Internship" alone is the job's title; beside a title it only qualifies it.
  const titled = parts.employment.findIndex((word) => hasTitleWord(word));
  if (parts.titles.length === 0 && titled >= 0) parts.titles.push(...parts.employment.splice(titled, 1));
  return parts;
}

/** The role fields that parts name: titles joined, the first organisation, places joined. */
export function roleFromParts(parts: RoleParts): RoleLine {
  const names = [...parts.names];
  let organisation = parts.organisations[0] ?? null;
  const title = parts.titles.length > 0 ? parts.titles.join(", ") : "";
  if (organisation === null && names.length > 0) organisation = names.shift() as string;
  return {
    title,
    organisation,
    location: parts.locations.length > 0 ? parts.locations.join(", ") : null,
    start: parts.start,
    end: parts.end,
  };
}

/** Whether the parts say nothing but where, when or how (a date line, "Remote", "(Freelance)"). */
export function onlyCircumstances(parts: RoleParts): boolean {
  return parts.titles.length === 0 && parts.organisations.length === 0 && parts.names.length === 0;
}

/**
 * Reads a role line such as "Senior Engineer — Acme (2019–2024)", "Acme, Berlin | Engineer |
 * 2019 -- 2021" or "Senior Engineer at Acme · 2019 – present". Returns null when the line does
 * not have the shape of one: too long, a sentence, or with neither a job title nor dates.
 */
export function parseRoleLine(text: string, options: { requireDates: boolean }): RoleLine | null {
  const trimmed = text.trim();
  // "Hired 4 engineers in 2022.": a sentence that opens with a past-tense verb is a claim.
  if (/^[A-Z][a-z]+ed\s+[a-z0-9]/.test(trimmed)) return null;
  const parts = readRoleParts(trimmed);
  if (!parts) return null;
  const sentence = /[.!?]$/.test(trimmed) && !suffixPattern.test(trimmed);
  const dated = parts.start !== null;
  if (!dated && (options.requireDates || parts.words > 12 || sentence || parts.titles.length === 0)) return null;
  if (dated) {
    // "Worked on the 2021 redesign": a lone year in a sentence is not a role's date range.
    if (parts.end === null && (sentence || parts.titles.length === 0)) return null;
    if (sentence && parts.words > 6) return null;
    if (parts.titles.length === 0 && parts.names.length + parts.organisations.length > 2) return null;
    // Every part of a header is short; a clause is not a name.
    if ([...parts.titles, ...parts.names].some((part) => part.split(" ").length > 10)) return null;
  }
  return roleFromParts(parts);
}
