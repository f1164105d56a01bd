import { isAbsolute, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type * as Sarif from "sarif";
import { claimFingerprint } from "../check/fingerprint.js";
import type { LintMessage, LintResult, SuppressedMessage, Suppression } from "../model/results.js";

/** What SARIF says about a rule: its metadata, and its page in Markdown when there is one. */
export interface SarifRule {
  id: string;
  description: string;
  severity: "warning" | "error";
  levels: readonly string[];
  /** Where the rule's page is; absent for the reading warning, which has none of its own. */
  url?: string;
  /** The pack the rule comes from; absent for a built-in rule. */
  pack?: string;
  /** The rule's page (Markdown), shown by code scanning as the rule's help. */
  help?: string;
}

export interface SarifOptions {
  /** Every rule the run could report, built-in and from packs, in the order to list them. */
  rules: readonly SarifRule[];
  toolVersion: string;
  /** The folder file paths are relative to: `%SRCROOT%`, usually the repository. */
  cwd: string;
}

const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/** The key of reslint's own fingerprint: the rule and the claim's normalised words, not its line. */
const CLAIM_FINGERPRINT = "reslint/claim/v1";

const level = (message: LintMessage): Sarif.Result.level => (message.severity === 2 ? "error" : "warning");

/** A file as an artifact URI: relative to `cwd` with "/", or a file URI outside it. */
function artifactUri(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const path = isAbsolute(filePath) ? relative(cwd, filePath) : filePath;
  if (path.startsWith("..") || isAbsolute(path)) return { uri: pathToFileURL(filePath).href };
  return { uri: path.split(sep).join("/"), uriBaseId: "%SRCROOT%" };
}

/** The first paragraph of a rule's page, below its title: SARIF's full description. */
function firstParagraph(markdown: string): string | null {
  const paragraph = markdown
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .find((block) => block !== "" && !block.startsWith("#") && !block.startsWith("```"));
  return paragraph ? paragraph.replace(/\s*\n\s*/g, " ") : null;
}

function reportingDescriptor(rule: SarifRule): Sarif.ReportingDescriptor {
  const full = rule.help ? firstParagraph(rule.help) : null;
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: full ?? rule.description },
    ...(rule.url ? { helpUri: rule.url } : {}),
    ...(rule.help ? { help: { text: rule.description, markdown: rule.help } } : {}),
    defaultConfiguration: { level: rule.severity },
    properties: {
      levels: [...rule.levels],
      ...(rule.pack ? { pack: rule.pack } : {}),
      tags: ["resume", ...(rule.pack ? [`pack:${rule.pack}`] : [])],
    },
  };
}

function region(message: LintMessage): Sarif.Region {
  return {
    startLine: message.line,
    startColumn: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    ...(message.excerpt ? { snippet: { text: message.excerpt } } : {}),
  };
}

const suppressionOf = (suppression: Suppression): Sarif.Suppression => ({
  kind: suppression.kind === "directive" ? "inSource" : "external",
  justification: suppression.justification,
  properties: { reslintKind: suppression.kind },
});

/**
 * One finding as a SARIF result. The fingerprints name the rule and the claim's normalised words
 * with an occurrence count, so an alert stays the same alert when the bullet moves or a PDF
 * re-flows.
 */
function resultOf(
  message: LintMessage | SuppressedMessage,
  file: { uri: string; uriBaseId?: string },
  ruleIndex: number,
  occurrence: number,
): Sarif.Result {
  const fingerprint = claimFingerprint(`${message.ruleId} ${message.excerpt}`);
  return {
    ruleId: message.ruleId ?? "",
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: level(message),
    message: { text: message.message },
    locations: [{ physicalLocation: { artifactLocation: file, region: region(message) } }],
    partialFingerprints: {
      [CLAIM_FINGERPRINT]: `${fingerprint}:${occurrence}`,
      primaryLocationLineHash: `${fingerprint}:${occurrence}`,
    },
    ...("suppressions" in message ? { suppressions: message.suppressions.map(suppressionOf) } : {}),
    ...(message.page !== undefined
      ? { properties: { page: message.page, ...(message.box ? { box: message.box } : {}) } }
      : {}),
  };
}

/** A message with no rule (a file that could not be read, a mistyped disable comment) as a notification. */
function notificationOf(message: LintMessage, file: { uri: string; uriBaseId?: string }): Sarif.Notification {
  return {
    level: level(message),
    message: { text: message.message },
    locations: [{ physicalLocation: { artifactLocation: file, region: region(message) } }],
  };
}

/**
 * SARIF 2.1.0: one run whose driver lists every rule, results with their regions (a PDF's page
 * as a property, its region in the extracted text), suppressed findings with their suppressions,
 * and messages that belong to no rule as notifications of the invocation.
 */
export function formatSarif(results: readonly LintResult[], options: SarifOptions): string {
  const ruleIndex = new Map(options.rules.map((rule, index) => [rule.id, index]));
  const sarifResults: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  const artifacts: Sarif.Artifact[] = [];
  for (const result of results) {
    const file = artifactUri(result.filePath, options.cwd);
    artifacts.push({ location: file, ...(result.format === "pdf" ? { mimeType: "application/pdf" } : {}) });
    const seen = new Map<string, number>();
    const all = [...result.messages, ...(result.suppressedMessages ?? [])];
    for (const message of all) {
      if (message.ruleId === null) {
        notifications.push(notificationOf(message, file));
        continue;
      }
      const key = `${message.ruleId} ${message.excerpt}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      sarifResults.push(resultOf(message, file, ruleIndex.get(message.ruleId) ?? -1, occurrence));
    }
  }
  const fatal = results.some((result) => result.messages.some((message) => message.fatal));
  const log: Sarif.Log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "reslint",
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            rules: options.rules.map(reportingDescriptor),
          },
        },
        invocations: [{ executionSuccessful: !fatal, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(`${options.cwd}${sep}`).href } },
        artifacts,
        columnKind: "utf16CodeUnits",
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
