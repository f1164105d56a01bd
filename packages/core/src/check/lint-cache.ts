import { SignalCache } from "../analyse/analyse-document.js";
import { MarkdownPieceCache } from "../read/markdown.js";
import type { Vocabulary } from "../vocabulary/compile.js";

/**
 * What an editor keeps between re-lints of one resume: its parsed Markdown pieces and its claim
 * signals, by their text, so a keystroke re-parses one piece and re-analyses one claim. Keep one
 * per open document: each lint forgets what the one before it used and this one did not.
 *
 * Signals depend on the vocabulary, so the cache holds the vocabulary it was filled with: a lint
 * with another one (a pack added, a config changed) starts it afresh rather than mixing the two.
 */
export class LintCache {
  private current: { vocabulary: Vocabulary; pieces: MarkdownPieceCache; signals: SignalCache } | null = null;

  /** The caches for `vocabulary`, emptied first when the last run used another one. */
  for(vocabulary: Vocabulary): { pieces: MarkdownPieceCache; signals: SignalCache } {
    if (this.current?.vocabulary !== vocabulary)
      this.current = { vocabulary, pieces: new MarkdownPieceCache(), signals: new SignalCache(vocabulary) };
    return this.current;
  }

  /** The vocabulary the cache holds signals for, or null before the first run. */
  get vocabulary(): Vocabulary | null {
    return this.current?.vocabulary ?? null;
  }

  endRun(): void {
    this.current?.pieces.endRun();
    this.current?.signals.endRun();
  }
}
