import type { ReadingWords } from "./reading-words.js";

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
  /** The titles are several jobs held in turn at one organisation ("Acme, Staff SE, Senior SE"). */
  titleList: boolean;
  /** The organisation was named after "at" or "@" ("Process Chief at Visualization Department"). */
  namedAt: boolean;
}

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
export function findDateRange(reading: ReadingWords, text: string): DateRange | null {
  const monthFirst = reading.roles.monthFirstRange.exec(text);
  if (monthFirst?.[1] && monthFirst[2]) {
    return { start: monthFirst[1], end: monthFirst[2], index: monthFirst.index, length: monthFirst[0].length };
  }
  const short = reading.roles.shortRange.exec(text);
  const match = reading.roles.dateRange.exec(text);
  if (short?.[1] && (!match || short.index < match.index)) {
    return { start: short[1], end: short[2] ?? null, index: short.index, length: short[0].length };
  }
  if (!match || match[1] === undefined) return null;
  // "Summer 2012 and 2013" names two summers, not a range that ends in 2013.
  if (
    match[2] !== undefined &&
    reading.roles.listBetween.test(
      text.slice(match.index, match.index + match[0].length).slice(match[1].length, match[0].length - match[2].length),
    )
  ) {
    return {
      start: match[0].replace(reading.roles.sinceAtStart, ""),
      end: null,
      index: match.index,
      length: match[0].length,
    };
  }
  const openEnded = match[2] === undefined ? /^\s*[–—-](?=\s|$)/.exec(text.slice(match.index + match[0].length)) : null;
  const length = match[0].length + (openEnded ? openEnded[0].length : 0);
  return { start: match[1], end: match[2] ?? null, index: match.index, length };
}

export function hasTitleWord(reading: ReadingWords, text: string): boolean {
  return reading.roles.titleWord.test(text);
}

