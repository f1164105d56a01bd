import { describe, expect, it } from "vitest";
import { matchesGlobs } from "./match.js";

const BASE = "/work/cv";
const taken = (globs: string[], files: string[]) =>
  files.filter((file) => matchesGlobs(globs, BASE, `${BASE}/${file}`));

const FILES = ["resume.md", "drafts/cv.md", "drafts/old/cv.md", "drafts/keep.md", "manager/cv.md", "a/manager/cv.md"];

describe("matchesGlobs", () => {
  it("takes a folder in by its name, with or without a slash or /**", () => {
    for (const glob of ["drafts", "drafts/", "drafts/**", "/drafts", "./drafts"])
      expect(taken([glob], FILES)).toEqual(["drafts/cv.md", "drafts/old/cv.md", "drafts/keep.md"]);
  });

  it("matches a glob with a slash from the config's folder, wildcards included", () => {
    expect(taken(["drafts/*.md"], FILES)).toEqual(["drafts/cv.md", "drafts/keep.md"]);
    expect(taken(["manager/*.md"], FILES)).toEqual(["manager/cv.md"]);
    expect(taken(["**/manager/*.md"], FILES)).toEqual(["manager/cv.md", "a/manager/cv.md"]);
    expect(taken(["drafts/**/*.md"], FILES)).toEqual(["drafts/cv.md", "drafts/old/cv.md", "drafts/keep.md"]);
    expect(taken(["drafts/cv.md"], FILES)).toEqual(["drafts/cv.md"]);
  });

  it("matches a glob without a slash against a name at any depth", () => {
    expect(taken(["keep.md"], FILES)).toEqual(["drafts/keep.md"]);
    expect(taken(["manager"], FILES)).toEqual(["manager/cv.md", "a/manager/cv.md"]);
    expect(taken(["*.md"], FILES)).toEqual(FILES);
  });

  it("lets a later ! pattern take back what an earlier one took in, the last match deciding", () => {
    expect(taken(["drafts/**", "!drafts/keep.md"], FILES)).toEqual(["drafts/cv.md", "drafts/old/cv.md"]);
    expect(taken(["drafts", "!keep.md", "drafts/keep.md"], FILES)).toEqual([
      "drafts/cv.md",
      "drafts/old/cv.md",
      "drafts/keep.md",
    ]);
    expect(taken(["!resume.md"], FILES)).toEqual([]);
  });

  it("matches nothing outside the config's folder, and nothing with no globs", () => {
    expect(matchesGlobs(["*.md"], BASE, "/work/other/cv.md")).toBe(false);
    expect(matchesGlobs([], BASE, `${BASE}/resume.md`)).toBe(false);
  });
});
