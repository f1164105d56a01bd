import { type DeclarativeRule, type DeclarativeRuleDefinition, declarativeRule } from "@reslint/core";
// Generated from rules/declarative/*.yaml by scripts/build-declarative.mjs (pnpm build), already checked there.
import definitions from "./declarative-rules.json" with { type: "json" };
import { docsUrl } from "./docs-url.js";

/**
 * A built-in rule declared as data in `rules/declarative/<id>.yaml`, in the format a pack's rules
 * are written in; its page is `docs/<id>.md`, as for every built-in rule.
 */
export function builtInDeclarativeRule(id: string): DeclarativeRule {
  const definition = (definitions as unknown as Record<string, DeclarativeRuleDefinition>)[id];
  if (!definition) throw new Error(`rules/declarative/ declares no rule "${id}"; add it, then run pnpm build.`);
  return declarativeRule(definition, { url: docsUrl(id) });
}
