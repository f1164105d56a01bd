import { distance } from "fastest-levenshtein";

/**
 * The known word nearest to `word`, when it is near enough to be a typo (a few letters off, case
 * aside); null otherwise, so a suggestion is never a wild guess.
 */
export function nearest(word: string, known: readonly string[]): string | null {
  const lower = word.toLowerCase();
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const candidateDistance = distance(lower, candidate.toLowerCase());
    if (candidateDistance < bestDistance) {
      best = candidate;
      bestDistance = candidateDistance;
    }
  }
  const allowed = Math.max(2, Math.floor(word.length / 3));
  return best !== null && bestDistance <= allowed ? best : null;
}

/** ` did you mean "x"?` when there is a near known word, else the empty string. */
export function didYouMean(word: string, known: readonly string[]): string {
  const suggestion = nearest(word, known);
  return suggestion === null ? "" : ` did you mean "${suggestion}"?`;
}
