import { describe, expect, it } from "vitest";
import { RunCache } from "./run-cache.js";

describe("RunCache", () => {
  const counting = () => {
    let made = 0;
    return { make: (value: string) => () => `${value}${++made}`, made: () => made };
  };

  it("reuses a value within a run and in the run after it", () => {
    const cache = new RunCache<string>();
    const { make, made } = counting();
    expect(cache.get("a", make("a"))).toBe("a1");
    expect(cache.get("a", make("a"))).toBe("a1");
    cache.endRun();
    expect(cache.get("a", make("a"))).toBe("a1");
    expect(made()).toBe(1);
  });

  it("forgets what a whole run did not use", () => {
    const cache = new RunCache<string>();
    const { make } = counting();
    cache.get("old", make("old"));
    cache.endRun();
    cache.get("new", make("new"));
    cache.endRun();
    expect(cache.size).toBe(1);
    expect(cache.get("old", make("old"))).toBe("old3");
  });

  it("stays bounded when no run is ever ended", () => {
    const cache = new RunCache<number>(10);
    for (let index = 0; index < 100; index++) cache.get(String(index), () => index);
    expect(cache.size).toBeLessThanOrEqual(20);
  });
});
