import roleWords from "./role-words.json" with { type: "json" };

export interface RoleLine {
  title: string;
  organisation: string | null;
  start: string | null;
  end: string | null;
}

const month =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const season = "(?:spring|summer|fall|autumn|winter)";
const year = "(?:19|20)\\d{2}";
const datePoint = `(?:(?:${month}|${season})\\s+${year}|\\d{1,2}[/.]${year}|${year}[-/.]\\d{1,2}(?!\\d)|${year})`;
const presentWord = `(?:${roleWords.presentWords.join("|")})`;
const rangeSeparator = "\\s*(?:–|—|-|‑|‐|−|~|to|until|till|→|->)\\s*";
const dateRangePattern = new RegExp(
  `(?<![\\p{L}\\d])(${datePoint})(?:${rangeSeparator}(${datePoint}|${presentWord}))?(?![\\p{L}\\d])`,
  "iu",
);
const titleWordPattern = new RegExp(`(?<![\\p{L}])(?:${roleWords.titleWords.join("|")})(?![\\p{L}])`, "iu");

export interface DateRange {
  start: string;
  end: string | null;
  index: number;
  length: number;
}

export function findDateRange(text: string): DateRange | null {
  const match = dateRangePattern.exec(text);
  if (!match || match[1] === undefined) return null;
  // "2024– CROWDSTRIKE": a range left open after its dash runs to the present.
  const openEnded = match[2] === undefined ? /^\s*[–—-](?=\s|$)/.exec(text.slice(match.index + match[0].length)) : null;
  if (openEnded) {
    return { start: match[1], end: "present", index: match.index, length: match[0].length + openEnded[0].length };
  }
  return { start: match[1], end: match[2] ?? null, index: match.index, length: match[0].length };
}

export function hasTitleWord(text: string): boolean {
  return titleWordPattern.test(text);
}

const wrappers = /^[\s([{,;:|·•—–/-]+|[\s)\]},;:|·•—–/-]+$/g;

function tidy(part: string): string {
  return part
    .replace(/\(\s*\)|\[\s*\]/g, " ")
    .replace(wrappers, "")
    .replace(/\s+/g, " ")
    .trim();
}

function splitTitleAndOrganisation(rest: string): { title: string; organisation: string | null } {
  const text = tidy(rest);
  for (const separator of roleWords.separators) {
    const at = text.toLowerCase().indexOf(separator);
    if (at <= 0) continue;
    const left = tidy(text.slice(0, at));
    const right = tidy(text.slice(at + separator.length));
    if (left === "" || right === "") continue;
    if (separator.trim() === "at" || separator.trim() === "@") return { title: left, organisation: right };
    // "Company, Title" as well as "Title, Company, City": the part naming a job is the title.
    const rightParts = right.split(/\s*,\s*/);
    const firstRight = rightParts[0] ?? right;
    if (!hasTitleWord(left) && hasTitleWord(firstRight)) {
      return { title: firstRight, organisation: left };
    }
    return { title: left, organisation: separator === ", " ? firstRight : right };
  }
  return { title: text, organisation: null };
}

/**
 * Reads a role line such as "Senior Engineer — Acme (2019–2024)", "Senior Engineer, Acme, 2019–2024"
 * or "Senior Engineer at Acme · 2019 – present". Returns null when the line does not look like one.
 */
export function parseRoleLine(text: string, options: { requireDates: boolean }): RoleLine | null {
  const words = text.trim().split(/\s+/).length;
  if (words > 20) return null;
  // "Hired 4 engineers in 2022." or "Mentored four engineers…": a sentence that opens with a
  // past-tense verb is a claim, whatever job words it mentions.
  if (/^[A-Z][a-z]+ed\s+[a-z0-9]/.test(text.trim())) return null;
  const range = findDateRange(text);
  const sentence = /[.!?]$/.test(text.trim());
  if (!range) {
    if (options.requireDates || words > 12 || sentence || !hasTitleWord(text)) return null;
    return { ...splitTitleAndOrganisation(text), start: null, end: null };
  }
  const rest = `${text.slice(0, range.index)} ${text.slice(range.index + range.length)}`;
  // "Worked on the 2021 redesign": a lone year in a sentence is not a role's date range.
  if (range.end === null && (sentence || !hasTitleWord(rest))) return null;
  // A sentence that merely mentions a year ("Shipped the 2021 redesign") is not a role line.
  if (/[.!?]\s*$/.test(rest.trim()) && rest.trim().split(/\s+/).length > 6) return null;
  return { ...splitTitleAndOrganisation(rest), start: range.start, end: range.end };
}
