import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LintScheduler } from "./scheduler.js";

describe("LintScheduler", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs once after the pause, for the latest version only", () => {
    const scheduler = new LintScheduler(() => 150);
    const runs: number[] = [];
    for (const version of [1, 2, 3]) scheduler.schedule("file:///a.md", version, () => void runs.push(version));
    vi.advanceTimersByTime(149);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([3]);
    expect(scheduler.isLatest("file:///a.md", 3)).toBe(true);
    expect(scheduler.isLatest("file:///a.md", 2)).toBe(false);
  });

  it("keeps documents apart, honours an explicit delay, and forgets closed ones", () => {
    const scheduler = new LintScheduler(() => 150);
    const runs: string[] = [];
    scheduler.schedule("file:///a.md", 1, () => void runs.push("a"), 0);
    scheduler.schedule("file:///b.md", 1, () => void runs.push("b"));
    scheduler.forget("file:///b.md");
    vi.advanceTimersByTime(200);
    expect(runs).toEqual(["a"]);
    expect(scheduler.isLatest("file:///b.md", 1)).toBe(false);
  });
});
