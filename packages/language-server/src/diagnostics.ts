import type { LintMessage, LintResult } from "@reslint/core";
import { type Diagnostic, DiagnosticSeverity, type Range } from "vscode-languageserver";

/** What a diagnostic carries for hovers and code actions. */
export interface DiagnosticData {
  ruleId: string | null;
  url?: string;
  /** The whole claim (or section) the finding is about, where a disable comment goes. */
  claim?: Range;
  /** The claim's text, for accepting the finding in a config file. */
  excerpt?: string;
  /** A safe edit the rule offers, in LSP coordinates. */
  fix?: { title: string; range: Range; text: string };
}

/** LSP positions are 0-based; reslint's lines and columns are 1-based, columns counted in UTF-16 units as LSP's are. */
export function rangeOf(place: { line: number; column: number; endLine: number; endColumn: number }): Range {
  return {
    start: { line: place.line - 1, character: place.column - 1 },
    end: { line: place.endLine - 1, character: place.endColumn - 1 },
  };
}

/** One finding as a diagnostic: under the words that triggered it when there are any, else under the claim. */
export function toDiagnostic(message: LintMessage): Diagnostic {
  const data: DiagnosticData = {
    ruleId: message.ruleId,
    claim: rangeOf(message),
    excerpt: message.excerpt,
    ...(message.url ? { url: message.url } : {}),
    ...(message.fix
      ? { fix: { title: message.fix.title, range: rangeOf(message.fix.range), text: message.fix.text } }
      : {}),
  };
  return {
    range: rangeOf(message.trigger ?? message),
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: "reslint",
    message: message.message,
    ...(message.ruleId ? { code: message.ruleId } : {}),
    ...(message.url ? { codeDescription: { href: message.url } } : {}),
    data,
  };
}

export function toDiagnostics(result: LintResult): Diagnostic[] {
  return result.messages.map(toDiagnostic);
}
