/**
 * A small phrase language for the vocabulary files, so word lists stay data a writer can edit:
 * tokens are separated by spaces; `a|b` is a choice; `word*` matches any word starting with
 * "word"; `<num>` a number or number word; `<any>` any one word; a trailing `?` makes a token
 * optional; `/regex/` matches a word by regular expression. The language knows no words of its
 * own: number words come from the vocabulary.
 */

export interface Token {
  /** Lower-case, apostrophes normalised. */
  norm: string;
  raw: string;
  start: number;
  end: number;
}

const wordPattern = /[\p{L}\p{N}$€£#]+(?:[-'’.,/:&][\p{L}\p{N}]+)*[+%#]*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const raw = match[0];
    const start = match.index;
    tokens.push({ raw, norm: raw.toLowerCase().replace(/’/g, "'"), start, end: start + raw.length });
  }
  return tokens;
}

/** Number words and their values ("two" → 2), from the vocabulary; figures in digits need none. */
export type NumberWords = ReadonlyMap<string, number>;

/** No number words: only figures written in digits are numbers. */
export const NO_NUMBER_WORDS: NumberWords = new Map();

/** The value of a number token ("14", "1,500", "2.5k", "10+", or a number word such as "fourteen"), or null. */
export function numberValue(norm: string, numberWords: NumberWords = NO_NUMBER_WORDS): number | null {
  const word = numberWords.get(norm);
  if (word !== undefined) return word;
  const match = /^(\d+(?:[.,]\d+)*)([kmb])?\+?$/.exec(norm);
  if (!match || match[1] === undefined) return null;
  const base = Number(match[1].replace(/,/g, ""));
  const scale = match[2] === "k" ? 1e3 : match[2] === "m" ? 1e6 : match[2] === "b" ? 1e9 : 1;
  return Number.isFinite(base) ? base * scale : null;
}

type TokenTest = (token: Token) => boolean;

interface PatternToken {
  test: TokenTest;
  optional: boolean;
}

function compileToken(source: string, numberWords: NumberWords): PatternToken {
  let text = source;
  const optional = text.length > 1 && text.endsWith("?") && !text.startsWith("/");
  if (optional) text = text.slice(0, -1);
  if (text.startsWith("/") && text.endsWith("/") && text.length > 2) {
    const pattern = new RegExp(text.slice(1, -1), "u");
    return { optional, test: (token) => pattern.test(token.norm) };
  }
  // Plain words are looked up in a set; only patterns need a test of their own.
  const words = new Set<string>();
  const patterns: TokenTest[] = [];
  for (const choice of text.split("|")) {
    if (choice === "<num>") patterns.push((token) => numberValue(token.norm, numberWords) !== null);
    else if (choice === "<any>") patterns.push(() => true);
    else if (choice.endsWith("*")) {
      const prefix = choice.slice(0, -1);
      patterns.push((token) => token.norm.startsWith(prefix));
    } else words.add(choice);
  }
  if (patterns.length === 0) return { optional, test: (token) => words.has(token.norm) };
  return { optional, test: (token) => words.has(token.norm) || patterns.some((pattern) => pattern(token)) };
}

export class Phrase {
  private readonly tokens: PatternToken[];
  /** The plain words the phrase can start with, or null when its first token is a pattern. */
  readonly firstWords: readonly string[] | null;

  constructor(
    readonly source: string,
    numberWords: NumberWords = NO_NUMBER_WORDS,
  ) {
    const sources = source.trim().split(/\s+/);
    this.tokens = sources.map((token) => compileToken(token, numberWords));
    const first = sources[0] ?? "";
    const plain = !/[?*<>/]/.test(first);
    this.firstWords = plain ? first.split("|") : null;
  }

  /** Length in tokens of the match starting at `at`, or -1. Optional tokens are tried greedily. */
  matchAt(tokens: readonly Token[], at: number, patternIndex = 0): number {
    if (patternIndex === this.tokens.length) return 0;
    const pattern = this.tokens[patternIndex] as PatternToken;
    const token = tokens[at];
    if (token && pattern.test(token)) {
      const rest = this.matchAt(tokens, at + 1, patternIndex + 1);
      if (rest >= 0) return rest + 1;
    }
    if (pattern.optional) return this.matchAt(tokens, at, patternIndex + 1);
    return -1;
  }
}

export interface PhraseMatch {
  phrase: Phrase;
  /** Token index of the first matched token. */
  first: number;
  /** Token index after the last matched token. */
  last: number;
}

export class PhraseList {
  /** Phrases by the plain words they start with, so a token is only tried against likely phrases. */
  private readonly byFirstWord = new Map<string, Phrase[]>();
  private readonly unindexed: Phrase[] = [];

  constructor(sources: readonly string[], numberWords: NumberWords = NO_NUMBER_WORDS) {
    for (const phrase of sources.map((source) => new Phrase(source, numberWords))) {
      if (phrase.firstWords === null) {
        this.unindexed.push(phrase);
        continue;
      }
      for (const word of phrase.firstWords) {
        const list = this.byFirstWord.get(word) ?? [];
        list.push(phrase);
        this.byFirstWord.set(word, list);
      }
    }
  }

