import { relative } from "node:path";
import type { RuleOptions } from "../check/rule.js";
import type { TargetLevel } from "../model/target-levels.js";
import type { LimitKey, ReaderLimits } from "./limits.js";
import type { ResolvedConfig } from "./resolve.js";
import type { ConfigSeverity } from "./severity.js";
import { describeSource, type Sourced } from "./sources.js";

interface Shown<T> {
  value: T;
  source: string;
}

/** A resolved config as `reslint --print-config` prints it: plain JSON, each value with its source in words. */
export interface PrintableConfig {
  filePath: string;
  configFile: string | null;
  ignored: boolean;
  level: Shown<TargetLevel>;
  posting: Shown<string> | null;
  rules: Record<string, { severity: ConfigSeverity; options: RuleOptions; source: string }>;
  /** Each pack: its name, its folder, the rules it declares, the parts of the vocabulary it adds words to. */
  packs: { name: string; folder: string; rules: string[]; extends: string[]; source: string }[];
  ignorePatterns: Shown<readonly string[]>;
  accept: { rule: string; claim: string; reason?: string; source: string }[];
  limits: { [K in LimitKey]: Shown<ReaderLimits[K]> };
}

/** The resolved config as plain JSON, paths relative to `cwd`, so a person can see why each value holds. */
export function printableConfig(config: ResolvedConfig, cwd: string): PrintableConfig {
  const path = (file: string) => relative(cwd, file) || file;
  const shown = <T>({ value, source }: Sourced<T>): Shown<T> => ({ value, source: describeSource(source, cwd) });
  return {
    filePath: path(config.filePath),
    configFile: config.configFile === null ? null : path(config.configFile),
    ignored: config.ignored,
    level: shown(config.level),
    posting: config.posting === null ? null : { ...shown(config.posting), value: path(config.posting.value) },
    rules: Object.fromEntries(
      [...config.rules.values()].map((rule) => [
        rule.id,
        { severity: rule.severity, options: rule.options, source: describeSource(rule.source, cwd) },
      ]),
    ),
    packs: config.packs.map((pack) => ({
      name: pack.name,
      folder: path(pack.folder),
      rules: pack.rules.map((rule) => rule.meta.id),
      extends: [...new Set(pack.extensions.map((extension) => extension.extends))],
      source: describeSource(pack.source, cwd),
    })),
    ignorePatterns: shown(config.ignorePatterns),
    accept: config.accept.map(({ source, ...entry }) => ({ ...entry, source: describeSource(source, cwd) })),
    limits: {
      maxFileBytes: shown(config.limits.maxFileBytes),
      maxPdfPages: shown(config.limits.maxPdfPages),
      timePerFileMs: shown(config.limits.timePerFileMs),
    },
  };
}
