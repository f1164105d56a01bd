/**
 * Character-level repairs for text extracted from PDF fonts: icon glyphs, control characters that
 * TeX's font encodings put where Unicode would not, and small caps that extract as mixed case.
 */

/** Fonts whose glyphs are list markers and symbols: Symbol, Wingdings, Zapf Dingbats. */
const symbolFont = /symbol|wingding|webding|dingbat|zapf/i;

export function isSymbolFont(fontName: string): boolean {
  return symbolFont.test(fontName) && !/symbola|sourcesans/i.test(fontName);
}

/** Fonts whose glyphs are pictures (contact icons, stars, logos), never words. */
const iconFont =
  /fontawesome|awesome|academicons|marvosym|simpleicons|simple-?icons|materialicons|material\s?(?:design\s?)?icons|ionicons|glyphicons|octicons|feather|bootstrap-?icons|devicon|socicon|typicons|entypo|fontello|icomoon|tabler|phosphor|lucide|remixicon|openmoji|notocoloremoji|emoji/i;

export function isIconFont(fontName: string): boolean {
  return iconFont.test(fontName);
}

/** Names that mark a bold face: "Bold", "Semibold", "Black", "Heavy", "Bd", Computer Modern's "CMBX". */
const boldName =
  /bold|black|heavy|semibd|demi|(?:^|[-_,+ ])(?:bd|sb|b)(?:$|[-_,+ ]|it)|[-+]?cmbx|cmb\d|lmroman\d*-bold|ec-?bx|bx\d{2}|(?:^|\+)sfbx|(?:^|\+)pplb|(?:^|\+)ptmb|(?:^|\+)phvb/i;

export function isBoldFont(fontName: string, flaggedBold: boolean): boolean {
  // Subset prefixes ("ABCDEF+") carry no meaning.
  const name = fontName.replace(/^[A-Z]{6}\+/, "");
  return flaggedBold || boldName.test(name);
}

/**
 * TeX's T1 (Cork) encoding puts quotes, dashes and ligatures below U+0020. PDFs built with Type 3
 * bitmap fonts or without a ToUnicode map hand those codes through unchanged.
 */
const t1Controls: Record<number, string> = {
  13: ",",
  14: "‹",
  15: "›",
  16: "“",
  17: "”",
  18: "„",
  19: "«",
  20: "»",
  21: "–",
  22: "—",
  23: "",
  25: "ı",
  26: "ȷ",
  27: "ff",
  28: "fi",
  29: "fl",
  30: "ffi",
  31: "ffl",
};

/** Bullet glyphs at the start of a line, whatever font drew them. */
export const BULLET_CHARS = new Set([
  "•",
  "●",
  "▪",
  "■",
  "◦",
  "○",
  "◆",
  "◇",
  "‣",
  "∙",
  "·",
  "⋅",
  "∗",
  "*",
  "►",
  "▸",
  "▶",
  "➢",
  "➤",
  "✓",
  "✔",
  "❖",
  "♦",
  "□",
  "☐",
  "❯",
  "›",
  "»",
  "⁃",
  "∘",
  "⊳",
  "▹",
  "▻",
  "–",
  "—",
  "-",
  "␣",
  "\u0088",
  "\uF0B7",
  "\uF0A7",
  "\uF0D8",
  "\uF076",
  "\uF0FC",
  "\uF0A8",
  "\uF06E",
]);

/** Dashes open a bullet only when they stand apart from the text that follows them. */
export const DASH_BULLETS = new Set(["–", "—", "-", "*"]);

/** Invisible format marks that extraction sometimes keeps. */
const formatMarks = /[\u200B\u2060\uFEFF]/g;

/**
 * Repairs one run of extracted text. Returns the text and how many characters could not be
 * decoded at all (U+FFFD, private-use glyphs), which decides whether the PDF is readable.
 */
export function repairRun(text: string): { text: string; undecodable: number } {
  let undecodable = 0;
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0x88) {
      // TeX's TS1 (textcomp) encoding puts \textbullet at 136.
      out += "•";
      continue;
    }
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f)) {
      const mapped = t1Controls[code];
      if (mapped !== undefined) {
        out += mapped;
        continue;
      }
      // A glyph whose map names no character (a ligature, often): it keeps its place as U+FFFD,
      // which the line builder keeps only inside a word.
      undecodable++;
      out += "\uFFFD";
      continue;
    }
    if (code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)) {
      undecodable++;
      // Symbol and Wingdings bullets survive as private-use codes; the caller decides.
      if (BULLET_CHARS.has(char)) out += char;
      continue;
    }
    out += char;
  }
  return { text: out.replace(formatMarks, ""), undecodable };
}

/**
 * Small caps set in a font whose small "i" (or accented letters) map to lower case extract as
 * "SiTE RELiABiLiTY ENGiNEER" or "KüSTER". A run whose words are all capitals apart from such
 * letters is upper-cased.
 */
export function fixSmallCaps(text: string): string {
  const words = text.split(/(\s+)/);
  let mixed = 0;
  let caps = 0;
  for (const word of words) {
    const letters = word.replace(/[^\p{L}]/gu, "");
    if (letters === "") continue;
    const upper = letters.replace(/[^\p{Lu}]/gu, "");
    const lower = letters.replace(/[^\p{Ll}]/gu, "");
    if (lower === "") {
      if (upper.length >= 1) caps++;
      continue;
    }
    // Lower-case letters only where a small-caps font failed: "i", "j" and non-ASCII letters.
    if (upper.length >= 2 && /^[ij\u00DF-\u00FF\u0100-\u024F]+$/u.test(lower) && lower.length < upper.length) {
      mixed++;
      continue;
    }
    return text;
  }
  if (mixed === 0 || mixed + caps < 2) return text;
  return text.toUpperCase();
}
