import type { Vocabulary } from "../vocabulary/compile.js";

/** What every reader takes: the vocabulary whose words (section names, job titles, dates) it reads with. */
export interface ReadOptions {
  vocabulary: Vocabulary;
}
