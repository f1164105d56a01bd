import { fileURLToPath } from "node:url";
import { analyseClaim, readVocabularyFolder, VOCABULARY_PARTS } from "@reslint/core";
import { describe, expect, it } from "vitest";
import { vocabulary, vocabularyData } from "./index.js";

describe("the built-in vocabulary", () => {
  it("is the data in vocabulary/*.yaml, as the build compiled it (run pnpm build after editing a file)", async () => {
    const { data, extensions } = await readVocabularyFolder(fileURLToPath(new URL("../vocabulary", import.meta.url)));
    expect(extensions).toEqual([]);
    expect(vocabularyData).toEqual(data);
  });

  it("defines every part, each with a description", () => {
    expect(Object.keys(vocabularyData).sort()).toEqual([...VOCABULARY_PARTS].sort());
    for (const part of VOCABULARY_PARTS) expect(vocabularyData[part].description.length, part).toBeGreaterThan(20);
  });

  it("is what a lint gets", () => {
    expect(analyseClaim("Led the migration of 40 services.", vocabulary).leadership.map((match) => match.text)).toEqual(
      ["Led"],
    );
  });
});
