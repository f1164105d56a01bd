/**
 * A small phrase language for the lexicon files, so word lists stay data a writer can edit:
 * tokens are separated by spaces; `a|b` is a choice; `word*` matches any word starting with
 * "word"; `<num>` a number or number word; `<any>` any one word; a trailing `?` makes a token
 * optional; `/regex/` matches a word by regular expression.
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

const numberWords = new Map<string, number>(
  Object.entries({
    a: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    dozen: 12,
    dozens: 24,
    hundred: 100,
    hundreds: 200,
    thousands: 2000,
  }),
);

/** The value of a number token ("14", "1,500", "2.5k", "fourteen", "10+"), or null. */
export function numberValue(norm: string): number | null {
  if (norm !== "a" && numberWords.has(norm)) return numberWords.get(norm) ?? null;
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

function compileToken(source: string): PatternToken {
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
    if (choice === "<num>") patterns.push((token) => numberValue(token.norm) !== null && token.norm !== "a");
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

  constructor(readonly source: string) {
    const sources = source.trim().split(/\s+/);
    this.tokens = sources.map(compileToken);
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

  constructor(sources: readonly string[]) {
    for (const phrase of sources.map((source) => new Phrase(source))) {
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
