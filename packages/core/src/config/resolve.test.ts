import { describe, expect, it } from "vitest";
import type { PostingRequirements } from "../level/posting.js";
import { readPosting } from "../level/posting.js";
import { vocabulary } from "../test-vocabulary.js";
import { cliLayer, editorLayer, fileLayers } from "./layers.js";
import { DEFAULT_LIMITS } from "./limits.js";
import { printableConfig } from "./printable.js";
import { type PostingLoader, resolveConfig } from "./resolve.js";
import { describeSource } from "./sources.js";
import { testRules } from "./test-rules.js";

const CONFIG = "/work/cv/.reslintrc.yaml";
const STAFF_POSTING = [
  "- Define the service standards every product team follows.",
  "- Lead the migration of all twenty teams to the shared deploy platform.",
  "- Set the technical direction for build tooling across the organisation.",
].join("\n");
const staffPosting: PostingRequirements = readPosting(STAFF_POSTING, vocabulary);
const loadPosting: PostingLoader = async () => staffPosting;

const loaded = (settings: Parameters<typeof fileLayers>[0]["settings"]) => ({ file: CONFIG, settings });

describe("resolveConfig", () => {
  it("gives the defaults, each marked as such, with no layers", async () => {
    const config = await resolveConfig({ filePath: "/work/cv/resume.md", layers: [], rules: testRules, vocabulary });
    expect(config.level).toEqual({ value: "senior", source: { layer: "default" } });
    expect(config.posting).toBeNull();
    expect(config.configFile).toBeNull();
    expect([...config.rules.keys()]).toEqual([
      "weak-ownership-verb",
      "inflated-scope",
      "every-role",
      "reading-confidence",
    ]);
    expect(config.rules.get("inflated-scope")).toMatchObject({ severity: "error", options: {} });
    expect(config.rules.get("reading-confidence")).toMatchObject({ rule: null, severity: "warn" });
    expect(Object.fromEntries(Object.entries(config.limits).map(([key, { value }]) => [key, value]))).toEqual(
      DEFAULT_LIMITS,
    );
    expect(config.ignored).toBe(false);
  });

  it("layers defaults < config file < matching overrides in order < flags, recording each value's source", async () => {
    const settings = {
      level: "staff" as const,
      rules: { "weak-ownership-verb": "error" as const, "inflated-scope": "off" as const },
      limits: { maxPdfPages: 5 },
      overrides: [
        { files: ["managers/**"], level: "manager" as const, rules: { "weak-ownership-verb": "off" as const } },
        { files: ["*.md"], rules: { "weak-ownership-verb": "warn" as const } },
        { files: ["other/**"], level: "mid" as const },
      ],
    };
    const file = "/work/cv/managers/ana.md";
    const config = await resolveConfig({
      filePath: file,
      layers: [...fileLayers(loaded(settings), file), cliLayer({ level: "tech-lead" }, "/work")],
      rules: testRules,
      vocabulary,
      configFile: CONFIG,
    });
    expect(config.level).toEqual({ value: "tech-lead", source: { layer: "cli", flag: "--level" } });
    expect(config.rules.get("weak-ownership-verb")).toMatchObject({
      severity: "warn",
      source: { layer: "override", file: CONFIG, index: 1 },
    });
    expect(config.rules.get("inflated-scope")).toMatchObject({
      severity: "off",
      source: { layer: "file", file: CONFIG },
    });
    expect(config.limits.maxPdfPages).toEqual({ value: 5, source: { layer: "file", file: CONFIG } });

    const elsewhere = "/work/cv/ana.pdf";
    const plain = await resolveConfig({
      filePath: elsewhere,
      layers: fileLayers(loaded(settings), elsewhere),
      rules: testRules,
      vocabulary,
    });
    expect(plain.level.value).toBe("staff");
    expect(plain.rules.get("weak-ownership-verb")?.severity).toBe("error");
  });

  it("keeps a rule's options when a later layer sets only its severity", async () => {
    const config = await resolveConfig({
      filePath: "/work/cv/a.md",
      layers: [
        ...fileLayers(loaded({ rules: { "every-role": ["warn", { word: "job" }] } }), "/work/cv/a.md"),
        editorLayer({ rules: { "every-role": "error" } }, "/work"),
      ],
      rules: testRules,
      vocabulary,
    });
    expect(config.rules.get("every-role")).toMatchObject({
      severity: "error",
      options: { word: "job" },
      source: { layer: "editor", setting: "reslint.rules" },
    });
  });

  it("takes the posting's level when the posting is set above the level, and the level otherwise", async () => {
    const file = "/work/cv/a.md";
    const postingAbove = await resolveConfig({
      filePath: file,
      layers: [...fileLayers(loaded({ level: "mid" }), file), cliLayer({ posting: "job.md" }, "/work/jobs")],
      rules: testRules,
      vocabulary,
      loadPosting,
    });
    expect(postingAbove.posting?.value).toBe("/work/jobs/job.md");
    expect(postingAbove.level).toEqual({ value: "staff", source: { layer: "posting", file: "/work/jobs/job.md" } });

    const sameLayer = await resolveConfig({
      filePath: file,
      layers: fileLayers(loaded({ level: "mid", posting: "postings/job.md" }), file),
      rules: testRules,
      vocabulary,
      loadPosting,
    });
    // Relative to the config file's folder.
    expect(sameLayer.posting?.value).toBe("/work/cv/postings/job.md");
    expect(sameLayer.level.value).toBe("mid");

    const unreadable = await resolveConfig({
      filePath: file,
      layers: [cliLayer({ posting: "job.md" }, "/work")],
      rules: testRules,
      vocabulary,
      loadPosting: async () => null,
    });
    expect(unreadable.posting).toBeNull();
    expect(unreadable.level.value).toBe("senior");
  });

  it("marks a file that ignorePatterns take in, by glob or by folder, relative to the config file", async () => {
    const ignored = async (path: string) =>
      (
        await resolveConfig({
          filePath: path,
          layers: fileLayers(loaded({ ignorePatterns: ["drafts", "**/*.old.md"] }), path),
          rules: testRules,
          vocabulary,
        })
      ).ignored;
    expect(await ignored("/work/cv/drafts/2019/cv.md")).toBe(true);
    expect(await ignored("/work/cv/jobs/cv.old.md")).toBe(true);
    expect(await ignored("/work/cv/cv.md")).toBe(false);
    expect(await ignored("/work/elsewhere/drafts/cv.md")).toBe(false);
  });

  it("prints as JSON with each source in words, paths relative to the current folder", async () => {
    const file = "/work/cv/a.md";
    const config = await resolveConfig({
      filePath: file,
      layers: [
        ...fileLayers(
          loaded({ rules: { "weak-ownership-verb": "error" }, overrides: [{ files: ["a.md"], level: "manager" }] }),
          file,
        ),
        cliLayer({ posting: "/work/jobs/job.md" }, "/work"),
      ],
      rules: testRules,
      vocabulary,
      configFile: CONFIG,
      loadPosting,
    });
    const printed = printableConfig(config, "/work/cv");
    expect(printed).toMatchObject({
      filePath: "a.md",
      configFile: ".reslintrc.yaml",
      ignored: false,
      level: { value: "staff", source: "the level the posting ../jobs/job.md asks for" },
      posting: { value: "../jobs/job.md", source: "--posting" },
      ignorePatterns: { value: [], source: "default" },
      limits: { maxFileBytes: { value: null, source: "default" } },
    });
    expect(printed.rules["weak-ownership-verb"]).toEqual({ severity: "error", options: {}, source: ".reslintrc.yaml" });
    expect(JSON.parse(JSON.stringify(printed))).toEqual(printed);
    expect(describeSource({ layer: "override", file: CONFIG, index: 0 }, "/work")).toBe(
      "cv/.reslintrc.yaml overrides[0]",
    );
    expect(describeSource({ layer: "editor", setting: "reslint.level" })).toBe("editor setting reslint.level");
  });
});
