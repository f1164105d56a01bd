import type { RuleSeverity } from "../check/rule.js";

/** A rule's severity as a config file writes it; "off" turns the rule off. */
export const CONFIG_SEVERITIES = ["off", "warn", "error"] as const;

export type ConfigSeverity = (typeof CONFIG_SEVERITIES)[number];

/** A rule's default severity in the words of a config file. */
export function configSeverityOf(severity: RuleSeverity): ConfigSeverity {
  return severity === "error" ? "error" : "warn";
}

/** The severity of a finding in results: 1 for a warning, 2 for an error. */
export function resultSeverityOf(severity: Exclude<ConfigSeverity, "off">): 1 | 2 {
  return severity === "error" ? 2 : 1;
}
