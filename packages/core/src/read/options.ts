import type { Vocabulary } from "../vocabulary/compile.js";
import type { ReadLimits } from "./read-limits.js";

/** What every reader takes: the vocabulary whose words (section names, job titles, dates) it reads with. */
export interface ReadOptions {
  vocabulary: Vocabulary;
  /** Lower limits than the built-in ones, from a config. */
  limits?: ReadLimits;
}
