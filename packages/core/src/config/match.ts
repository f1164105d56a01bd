import { isAbsolute, relative, sep } from "node:path";
import picomatch from "picomatch";

const matchers = new Map<string, (path: string) => boolean>();

function matcherFor(globs: readonly string[]): (path: string) => boolean {
  const key = JSON.stringify(globs);
  let matcher = matchers.get(key);
  if (!matcher) {
    // A glob without a slash matches the file's name wherever it is, as in .gitignore.
    matcher = picomatch([...globs], { dot: true, basename: true });
    matchers.set(key, matcher);
  }
  return matcher;
}

/**
 * Whether a file matches globs written relative to `base`: the file itself or any folder above it
 * inside `base`, so `drafts` and `drafts/**` both take in `drafts/old/cv.md`. A file outside
 * `base` matches nothing.
 */
export function matchesGlobs(globs: readonly string[], base: string, filePath: string): boolean {
  if (globs.length === 0) return false;
  const path = relative(base, filePath).split(sep).join("/");
  if (path === "" || path === ".." || path.startsWith("../") || isAbsolute(path)) return false;
  const matches = matcherFor(globs);
  const parts = path.split("/");
  for (let end = parts.length; end > 0; end--) if (matches(parts.slice(0, end).join("/"))) return true;
  return false;
}
