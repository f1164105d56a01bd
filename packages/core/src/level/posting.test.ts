import { describe, expect, it } from "vitest";
import { vocabulary } from "../test-vocabulary.js";
import { readPosting } from "./posting.js";

const posting = (...lines: string[]) => readPosting(lines.join("\n"), vocabulary);

describe("readPosting", () => {
  it("reads staff work from reach across teams, standards and migrations, with no level word", () => {
    const reading = posting(
      "# Platform Engineer",
      "",
      "- Define the service standards every product team follows.",
      "- Lead the migration of all twenty teams to the shared deploy platform.",
      "- Set the technical direction for build tooling across the organisation.",
      "- Influence engineers and managers who do not report to you.",
    );
    expect(reading.inferred).toBe("staff");
    expect(reading.clues.every((clue) => clue.line >= 3)).toBe(true);
    expect(reading.required.scope.level).toBe(4);
  });

  it("reads a manager's job from hiring, performance and growth", () => {
    expect(
      posting(
        "- Hire and grow a team of eight engineers.",
        "- Run 1:1s, performance reviews and career conversations.",
        "- Own the team's headcount plan and keep team health high.",
      ).inferred,
    ).toBe("manager");
  });

  it("does not count what the posting says the role is not", () => {
    const reading = posting(
      "- Sequence the team's quarterly work into milestones and set the review bar for the query path.",
      "- Write code on the hardest parts of ranking.",
      "- Review designs and pull requests for the team.",
      "This is not a people-management role; the engineering manager handles hiring and performance reviews.",
    );
    expect(reading.clues.filter((clue) => clue.shape === "manager")).toEqual([]);
    expect(reading.inferred).toBe("tech-lead");
  });

  it("reads the level from responsibilities, not from a title word", () => {
    const reading = posting(
      "# Staff Software Engineer",
      "",
      "- Pick up well-defined tickets from the team's backlog.",
      "- Fix bugs with guidance from more experienced engineers.",
      "- Learn how the service behaves in production.",
    );
    expect(reading.inferred).toBe("mid");
  });

  it("says nothing is asked on a dimension the posting never mentions", () => {
    const reading = posting("- Build features in React.", "- Write unit tests.", "- Fix bugs.");
    expect(reading.required["production ownership"]).toEqual({ level: 0, clue: null });
  });
});
