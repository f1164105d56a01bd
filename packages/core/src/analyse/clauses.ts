import type { Lexicon } from "./lexicon.js";
import { tokenMatch } from "./match.js";
import type { Token } from "./phrases.js";
import type { MainVerb } from "./signals.js";

/**
 * Light syntax over a claim's tokens: where its main verb stands, where its sentences and clauses
 * open, and whether a word describes the writer. The words it relies on, and the word endings, are
 * data in the lexicon; every function takes the lexicon of the vocabulary in use.
 */

/** Whether a word is an adverb by its ending ("successfully", "gently"). */
export function isAdverb(lexicon: Lexicon, norm: string): boolean {
  return lexicon.wordForms.adverbEndings.some((ending) => norm.endsWith(ending));
}

/** Dictionary form of a verb, good enough for lexicon look-ups ("designed" → "design"). */
export function lemmaOf(lexicon: Lexicon, norm: string): string {
  const irregular = lexicon.irregularVerbs.get(norm);
  if (irregular) return irregular;
  const { replaced, stripped, silentE } = lexicon.wordForms;
  const candidates: string[] = [];
  for (const { ending, by } of replaced)
    if (norm.endsWith(ending)) candidates.push(`${norm.slice(0, -ending.length)}${by}`);
  for (const suffix of stripped) {
    if (!norm.endsWith(suffix) || norm.length <= suffix.length + 2) continue;
    const stem = norm.slice(0, -suffix.length);
    // "migrated" → "migrate", "handled" → "handle", "designed" → "design": the data says after
    // which letters a silent letter went with the ending.
    const restored = `${stem}${silentE.letter}`;
    candidates.push(...(silentE.after.test(stem) ? [restored, stem] : [stem, restored]));
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) candidates.push(stem.slice(0, -1));
  }
  return candidates.find((candidate) => lexicon.knownLemmas.has(candidate)) ?? candidates[0] ?? norm;
}

/** Index of the token where the main verb should stand, after any subject or adverb. */
export function mainVerbPosition(lexicon: Lexicon, tokens: readonly Token[], from = 0): number {
  let at = from;
  let adverbs = 0;
  while (at < tokens.length) {
    const norm = (tokens[at] as Token).norm;
    if (lexicon.leadingFiller.has(norm)) at++;
    else if (isAdverb(lexicon, norm) && adverbs < 2 && norm.length > 4) {
      at++;
      adverbs++;
    } else break;
  }
  return at;
}

/** Index of the first token after a short lead-in label ending in a colon, or null. */
export function labelEnd(text: string, tokens: readonly Token[]): number | null {
  for (let index = 0; index < Math.min(tokens.length - 1, 10); index++) {
    const between = text.slice((tokens[index] as Token).end, (tokens[index + 1] as Token).start);
    if (/:\s|[–—]\s/.test(between)) return index + 1;
  }
  return null;
}

/** "CUT for Kings …", "AWS …": a word in capitals is a name or an acronym, not a verb. */
export function isCapitalised(token: Token): boolean {
  return token.raw.length > 1 && token.raw === token.raw.toUpperCase() && /\p{Lu}/u.test(token.raw);
}

export function findMainVerb(lexicon: Lexicon, tokens: readonly Token[], at: number): MainVerb | null {
  const token = tokens[at];
  if (!token || isCapitalised(token)) return null;
  const lemma = lemmaOf(lexicon, token.norm);
  const verbLike =
    lexicon.knownLemmas.has(lemma) ||
    lexicon.wordForms.pastTense.test(token.norm) ||
    lexicon.irregularVerbs.has(token.norm) ||
    lexicon.weakOwnership.matchAt(tokens, at) !== null ||
    lexicon.leadership.matchAt(tokens, at) !== null ||
    lexicon.outcomes.matchAt(tokens, at) !== null;
  // "Engineer with two decades …", "Developer since 2010": a title naming the writer, not a verb.
  if (lexicon.roleNouns.has(token.norm) && lexicon.titleFollowers.has(tokens[at + 1]?.norm ?? "")) return null;
  // "Seasoned engineer …", "Lead Developer on …" open a noun phrase, not a clause.
  if (lexicon.nounPhraseOpeners.has(token.norm)) {
    const following = tokens.slice(at + 1, at + 3).map((next) => next.norm);
    if (following.some((word) => lexicon.roleNouns.has(word))) return null;
  }
  // "I was hired to …" has no verb of the writer's own; "was involved in" is caught as weak.
  if (lexicon.copulas.has(lemma) && !lexicon.weakOwnership.matchAt(tokens, at)) return null;
  return verbLike ? { ...tokenMatch(token), lemma } : null;
}