const wrappers = /^[\s{},;:|·•—–/*_\uE000-]+|[\s{},;:|·•—–/*_\uE000-]+$/g;

function tidy(part: string): string {
  let text = part.replace(/\(\s*\)|\[\s*\]/g, " ").replace(wrappers, "");
  // A bracket whose partner was cut off by a separator or the dates goes; "Engineer (Commerce)"
  // keeps both.
  for (const [open, close] of [
    ["(", ")"],
    ["[", "]"],
  ] as const) {
    if (text.split(open).length !== text.split(close).length) text = text.replaceAll(open, " ").replaceAll(close, " ");
  }
  text = text.replace(wrappers, "").replace(/\s+/g, " ").trim();
  return text === part ? text : tidy(text);
}

/** "Boston MA", "Amherst, MA", "Madrid, Spain", "Remote", "New York": a place, or a way of working. */
export function isLocation(reading: ReadingWords, text: string): boolean {
  const value = tidy(text);
  if (value === "") return false;
  if (reading.roles.workMode.test(value) || reading.roles.placeName.test(value) || reading.roles.regionCode.test(value))
    return true;
  const parts = value.split(/\s*,\s*/);
  const last = parts[parts.length - 1] ?? "";
  const known = (part: string) => reading.roles.placeName.test(part) || reading.roles.regionCode.test(part);
  const plainName = (part: string) => /^\p{Lu}[\p{L}.'’ -]*$/u.test(part) && !reading.roles.nameJoiner.test(part);
  if (parts.length >= 2 && parts.length <= 3 && parts.every(plainName) && known(last)) {
    // "Hurricane, Utah", "Seoul, S.Korea", "New York, NY, USA": a region or country last, and in
    // three parts a known city first or a region code in the middle, so "Acme Labs, Amherst, MA"
    // and "BlueWave Partners, Washington, DC" stay a name and a place.
    if (
      parts.length === 2 ||
      reading.roles.regionCode.test(parts[1] ?? "") ||
      reading.roles.placeName.test(parts[0] ?? "")
    )
      return true;
  }
  // "Somerville MA": a capitalised name and a region code.
  const spaced = /^(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})\s(\p{Lu}{2,3})$/u.exec(value);
  return spaced !== null && reading.roles.regionCode.test(spaced[2] ?? "") && !hasTitleWord(reading, spaced[1] ?? "");
}

/** The date range's place in a line once it is taken out: a separator as strong as a pipe. */
const DATE_MARK = "\uE000";

/** Marks that always separate the fields of a header: pipes, dots, spaced dashes, wide gaps. */
const strongSeparator = new RegExp(
  `\\s+[|·•—–]\\s*|\\s*[|·•]\\s+|\\s[—–]|[—–]\\s|\\s{2,}|\\t|\\s*${DATE_MARK}\\s*`,
  "u",
);
/** Marks that separate fields only where no strong mark does: "Acme - Engineer (Remote)". */
const weakSeparator = /\s+-{1,2}\s+/u;
/** "Atom Logistics -Amazon Driver", "Acme—Engineer": a dash joined to the next field only. */
const joinedDash = /\s-(?=\p{Lu})|(?<=\S)—(?=\p{Lu})/u;

/**
 * Splits a header line at the marks people put between title, organisation, place and dates.
 * When pipes, dots or spaced dashes split it, those are the fields, and a spaced hyphen inside
 * one stays ("Data Scientist (ORSA) | U.S. Army - MICC"); otherwise spaced hyphens separate too
 * ("Acme - Engineer"). Parentheses stay with their field, but employment words and ways of
 * working in them ("(Freelance)", "(part time job)", "(Remote)") come out.
 */
function segments(reading: ReadingWords, text: string): { pieces: string[]; strong: boolean } {
  const employment: string[] = [];
  const bare = text.replace(/\(([^()]*)\)|\[([^[\]]*)\]/g, (whole, round?: string, square?: string) => {
    const inner = tidy(round ?? square ?? "");
    // "(Freelance)", and "(Remote)" after a place: how the job was held, not a field of its own.
    if (!reading.roles.employment.test(inner) && !reading.roles.workMode.test(inner)) return whole;
    employment.push(inner);
    return " ";
  });
  const strongPieces = bare
    .split(strongSeparator)
    .map(tidy)
    .filter((piece) => piece !== "");
  // Two fields besides the dates, split by a pipe, a dot or a spaced dash.
  const strong = strongPieces.length > 1;
  const pieces = strongPieces
    // "Engineer at Acme" splits; "The Go Club at UMD", with no job before "at", is one name.
    .flatMap((piece) => {
      const [before, ...after] = piece.split(reading.roles.atSeparator);
      return before !== undefined && after.length > 0 && hasTitleWord(reading, before) ? [before, ...after] : [piece];
    })
    .flatMap((piece) => piece.split(joinedDash))
    .flatMap((piece) => (strong ? [piece] : piece.split(weakSeparator)))
    .map(tidy)
    .filter((piece) => piece !== "");
  return { pieces: [...pieces, ...employment], strong };
}

const capitalisedWord = /^\p{Lu}[\p{L}.'’-]*$/u;

/** "Boston MA & Cambridge, MA": places joined by "&" or "and" are one location. */
function isPlaceList(reading: ReadingWords, text: string): boolean {
  const places = text.split(reading.roles.placeJoiner);
  return (
    places.length > 1 &&
    places.every(
      (place) => isLocation(reading, place) || place.split(" ").every((word) => capitalisedWord.test(word)),
    ) &&
    places.some((place) => isLocation(reading, place))
  );
}

/**
 * "University of Massachusetts, Amherst, MA" is an organisation and a place; "Omnious. Co., Ltd."
 * one organisation; "Fernleaf Payments, Senior Engineer" a name and a title. Commas split a part
 * where a place or a company suffix says where, and between a name and titles only when no other
 * field names the organisation (`named`).
 */
function splitCommas(reading: ReadingWords, part: string, named: boolean): string[] {
  // "Consultant / Self-employed": a title and a name; "Engineer / Analyst" stays one title.
  const slashed = part.split(/\s+\/\s+/);
  if (slashed.length > 1 && slashed.some((piece) => reading.roles.selfEmployed.test(piece)))
    return slashed.flatMap((piece) => splitCommas(reading, piece, named));
  const pieces = part.split(/\s*,\s*/).filter((piece) => piece !== "");
  if (pieces.length < 2) return [part];
  for (let at = 1; at < pieces.length; at++) {
    const place = pieces.slice(at).join(", ");
    if (isLocation(reading, place) || isPlaceList(reading, place))
      return [...splitCommas(reading, pieces.slice(0, at).join(", "), named), place];
  }
  if (named) return [part];
  // "Search Department, Rakuten Group Inc": a unit, then the company that names itself as one.
  const suffixed = pieces.map((piece) => reading.roles.organisationSuffix.test(` ${piece}`));
  if (suffixed.filter(Boolean).length === 1 && suffixed.at(-1) && !pieces.some((piece) => hasTitleWord(reading, piece)))
    return pieces;
  const titled = pieces.map((piece) => hasTitleWord(reading, piece));
  if (
    titled.some(Boolean) &&
    !titled.every(Boolean) &&
    !pieces.some((piece) => reading.roles.organisationSuffix.test(` ${piece}`))
  )
    return pieces;
  return [part];
}

/** "We4IT GmbH Bremen": a place written straight after a company suffix. */
function splitAfterSuffix(reading: ReadingWords, part: string): string[] {
  const match = /^(.+?\s(\S+))\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)$/u.exec(part);
  if (!match?.[1] || !match[2] || !match[3] || !reading.roles.organisationSuffix.test(` ${match[2]}`)) return [part];
  return [match[1], match[3]];
}

/** "CROWDSTRIKE Senior SE": a name in capitals run straight into a title. */
function splitCapitalisedName(reading: ReadingWords, piece: string): string[] {
  const match = /^((?:\p{Lu}[\p{Lu}\d&.'-]+\s)+)(\p{Lu}\p{Ll}.*)$/u.exec(piece);
  if (!match?.[1] || !match[2] || hasTitleWord(reading, match[1]) || !hasTitleWord(reading, match[2])) return [piece];
  // "HP Laptop Technician", "AI Intern": a short acronym is part of the title.
  const name = match[1].trim();
  if (!name.includes(" ") && name.length < 5) return [piece];
  return [match[1].trim(), match[2]];
}

const emojiStart = /^[\p{Extended_Pictographic}\p{So}]/u;

/** Reads a header line into its parts, or null when it is too long or too sentence-like to be one. */
export function readRoleParts(reading: ReadingWords, text: string): RoleParts | null {
  const line = text.replace(/\s+/g, " ").trim();
  const words = line === "" ? 0 : line.split(" ").length;
  if (words === 0 || words > 20 || emojiStart.test(line)) return null;
  const range = findDateRange(reading, line);
  // "From 2012 – Present": the word before the dates belongs to them.
  const before = range ? line.slice(0, range.index).replace(reading.roles.beforeDates, "") : line;
  const rest = range ? `${before}${DATE_MARK}${line.slice(range.index + range.length)}` : line;
  const parts: RoleParts = {
    titles: [],
    organisations: [],
    names: [],
    locations: [],
    employment: [],
    start: range?.start ?? null,
    end: range?.end ?? null,
    words,
    titleList: false,
    namedAt: false,
  };
  const atSplit = reading.roles.atSeparator.exec(rest);
  const { pieces, strong } = segments(reading, rest);
  // In a line split by pipes or dots, a field that is neither a title nor a place names the organisation.
  const named =
    strong &&
    pieces.filter(
      (piece) => !hasTitleWord(reading, piece) && !isLocation(reading, piece) && !reading.roles.employment.test(piece),
    ).length > 0;
  for (const segment of pieces) {
    const split =
      isLocation(reading, segment) || isPlaceList(reading, segment) ? [segment] : splitCommas(reading, segment, named);
    const titlesBefore = parts.titles.length;
    for (const piece of split
      .flatMap((part) => splitAfterSuffix(reading, part))
      .flatMap((part) => splitCapitalisedName(reading, part))) {
      if (reading.roles.employment.test(piece)) parts.employment.push(piece);
      else if (isLocation(reading, piece) || isPlaceList(reading, piece)) parts.locations.push(piece);
      else if (hasTitleWord(reading, piece) && piece.split(" ").length <= 10) parts.titles.push(piece);
      else if (reading.roles.organisationSuffix.test(` ${piece}`) || (atSplit && rest.indexOf(piece) > atSplit.index)) {
        parts.organisations.push(piece);
        if (atSplit && rest.indexOf(piece) > atSplit.index) parts.namedAt = true;
      } else parts.names.push(piece);
    }
    // "SALSIFY, Staff SE, Senior SE3": one organisation, two short titles held there in turn.
    const added = parts.titles.slice(titlesBefore);
    if (split.length > 2 && added.length >= 2 && added.every((title) => title.split(" ").length <= 3))
      parts.titleList = true;
  }
  // "Freelancer" or "Internship" alone is the job's title; beside a title it only qualifies it.
  const titled = parts.employment.findIndex((word) => hasTitleWord(reading, word));
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
export function parseRoleLine(
  reading: ReadingWords,
  text: string,
  options: { requireDates: boolean },
): RoleLine | null {
  const parts = readRoleParts(reading, text);
  return parts !== null && hasRoleLineShape(reading, text, parts, options) ? roleFromParts(parts) : null;
}

/** Whether a line read into `parts` has the shape of a role line (see `parseRoleLine`). */
export function hasRoleLineShape(
  reading: ReadingWords,
  text: string,
  parts: RoleParts,
  options: { requireDates: boolean },
): boolean {
  const trimmed = text.trim();
  // "Hired 4 engineers in 2022.": a sentence that opens with a past-tense verb is a claim.
  if (reading.roles.pastTenseOpening.test(trimmed)) return false;
  const sentence = /[.!?]$/.test(trimmed) && !reading.roles.organisationSuffix.test(trimmed);
  const dated = parts.start !== null;
  if (!dated) return !(options.requireDates || parts.words > 12 || sentence || parts.titles.length === 0);
  // "Worked on the 2021 redesign": a lone year in a sentence is not a role's date range.
  if (parts.end === null && (sentence || parts.titles.length === 0)) return false;
  if (sentence && parts.words > 6) return false;
  if (parts.titles.length === 0 && parts.names.length + parts.organisations.length > 2) return false;
  // Every part of a header is short; a clause is not a name.
  return ![...parts.titles, ...parts.names].some((part) => part.split(" ").length > 10);
}

/** A copy whose lists can be changed without changing `parts`. */
export function copyParts(parts: RoleParts): RoleParts {
  return {
    ...parts,
    titles: [...parts.titles],
    organisations: [...parts.organisations],
    names: [...parts.names],
    locations: [...parts.locations],
    employment: [...parts.employment],
  };
}
