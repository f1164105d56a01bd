import { SignalCache } from "../analyse/analyse-document.js";
import { MarkdownPieceCache } from "../read/markdown.js";

/**
 * What an editor keeps between re-lints of one resume: its parsed Markdown pieces and its claim
 * signals, by their text, so a keystroke re-parses one piece and re-analyses one claim. Keep one
 * per open document: each lint forgets what the one before it used and this one did not.
 */
export class LintCache {
  readonly pieces = new MarkdownPieceCache();
  readonly signals = new SignalCache();

  endRun(): void {
    this.pieces.endRun();
    this.signals.endRun();
  }
}