/** True when the token at `index` opens a clause: the main verb, or after a comma or a clause opener ("and", "which"…). */
export function opensClause(
  lexicon: Lexicon,
  text: string,
  tokens: readonly Token[],
  at: number,
  mainAt: number,
): boolean {
  if (at === mainAt) return true;
  let index = at;
  // ", massively improving throughput": look past adverbs to what opens the clause.
  while (index - 1 > mainAt && isAdverb(lexicon, (tokens[index - 1] as Token).norm)) index--;
  const previous = tokens[index - 1];
  if (!previous) return true;
  const between = text.slice(previous.end, (tokens[index] as Token).start);
  if (/[,;:(—–]|\s-\s/.test(between)) return true;
  return lexicon.outcomeClauseOpeners.has(previous.norm);
}

/** True when the verb at `at` stands in a "to" clause: "to influence", "to sense and influence", "to gently guide". */
export function afterTo(lexicon: Lexicon, tokens: readonly Token[], at: number): boolean {
  let index = at - 1;
  while (index >= 0 && isAdverb(lexicon, (tokens[index] as Token).norm)) index--;
  if (lexicon.verbJoiners.has(tokens[index]?.norm ?? "")) index -= 2;
  while (index >= 0 && isAdverb(lexicon, (tokens[index] as Token).norm)) index--;
  return lexicon.infinitiveMarkers.has(tokens[index]?.norm ?? "");
}

/** True when the token at `at` opens a sentence or follows a lead-in ("… retries. This …", "Billing: …"). */
export function opensSentence(text: string, tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1];
  const token = tokens[at];
  if (!previous || !token) return true;
  return /[.!?;:(•–—]|\n/.test(text.slice(previous.end, token.start));
}

/** False when a label such as "seasoned" describes someone the writer worked with. */
export function describesWriter(lexicon: Lexicon, tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1];
  if (!previous) return true;
  if (lexicon.objectMarkers.has(previous.norm)) return false;
  if (!lexicon.articles.has(previous.norm)) return true;
  const beforeArticle = tokens[at - 2];
  return !beforeArticle || lexicon.linkingVerbs.has(beforeArticle.norm);
}

/** "the newly designed components", "a newly formed team": a participle after a determiner describes a noun. */
export function isAdjectival(lexicon: Lexicon, tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1];
  const beforeAdverb = previous && isAdverb(lexicon, previous.norm) ? tokens[at - 2] : previous;
  return beforeAdverb !== undefined && lexicon.determiners.has(beforeAdverb.norm);
}

/** "a client", "Acme", "the retail division": a place someone goes to, not a verb. */
export function isPlace(lexicon: Lexicon, token: Token): boolean {
  return lexicon.placeOpeners.has(token.norm) || /^\p{Lu}/u.test(token.raw);
}

/**
 * Token indices where the verb of a clause stands, in reading order: the claim's main verb, each
 * sentence's, the verb after a subject pronoun ("Besides that, I also contributed to …"), after a
 * lead-in ("Acme hired me to assist …", "My role was to support …"), the second of two joined verbs
 * ("Listening and helping them …"), and a "to" clause after a verb of going ("Went on secondment
 * to a client to support …").
 */
export function clauseVerbPositions(
  lexicon: Lexicon,
  text: string,
  tokens: readonly Token[],
  mainAt: number,
  mainVerb: MainVerb | null,
): number[] {
  const positions = new Set<number>([mainAt]);
  for (const start of sentenceStarts(text, tokens, mainAt)) positions.add(mainVerbPosition(lexicon, tokens, start));
  tokens.forEach((token, index) => {
    if (lexicon.clauseSubjects.has(token.norm)) positions.add(mainVerbPosition(lexicon, tokens, index + 1));
    const leadIn = lexicon.clauseLeadIns.matchAt(tokens, index);
    if (leadIn) positions.add(mainVerbPosition(lexicon, tokens, leadIn.last));
  });
  // "Actively listening and helping them …": the joined verb need not be one the lexicon knows.
  const verbForm = mainVerb !== null || lexicon.wordForms.verbForm.test(tokens[mainAt]?.norm ?? "");
  if (verbForm && lexicon.verbJoiners.has(tokens[mainAt + 1]?.norm ?? "")) positions.add(mainAt + 2);
  if (mainVerb && lexicon.lightVerbs.has(mainVerb.lemma)) {
    // The first "to" that opens a verb rather than a place: "to a client", "to Acme" name where.
    const purpose = tokens.findIndex((token, index) => {
      const next = tokens[index + 1];
      return (
        index > mainAt && lexicon.infinitiveMarkers.has(token.norm) && next !== undefined && !isPlace(lexicon, next)
      );
    });
    if (purpose >= 0) positions.add(purpose + 1);
  }
  return [...positions].sort((a, b) => a - b);
}

/** Indices of the tokens after `from` that open a new sentence ("… retries. Involved in …"). */
export function sentenceStarts(text: string, tokens: readonly Token[], from: number): number[] {
  const starts: number[] = [];
  for (let index = from + 1; index < tokens.length; index++) {
    const between = text.slice((tokens[index - 1] as Token).end, (tokens[index] as Token).start);
    if (/[.!?;]\s/.test(between) && /^\p{Lu}/u.test((tokens[index] as Token).raw)) starts.push(index);
  }
  return starts;
}
