import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { configurableRules, type LoadedPack, type Rule, type SarifRule } from "@reslint/core";
import { rules } from "@reslint/rules";

/** A rule's page: inline for a pack rule, the doc file for a built-in one; none when it cannot be read. */
async function pageOf(rule: Rule): Promise<string | undefined> {
  if (rule.meta.doc !== undefined) return rule.meta.doc;
  if (!rule.meta.url.startsWith("file:")) return undefined;
  return readFile(fileURLToPath(rule.meta.url), "utf8").catch(() => undefined);
}

async function described(rule: Rule, pack?: LoadedPack): Promise<SarifRule> {
  const help = await pageOf(rule);
  return {
    id: rule.meta.id,
    description: rule.meta.description,
    severity: rule.meta.severity,
    levels: rule.meta.levels,
    url: rule.meta.url,
    ...(pack ? { pack: pack.name } : {}),
    ...(help !== undefined ? { help } : {}),
  };
}

/**
 * Every rule a run's SARIF names: the built-in rules, the reading warning (which a config can set
 * like a rule), then the rules of the packs the run's configs use.
 */
export async function sarifRules(packs: readonly LoadedPack[]): Promise<SarifRule[]> {
  const builtIn = await Promise.all(rules.map((rule) => described(rule)));
  const extra = configurableRules(rules.map((rule) => rule.meta))
    .filter((known) => !rules.some((rule) => rule.meta.id === known.id))
    .map((known) => ({
      id: known.id,
      description: known.description ?? known.id,
      severity: "warning" as const,
      levels: [],
    }));
  const fromPacks = await Promise.all(packs.flatMap((pack) => pack.rules.map((rule) => described(rule, pack))));
  return [...builtIn, ...extra, ...fromPacks];
}
