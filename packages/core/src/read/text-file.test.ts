import { describe, expect, it } from "vitest";
import { vocabulary } from "../test-vocabulary.js";
import { readText } from "./text-file.js";

const resume = [
  "JORDAN PRICE", // 1
  "jordan@example.com | Leeds", // 2
  "", // 3
  "SUMMARY", // 4
  "Backend engineer who owns billing services end to end. I carry the pager for them.", // 5
  "", // 6
  "Work History", // 7
  "============", // 8
  "Senior Engineer, Ledgerly, 2020 - Present", // 9
  "• Owned the invoicing service and its on-call rotation; paging fell from", // 10
  "  weekly to rare after I rewrote the retry logic.", // 11
  "• Led the blue-", // 12
  "  green rollout of the billing API with a one-click rollback.", // 13
  "• Cut reconciliation time from 6 hours to 40 minutes by batching ledger writ-", // 14
  "  es; the old job had ledger writes one row at a time.", // 15
  "", // 16
  "SKILLS", // 17
  "Go, Postgres, Kafka", // 18
].join("\n");

describe("readText", () => {
  const document = readText(resume, { vocabulary });

  it("finds sections by ALL CAPS headings, underlined headings and names", () => {
    expect(document.sections.map((section) => [section.kind, section.heading, section.range.start.line])).toEqual([
      ["other", "JORDAN PRICE", 1],
      ["summary", "SUMMARY", 4],
      ["experience", "Work History", 7],
      ["skills", "SKILLS", 17],
    ]);
  });

  it("reads role lines with dates", () => {
    expect(document.roles).toMatchObject([
      { title: "Senior Engineer", organisation: "Ledgerly", start: "2020", end: "Present" },
    ]);
  });

  it("re-joins wrapped bullets and mends words split by a line-end hyphen, keeping real hyphens", () => {
    expect(document.claims.filter((claim) => claim.kind === "bullet").map((claim) => claim.text)).toEqual([
      "Owned the invoicing service and its on-call rotation; paging fell from weekly to rare after I rewrote the retry logic.",
      "Led the blue-green rollout of the billing API with a one-click rollback.",
      "Cut reconciliation time from 6 hours to 40 minutes by batching ledger writes; the old job had ledger writes one row at a time.",
    ]);
  });

  it("splits summary paragraphs into sentences", () => {
    expect(document.claims.filter((claim) => claim.kind === "sentence").map((claim) => claim.text)).toEqual([
      "Backend engineer who owns billing services end to end.",
      "I carry the pager for them.",
    ]);
  });

  it("points each claim at its lines and columns in the file", () => {
    const wrapped = document.claims.find((claim) => claim.text.startsWith("Owned"));
    expect(wrapped?.range.start).toMatchObject({ line: 10, column: 3 });
    expect(wrapped?.range.end).toMatchObject({ line: 11, column: 50 });
    expect(wrapped?.roleIndex).toBe(0);
    expect(document.text).toBe(resume);
  });

  it("reads an empty file as an empty document", () => {
    expect(readText("", { vocabulary }).claims).toEqual([]);
  });
});
