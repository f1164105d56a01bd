/**
 * The same input gives the same level scores and messages on every run: no ordering that depends
 * on a map's history, no time, no randomness. Each resume is linted several times, in a fresh
 * order each round, and the JSON output must not change.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatJson, lintText, readPosting } from "@reslint/core";
import { rules, vocabulary } from "@reslint/rules";
import { describe, expect, it } from "vitest";

const corpus = fileURLToPath(new URL("../corpus/level/", import.meta.url));
const resumes = readdirSync(join(corpus, "resumes"))
  .filter((name) => name.endsWith(".md"))
  .sort()
  .slice(0, 8);
const posting = readPosting(readFileSync(join(corpus, "postings", "osprey-staff-architecture.md"), "utf8"), vocabulary);

function lintAll(names: readonly string[]): Map<string, string> {
  const outputs = new Map<string, string>();
  for (const name of names) {
    const text = readFileSync(join(corpus, "resumes", name), "utf8");
    const result = lintText(text, { level: "staff", rules, posting, filePath: name, vocabulary });
    outputs.set(name, formatJson([result]));
  }
  return outputs;
}

describe("level results are deterministic", () => {
  it("gives byte-identical JSON, level and worksheet included, across runs and run orders", () => {
    const first = lintAll(resumes);
    for (const order of [[...resumes].reverse(), [...resumes.slice(3), ...resumes.slice(0, 3)]]) {
      const again = lintAll(order);
      for (const name of resumes) expect(again.get(name), name).toBe(first.get(name));
    }
    const sample = JSON.parse(first.get(resumes[0] as string) as string)[0];
    expect(sample.level.lenses.scope.score).toBeTypeOf("number");
    expect(sample.level.posting.worksheet).toHaveLength(7);
  });

  it("reads a posting the same way every time", () => {
    const text = readFileSync(join(corpus, "postings", "osprey-staff-architecture.md"), "utf8");
    const first = JSON.stringify(readPosting(text, vocabulary));
    for (let run = 0; run < 3; run++) expect(JSON.stringify(readPosting(text, vocabulary))).toBe(first);
  });
});
