import { createInterface } from "node:readline";
import type { OutputStream } from "./io.js";

/**
 * Asks until `accept` takes an answer: writes the question, reads a line, and on a refusal writes
 * its reason and asks again, at most `tries` times. Null when input ends or the tries run out.
 */
export async function ask<T>(
  input: NodeJS.ReadableStream,
  output: OutputStream,
  question: string,
  accept: (answer: string) => { value: T } | { reason: string },
  tries = 3,
): Promise<T | null> {
  const lines = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  const next = lines[Symbol.asyncIterator]();
  try {
    for (let attempt = 0; attempt < tries; attempt++) {
      output.write(question);
      const { value, done } = await next.next();
      if (done) return null;
      const answer = accept(String(value).trim());
      if ("value" in answer) return answer.value;
      output.write(`${answer.reason}\n`);
    }
    return null;
  } finally {
    lines.close();
  }
}
