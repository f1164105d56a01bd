import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, resolveSettings } from "./settings.js";

describe("resolveSettings", () => {
  it("gives the defaults with no layers", () => {
    expect(resolveSettings()).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it("lets later layers win, field by field", () => {
    const { settings, problems } = resolveSettings(
      { level: "senior", rules: { "unquantified-impact": "off" }, debounceMs: 300 },
      { level: "staff", rules: { "weak-ownership-verb": "error" } },
    );
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      level: "staff",
      debounceMs: 300,
      rules: { "unquantified-impact": "off", "weak-ownership-verb": "error" },
    });
  });

  it("skips invalid values with one sentence each, keeping the rest", () => {
    const { settings, problems } = resolveSettings({
      level: "principal",
      rules: { "weak-ownership-verb": "loud", "tenure-as-evidence": "off" },
      debounceMs: -5,
      files: "resume.md",
      posting: 42,
    });
    expect(settings.level).toBeNull();
    expect(settings.rules).toEqual({ "tenure-as-evidence": "off" });
    expect(settings.debounceMs).toBe(DEFAULT_SETTINGS.debounceMs);
    expect(settings.files).toEqual(DEFAULT_SETTINGS.files);
    expect(problems).toEqual([
      'reslint.level "principal" is not a level; use one of mid, senior, staff, tech-lead, manager.',
      "reslint.posting must be the path of a text or Markdown job posting.",
      'reslint.rules.weak-ownership-verb must be "off", "warning" or "error".',
      "reslint.debounceMs must be a number of milliseconds, 0 or more.",
      "reslint.files must be a list of globs, such as **/*resume*.md.",
    ]);
  });

  it("ignores a layer that is not an object, and caps the debounce", () => {
    expect(resolveSettings("staff").problems).toEqual(["reslint settings must be an object; they were ignored."]);
    expect(resolveSettings({ debounceMs: 60_000 }).settings.debounceMs).toBe(5000);
  });

  it('takes "warn", as config files write it, for "warning"', () => {
    const { settings, problems } = resolveSettings({ rules: { "weak-ownership-verb": "warn" } });
    expect(problems).toEqual([]);
    expect(settings.rules).toEqual({ "weak-ownership-verb": "warning" });
  });
});
