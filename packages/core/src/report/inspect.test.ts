import { describe, expect, it } from "vitest";
import { evidenceByClaim } from "../level/document-evidence.js";
import { readResumeText } from "../read/index.js";
import { vocabulary } from "../test-vocabulary.js";
import { inspectView } from "./inspect.js";

describe("inspectView", () => {
  it("lists sections, roles and claims in reading order, in the documented shape", () => {
    const source = [
      "# Dana Okafor",
      "",
      "## Summary",
      "",
      "Backend engineer focused on payments. Owns the ledger.",
      "",
      "## Experience",
      "",
      "### Senior Engineer — Fernleaf Payments (2021–present)",
      "",
      "- Cut p95 settlement latency from 900 ms to 150 ms.",
      "",
      "## Skills",
      "",
      "- Go, Kafka",
      "",
    ].join("\n");
    const document = readResumeText(source, { vocabulary });
    const view = inspectView("cv/dana.md", document, evidenceByClaim(document, vocabulary));
    expect(view).toEqual({
      filePath: "cv/dana.md",
      format: "markdown",
      sections: [
        { kind: "other", heading: "Dana Okafor", line: 1 },
        { kind: "summary", heading: "Summary", line: 3 },
        { kind: "experience", heading: "Experience", line: 7 },
        { kind: "skills", heading: "Skills", line: 13 },
      ],
      roles: [
        {
          title: "Senior Engineer",
          organisation: "Fernleaf Payments",
          location: null,
          start: "2021",
          end: "present",
          line: 9,
        },
      ],
      claims: [
        {
          text: "Backend engineer focused on payments.",
          kind: "sentence",
          section: "summary",
          role: null,
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 38,
          evidence: { altitude: "task", shape: null, lenses: [] },
        },
        {
          text: "Owns the ledger.",
          kind: "sentence",
          section: "summary",
          role: null,
          line: 5,
          column: 39,
          endLine: 5,
          endColumn: 55,
          evidence: { altitude: "feature", shape: "mid", lenses: ["scope", "authority"] },
        },
        {
          text: "Cut p95 settlement latency from 900 ms to 150 ms.",
          kind: "bullet",
          section: "experience",
          role: 0,
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 52,
          evidence: { altitude: "feature", shape: "mid", lenses: ["scope", "complexity", "consequence"] },
        },
        {
          text: "Go, Kafka",
          kind: "bullet",
          section: "skills",
          role: null,
          line: 15,
          column: 3,
          endLine: 15,
          endColumn: 12,
          // Skills list facts; they argue no level.
          evidence: null,
        },
      ],
    });
    expect(Object.keys(view)).toEqual(["filePath", "format", "sections", "roles", "claims"]);
    expect(Object.keys(view.claims[0] ?? {})).toEqual([
      "text",
      "kind",
      "section",
      "role",
      "line",
      "column",
      "endLine",
      "endColumn",
      "evidence",
    ]);
  });

  it("gives every claim a null evidence reading when none is passed", () => {
    const view = inspectView("a.md", readResumeText("## Experience\n\n- Built the billing API.\n", { vocabulary }));
    expect(view.claims.map((claim) => claim.evidence)).toEqual([null]);
  });

  it("an empty document has its one unnamed section and nothing else", () => {
    expect(inspectView("empty.txt", readResumeText("", { vocabulary, format: "text" }))).toEqual({
      filePath: "empty.txt",
      format: "text",
      sections: [{ kind: "other", heading: "", line: 1 }],
      roles: [],
      claims: [],
    });
  });
});