  /** The longest phrase matching at `at`, or null. */
  matchAt(tokens: readonly Token[], at: number): PhraseMatch | null {
    const token = tokens[at];
    if (!token) return null;
    // Runs for every token of every claim: no arrays are built here, to keep the editor's lint cheap.
    let best: Phrase | null = null;
    let bestLength = 0;
    const indexed = this.byFirstWord.get(token.norm);
    const count = (indexed?.length ?? 0) + this.unindexed.length;
    for (let index = 0; index < count; index++) {
      const phrase = (
        indexed && index < indexed.length ? indexed[index] : this.unindexed[index - (indexed?.length ?? 0)]
      ) as Phrase;
      const length = phrase.matchAt(tokens, at);
      if (length > bestLength) {
        best = phrase;
        bestLength = length;
      }
    }
    return best === null ? null : { phrase: best, first: at, last: at + bestLength };
  }

  /** Every non-overlapping match, left to right, longest first at each position. */
  findAll(tokens: readonly Token[]): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    for (let at = 0; at < tokens.length; ) {
      const match = this.matchAt(tokens, at);
      if (match) {
        matches.push(match);
        at = match.last;
      } else {
        at++;
      }
    }
    return matches;
  }
}

/**
 * What is wrong with one plain word of a phrase or word list, said so that a writer can fix it, or
 * null: it must be one word as `tokenize` reads text, in lower case.
 */
export function wordProblem(word: string): string | null {
  if (word.trim() === "") return "is empty; write a word or remove the entry.";
  const tokens = tokenize(word);
  const only = tokens.length === 1 ? (tokens[0] as Token) : null;
  if (only && only.raw === word && only.norm === word) return null;
  if (only && only.raw === word && word.includes("’"))
    return "has a curly apostrophe (’); write a straight one (') instead.";
  if (only && only.raw === word)
    return `has capital letters, which never match (text is compared in lower case); write "${only.norm}".`;
  if (/\s/.test(word))
    return "holds a space; in a word list each entry is one word (use a phrase list for several words).";
  const read = tokens.map((token) => token.raw);
  return read.length === 0
    ? "is no word as reslint reads text (it has no letter or digit), so it never matches; remove it."
    : `is not one word as reslint reads text (it reads ${read.map((part) => `"${part}"`).join(" then ")}), so it never matches; write ${read.length === 1 ? `"${read[0]}"` : "the words separated by spaces in a phrase list"}.`;
}

/** What is wrong with one token of a phrase, or null. */
function tokenProblem(source: string): string | null {
  if (source.startsWith("/")) {
    if (source.length < 3 || !source.endsWith("/"))
      return `has an unclosed '/' in ${source}; end the regular expression with '/' (no '?' after it), or remove the '/'.`;
    try {
      new RegExp(source.slice(1, -1), "u");
      return null;
    } catch (error) {
      return `has a regular expression that does not compile (${(error as Error).message}); fix it or write the words out.`;
    }
  }
  const text = source.length > 1 && source.endsWith("?") ? source.slice(0, -1) : source;
  for (const choice of text.split("|")) {
    if (choice === "")
      return `has an empty choice in "${source}" (two '|' together, or one at an end); remove the extra '|'.`;
    if (choice === "<num>" || choice === "<any>") continue;
    if (choice.includes("<") || choice.includes(">")) {
      if (choice.startsWith("<") && !choice.includes(">"))
        return `has an unclosed '<' in "${source}"; close it as <any> or <num>, or remove it.`;
      return `has "${choice}", which is no placeholder; use <any> for any one word or <num> for a number.`;
    }
    if (choice.includes("?"))
      return `has a '?' inside "${source}"; a '?' makes the whole token optional, so put it once at the token's end ("a|b?").`;
    const word = choice.endsWith("*") ? choice.slice(0, -1) : choice;
    if (word === "") return `has a lone '*' in "${source}", which matches every word; write <any> for that.`;
    if (word.includes("*")) return `has a '*' inside "${choice}"; a '*' only ends a word, as in "migrat*".`;
    const problem = choice.endsWith("*") ? null : wordProblem(word);
    if (problem) return `has "${word}", which ${problem}`;
    if (choice.endsWith("*") && word !== word.toLowerCase())
      return `has capital letters in "${choice}", which never match (text is compared in lower case); write "${choice.toLowerCase()}".`;
  }
  return null;
}

/**
 * What is wrong with a phrase of the phrase language, said so that a writer can fix it, or null.
 * Checked when a vocabulary file is loaded, so a mistake names its file and entry instead of
 * silently matching nothing.
 */
export function phraseProblem(source: string): string | null {
  const tokens = source.trim().split(/\s+/);
  if (source.trim() === "") return "is empty; write a phrase or remove the entry.";
  for (const token of tokens) {
    const problem = tokenProblem(token);
    if (problem) return problem;
  }
  const optional = (token: string) => token.length > 1 && token.endsWith("?") && !token.startsWith("/");
  if (tokens.every(optional)) return "has only optional tokens, so it never matches; make one of them required.";
  return null;
}
