/** A file that could not be read, with one sentence saying what is wrong and what to do. */
export class ResumeReadError extends Error {
  override readonly name = "ResumeReadError";
}
