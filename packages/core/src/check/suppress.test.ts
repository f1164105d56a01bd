import { describe, expect, it } from "vitest";
import type { LintMessage } from "../model/results.js";
import { readDirectives } from "../read/directives.js";
import { applyAccepted, applyDirectives } from "./suppress.js";

const finding = (ruleId: string, line: number, excerpt = "a claim", endLine = line): LintMessage => ({
  ruleId,
  severity: 1,
  message: `${ruleId} here`,
  line,
  column: 3,
  endLine,
  endColumn: 20,
  excerpt,
});

const knownRules = new Set(["weak-ownership-verb", "tenure-as-evidence", "unquantified-impact"]);

describe("applyDirectives", () => {
  it("turns off the next line's findings of the named rules only, keeping the reason", () => {
    const text =
      "<!-- reslint-disable-next-line weak-ownership-verb -- the team asked for it -->\n- Helped with billing\n- Helped again";
    const outcome = applyDirectives(
      [finding("weak-ownership-verb", 2), finding("unquantified-impact", 2), finding("weak-ownership-verb", 3)],
      readDirectives(text),
      { knownRules },
    );
    expect(outcome.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ["unquantified-impact", 2],
      ["weak-ownership-verb", 3],
    ]);
    expect(outcome.suppressed).toEqual([
      expect.objectContaining({
        ruleId: "weak-ownership-verb",
        line: 2,
        suppressions: [{ kind: "directive", justification: "the team asked for it" }],
      }),
    ]);
    expect(outcome.problems).toEqual([]);
  });

  it("covers a claim that wraps onto more lines when the comment targets its first", () => {
    const text = "<!-- reslint-disable-next-line -->\n- Helped with\n  billing";
    const outcome = applyDirectives([finding("weak-ownership-verb", 2, "x", 3)], readDirectives(text), { knownRules });
    expect(outcome.messages).toEqual([]);
  });

  it("turns rules off between disable and enable, the last comment naming a rule winning", () => {
    const text = [
      "<!-- reslint-disable -->",
      "- one",
      "<!-- reslint-enable tenure-as-evidence -->",
      "- two",
      "<!-- reslint-enable -->",
      "- three",
    ].join("\n");
    const outcome = applyDirectives(
      [
        finding("weak-ownership-verb", 2),
        finding("weak-ownership-verb", 4),
        finding("tenure-as-evidence", 4),
        finding("weak-ownership-verb", 6),
      ],
      readDirectives(text),
      { knownRules },
    );
    expect(outcome.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ["tenure-as-evidence", 4],
      ["weak-ownership-verb", 6],
    ]);
  });

  it("reports unknown rule ids with the nearest one, and unused comments when asked", () => {
    const text =
      "<!-- reslint-disable-next-line weak-ownership-verbs -->\n- a\n<!-- reslint-disable-line tenure-as-evidence -->";
    const outcome = applyDirectives([], readDirectives(text), {
      knownRules,
      reportUnused: 2,
      suggest: (id) => (id.startsWith("weak") ? "weak-ownership-verb" : null),
    });
    expect(outcome.problems).toEqual([
      expect.objectContaining({
        ruleId: null,
        severity: 1,
        line: 1,
        message:
          'reslint-disable-next-line names "weak-ownership-verbs", which is not a rule; did you mean "weak-ownership-verb"?',
      }),
      expect.objectContaining({
        severity: 2,
        line: 3,
        column: 1,
        message:
          'Unused reslint disable comment: "tenure-as-evidence" reported nothing here; remove it from the comment.',
      }),
    ]);
  });

  it("reports a mistyped comment word with the nearest one, and lets it turn nothing off", () => {
    const text = "<!-- reslint-disable-nxt-line weak-ownership-verb -->\n- a\n<!-- reslint-ignore -->\n- b";
    const outcome = applyDirectives(
      [finding("weak-ownership-verb", 2), finding("weak-ownership-verb", 4)],
      readDirectives(text),
      { knownRules },
    );
    expect(outcome.messages.map((message) => message.line)).toEqual([2, 4]);
    expect(outcome.suppressed).toEqual([]);
    expect(
      outcome.problems.map(({ ruleId, severity, line, message }) => ({ ruleId, severity, line, message })),
    ).toEqual([
      {
        ruleId: null,
        severity: 1,
        line: 1,
        message:
          '"reslint-disable-nxt-line" is not a reslint comment, so it turns nothing off; did you mean "reslint-disable-next-line"?',
      },
      {
        ruleId: null,
        severity: 1,
        line: 3,
        message:
          '"reslint-ignore" is not a reslint comment, so it turns nothing off; reslint reads reslint-disable, reslint-enable, reslint-disable-line and reslint-disable-next-line.',
      },
    ]);
  });

  it("does not report a comment that suppressed something", () => {
    const text = "- a <!-- reslint-disable-line -->";
    const outcome = applyDirectives([finding("weak-ownership-verb", 1)], readDirectives(text), {
      knownRules,
      reportUnused: 1,
    });
    expect(outcome.problems).toEqual([]);
  });
});

describe("applyAccepted", () => {
  it("accepts a finding by rule and by words of its claim, whatever their case and punctuation", () => {
    const messages = [
      finding("weak-ownership-verb", 4, "Helped with the migration of billing to Kafka."),
      finding("unquantified-impact", 4, "Helped with the migration of billing to Kafka."),
      finding("weak-ownership-verb", 5, "Helped with the on-call rota"),
    ];
    const outcome = applyAccepted(messages, [
      { rule: "weak-ownership-verb", claim: "migration of Billing", reason: "a shared project" },
    ]);
    expect(outcome.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ["unquantified-impact", 4],
      ["weak-ownership-verb", 5],
    ]);
    expect(outcome.suppressed[0]?.suppressions).toEqual([{ kind: "accept", justification: "a shared project" }]);
  });

  it("reads a hyphen as a space or as a word broken at a line end, whichever the claim needs", () => {
    const messages = [
      finding("weak-ownership-verb", 2, "Participated in code reviews."),
      finding("weak-ownership-verb", 3, "Helped with the migra- tion of billing"),
    ];
    const outcome = applyAccepted(messages, [
      { rule: "weak-ownership-verb", claim: "participated in code-reviews" },
      { rule: "weak-ownership-verb", claim: "the migration of billing" },
    ]);
    expect(outcome.messages).toEqual([]);
    expect(outcome.suppressed).toHaveLength(2);
  });

  it("matches whole words only", () => {
    const outcome = applyAccepted(
      [finding("weak-ownership-verb", 1, "Helped build the ledger")],
      [{ rule: "weak-ownership-verb", claim: "led" }],
    );
    expect(outcome.messages).toHaveLength(1);
  });
});
