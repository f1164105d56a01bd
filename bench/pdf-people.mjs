// Measures how the PDF reader reads one of the people-made PDFs in shared/realworld/pdf-people
// against our reading of its pages (bench/data/pdf-people-truth.json, fingerprints only). Used by
// bench/pdf-realworld.mjs to print the figures and by test/corpus/reading.test.ts to hold them.
import { fingerprint, normaliseText, wordsOf } from "./truth-text.mjs";

/** Whether a run of consecutive words in `stream` has the entry's first words, length and fingerprint. */
function occurs(stream, entry) {
  const start = entry.start.split(" ");
  for (let at = 0; at + entry.words <= stream.length; at++) {
    if (start.some((word, k) => stream[at + k] !== word)) continue;
    if (fingerprint(stream.slice(at, at + entry.words).join(" ")) === entry.sha1) return true;
  }
  return false;
}

/** Truth headings found in order among the headings read: a longest common subsequence. */
export function sectionsInOrder(expected, found) {
  const a = expected.map(normaliseText);
  const b = found.map(normaliseText);
  const table = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  return table[0][0];
}

/**
 * Bullets and prose paragraphs read whole as one claim (or prose as consecutive claims), separate
 * lines glued onto the start or end of a longer claim, sections found in order (either column
 * first), column switches beyond one per extra column, and whether the reading warning is due.
 */
export function measurePeoplePdf(entry, document) {
  const claimPrints = new Set(document.claims.map((claim) => fingerprint(claim.text)));
  const claimWords = document.claims.map((claim) => wordsOf(claim.text));
  const stream = claimWords.flat();
  const missed = entry.bullets.filter((bullet) => !claimPrints.has(bullet.sha1));
  const proseMissed = entry.prose.filter((paragraph) => !claimPrints.has(paragraph.sha1) && !occurs(stream, paragraph));
  const edges = (words, line) => [words.slice(0, line.words), words.slice(words.length - line.words)];
  const glued = entry.separate.filter((line) =>
    claimWords.some((words) => words.length > line.words && edges(words, line).some((part) => occurs(part, line))),
  );
  const headings = document.sections.map((section) => normaliseText(section.heading).replace(/[:\s]+$/, ""));
  const columnOf = new Map(
    entry.sections.flatMap((column, index) => column.map((name) => [normaliseText(name), index])),
  );
  const expected = entry.sections.flat();
  const orders = entry.sections.length === 2 ? [expected, [...entry.sections[1], ...entry.sections[0]]] : [expected];
  const found = Math.max(...orders.map((order) => sectionsInOrder(order, headings)));
  const columnsRead = headings.map((heading) => columnOf.get(heading)).filter((column) => column !== undefined);
  const switches = columnsRead.filter((column, index) => index > 0 && column !== columnsRead[index - 1]).length;
  return {
    bullets: entry.bullets.length,
    whole: entry.bullets.length - missed.length,
    missed,
    prose: entry.prose.length,
    proseWhole: entry.prose.length - proseMissed.length,
    proseMissed,
    glued,
    sections: expected.length,
    found,
    headings,
    mixed: Math.max(0, switches - (entry.sections.length - 1)),
    warned:
      document.claims.some((claim) => claim.unreliable !== undefined) || (document.picturedPages?.length ?? 0) > 0,
  };
}
