import * as z from "zod";
import { defineRule, type Rule } from "../check/rule.js";

/** Rules for the config tests: one per severity, and one that takes options. */
export const testRules: readonly Rule[] = [
  defineRule({
    meta: {
      id: "weak-ownership-verb",
      description: "Weak verbs.",
      severity: "warning",
      levels: ["mid", "senior", "staff", "tech-lead", "manager"],
      url: "https://example.com/weak-ownership-verb",
    },
    check(context) {
      for (const claim of context.claims)
        if (claim.signals.weakOwnership) context.report({ claim, message: "Say what you did." });
    },
  }),
  defineRule({
    meta: {
      id: "inflated-scope",
      description: "Scope without evidence.",
      severity: "error",
      levels: ["senior", "staff"],
      url: "https://example.com/inflated-scope",
    },
    check() {},
  }),
  defineRule({
    meta: {
      id: "every-role",
      description: "Flags every role, with a word of its options.",
      severity: "warning",
      levels: ["senior", "staff"],
      url: "https://example.com/every-role",
      options: z.strictObject({ word: z.string() }),
    },
    check(context) {
      const word = typeof context.options.word === "string" ? context.options.word : "role";
      for (const role of context.document.roles) context.report({ role, message: `Check this ${word}.` });
    },
  }),
];

export const testRuleMetas = testRules.map((rule) => rule.meta);
