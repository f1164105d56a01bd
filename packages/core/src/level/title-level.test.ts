import { describe, expect, it } from "vitest";
import { vocabulary } from "../test-vocabulary.js";
import { titleLevel } from "./title-level.js";

describe("titleLevel", () => {
  it.each([
    ["Staff Engineer", "staff"],
    ["Principal Architect", "staff"],
    ["Senior Software Engineer", "senior"],
    ["Sr. Developer", "senior"],
    ["Lead Mobile Developer", "tech-lead"],
    ["Technical Lead", "tech-lead"],
    ["Engineering Manager", "manager"],
    ["Senior Engineering Manager", "manager"],
    ["Head of Platform", "manager"],
    ["Software Engineer", null],
    ["Machine Learning Engineer", null],
    ["Product Manager", null],
    ["Senior Product Manager", null],
    ["Release Lead", null],
  ])("%s claims %s", (title, level) => {
    expect(titleLevel(title, vocabulary)).toBe(level);
  });
});
