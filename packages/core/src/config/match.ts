import { isAbsolute, relative, sep } from "node:path";
import picomatch from "picomatch";

interface Pattern {
  /** A `!` pattern takes back in what earlier patterns took out. */
  negated: boolean;
  /** Without a slash the glob names a file or folder anywhere, as in .gitignore. */
  anywhere: boolean;
  matches: (path: string) => boolean;
}

const compiled = new Map<string, readonly Pattern[]>();

function patternsOf(globs: readonly string[]): readonly Pattern[] {
  const key = JSON.stringify(globs);
  let patterns = compiled.get(key);
  if (!patterns) {
    patterns = globs.map((glob) => {
      const negated = glob.startsWith("!");
      // "drafts/" means the folder, "/drafts" the one next to the config: both are relative to it.
      const body = (negated ? glob.slice(1) : glob).replace(/^\.?\/+/, "").replace(/\/+$/, "");
      return { negated, anywhere: !body.includes("/"), matches: picomatch(body, { dot: true }) };
    });
    compiled.set(key, patterns);
  }
  return patterns;
}

/** Whether one pattern takes in the file at `path` (relative, with `/`), or a folder above it. */
function takesIn(pattern: Pattern, parts: readonly string[]): boolean {
  if (pattern.anywhere) return parts.some((part) => pattern.matches(part));
  for (let end = parts.length; end > 0; end--) if (pattern.matches(parts.slice(0, end).join("/"))) return true;
  return false;
}

/**
 * Whether a file matches globs written relative to `base`: the file itself or any folder above it
 * inside `base`, so `drafts`, `drafts/` and `drafts/**` all take in `drafts/old/cv.md`, and a glob
 * without a slash matches a name at any depth. The last pattern that matches decides, so
 * `!drafts/keep.md` after `drafts` takes that one file back. A file outside `base` matches nothing.
 */
export function matchesGlobs(globs: readonly string[], base: string, filePath: string): boolean {
  if (globs.length === 0) return false;
  const path = relative(base, filePath).split(sep).join("/");
  if (path === "" || path === ".." || path.startsWith("../") || isAbsolute(path)) return false;
  const parts = path.split("/");
  let matched = false;
  for (const pattern of patternsOf(globs))
    if (matched === pattern.negated && takesIn(pattern, parts)) matched = !matched;
  return matched;
}
