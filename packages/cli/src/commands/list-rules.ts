import { relative } from "node:path";
import { configSeverityOf, type LoadedPack, TARGET_LEVELS } from "@reslint/core";
import { rules } from "@reslint/rules";
import { type CliIo, EXIT_OK } from "../io.js";

/** Where a built-in rule comes from. */
const BUILT_IN = "built-in";

/**
 * `reslint --list-rules`: each rule's id, default severity, the levels it runs for and its pack:
 * the built-in rules, then the rules of the packs the config here names.
 */
export function listRulesCommand(format: "stylish" | "json", packs: readonly LoadedPack[], io: CliIo): number {
  const rows = [
    ...rules.map(({ meta }) => ({
      id: meta.id,
      severity: configSeverityOf(meta.severity),
      levels: [...meta.levels],
      pack: BUILT_IN,
      description: meta.description,
    })),
    ...packs.flatMap((pack) =>
      pack.rules.map(({ meta }) => ({
        id: meta.id,
        severity: configSeverityOf(meta.severity),
        levels: [...meta.levels],
        pack: pack.name,
        folder: relative(io.cwd, pack.folder) || ".",
        description: meta.description,
      })),
    ),
  ];
  if (format === "json") {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT_OK;
  }
  const levelsText = (levels: readonly string[]) =>
    levels.length === TARGET_LEVELS.length ? "every level" : levels.join(", ");
  const table = [
    ["rule", "default", "levels", "pack"],
    ...rows.map((row) => [
      row.id,
      row.severity,
      levelsText(row.levels),
      "folder" in row ? `${row.pack} (${row.folder})` : row.pack,
    ]),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...table.map((cells) => (cells[column] ?? "").length)));
  const lines = table.map((cells) =>
    cells
      .map((cell, column) => (column < widths.length ? cell.padEnd(widths[column] ?? 0) : cell))
      .join("  ")
      .trimEnd(),
  );
  io.stdout.write(
    `${lines.join("\n")}\n\nSet a rule's severity in a config file's rules (off, warn or error); reslint --explain <rule-id> shows its page.\n`,
  );
  return EXIT_OK;
}
