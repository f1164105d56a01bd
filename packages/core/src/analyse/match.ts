import type { PhraseList, PhraseMatch, Token } from "./phrases.js";
import type { Match } from "./signals.js";

/** Small conversions between tokens, phrase matches and the `Match` spans signals carry. */

export function isYear(token: Token): boolean {
  return /^(?:19|20)\d{2}$/.test(token.norm);
}

export function toMatch(text: string, tokens: readonly Token[], match: PhraseMatch): Match {
  const start = (tokens[match.first] as Token).start;
  const end = (tokens[match.last - 1] as Token).end;
  return { text: text.slice(start, end), start, end };
}

export function tokenMatch(token: Token): Match {
  return { text: token.raw, start: token.start, end: token.end };
}

export function findAll(text: string, tokens: readonly Token[], list: PhraseList): Match[] {
  return list.findAll(tokens).map((match) => toMatch(text, tokens, match));
}
