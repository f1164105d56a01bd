import { describe, expect, it } from "vitest";
import { formatCoordinate, radarPoints, radarSvg } from "./html-radar.js";

const flat = { scope: 0, complexity: 0, authority: 0, consequence: 0 };
const full = { scope: 4, complexity: 4, authority: 4, consequence: 4 };

describe("formatCoordinate", () => {
  it("rounds to one decimal and never writes -0", () => {
    expect(formatCoordinate(12.345)).toBe("12.3");
    expect(formatCoordinate(12)).toBe("12");
    expect(formatCoordinate(-0.04)).toBe("0");
    expect(formatCoordinate(1e-15)).toBe("0");
  });
});

describe("radarPoints", () => {
  it("puts scope up, complexity right, authority down and consequence left", () => {
    expect(radarPoints(full)).toBe("220,50 320,150 220,250 120,150");
  });

  it("collapses to the centre at zero and clamps scores outside 0–4", () => {
    expect(radarPoints(flat)).toBe("220,150 220,150 220,150 220,150");
    expect(radarPoints({ scope: 9, complexity: -2, authority: Number.NaN, consequence: 2 })).toBe(
      "220,50 220,150 220,150 170,150",
    );
  });
});

describe("radarSvg", () => {
  const svg = radarSvg({ scope: 2, complexity: 3, authority: 1, consequence: 3 }, full, "Expected for <staff>");

  it("draws four rings, four labelled axes, two polygons and a legend", () => {
    expect(svg.match(/<circle\b[^>]*fill="none"/g)).toHaveLength(4);
    expect(svg.match(/<line\b/g)?.length).toBe(5);
    expect(svg.match(/<polygon\b/g)).toHaveLength(2);
    expect(svg).toContain('<polygon class="resume" points="220,100 295,150 220,175 145,150"');
    expect(svg).toContain("2 of 4 · target 4");
    expect(svg).toContain("This resume");
    expect(svg).toContain("Expected for &lt;staff&gt;");
  });

  it("needs no namespace URL inline and is the same every time", () => {
    expect(svg).not.toMatch(/https?:/);
    expect(radarSvg({ scope: 2, complexity: 3, authority: 1, consequence: 3 }, full, "Expected for <staff>")).toBe(svg);
  });
});
