// Which Node runs reslint: shared by scripts/setup.mjs and the pre-commit hook.
import { join } from "node:path";

/** The oldest Node reslint runs on (pdf.js needs 22.13). */
export const MIN_NODE = [22, 13];

export function nodeIsRecentEnough(version) {
  const [major, minor] = version.split(".").map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

/** Where setup puts its own Node (from the npm registry) when the system one is older. */
export function toolsNodePackage(toolsDir) {
  return join(toolsDir, "node_modules", `node-${process.platform}-${process.arch}`);
}

export function toolsNodeBinary(toolsDir) {
  return join(toolsNodePackage(toolsDir), "bin", process.platform === "win32" ? "node.exe" : "node");
}
