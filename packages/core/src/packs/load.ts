import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { isMap, parseDocument } from "yaml";
import { z } from "zod";
import { didYouMean } from "../config/suggest.js";
import { parseVocabularyFile } from "../vocabulary/load.js";
import { VocabularyError } from "../vocabulary/parts.js";
import type { VocabularyExtension } from "../vocabulary/types.js";
import { type DeclarativeRule, declarativeRule } from "./declarative.js";
import { PackError, type PackProblem } from "./pack-error.js";
import { parseRulesFile } from "./rules-file.js";
import type { LoadedPack } from "./types.js";

/**
 * Reading rule packs: a folder (or an installed npm package) of YAML files, each either words to
 * add to a part of the vocabulary (`extends: leadership`) or declarative rules (`rules:`), and an
 * optional `pack.yaml` naming the pack. Packs are cached by folder and re-read when any of their
 * files changes (by modification time and size). Loads yaml and zod, so only a config file that
 * names packs loads this module.
 */

/** The file that names a pack and says what it is for. */
export const PACK_MANIFEST = "pack.yaml";

const PACK_NAME = /^[a-z0-9][a-z0-9-]*$/;
const PACKAGE_NAME = /^(?:@[a-z0-9][\w.~-]*\/)?[a-z0-9][\w.~-]*$/;

const manifestSchema = z.strictObject({
  name: z
    .string({ error: "must be the pack's name, the prefix of its rule ids (such as acme)" })
    .regex(PACK_NAME, "must be lower-case letters, digits and hyphens, such as acme")
    .optional(),
  description: z.string({ error: "must be a text saying what the pack is for" }).optional(),
});

/** Problems of one pack, each with its file; the pack is not used when there are any. */
class Problems extends Error {
  constructor(readonly entries: PackProblem[]) {
    super(entries.map((entry) => `${entry.file}${entry.text}`).join("\n"));
  }
}

/** A loader's sentence that starts with the file's path, split into the file and the rest. */
function split(problem: string, file: string): PackProblem {
  return problem.startsWith(file) ? { file, text: problem.slice(file.length) } : { file, text: `: ${problem}` };
}

/** What each file of the folder is, with its modification time and size. */
async function stampOf(files: readonly string[]): Promise<string> {
  const stamps = await Promise.all(
    files.map((file) =>
      stat(file).then(
        (info) => `${file}:${info.mtimeMs}:${info.size}`,
        () => `${file}:missing`,
      ),
    ),
  );
  return stamps.join("\n");
}

const yamlFilesOf = async (folder: string) =>
  (await readdir(folder))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(folder, name));

let versions = 0;

async function readPack(folder: string, spec: string): Promise<{ pack: LoadedPack; files: string[] }> {
  const yamlFiles = await yamlFilesOf(folder);
  const problems: PackProblem[] = [];
  const manifestFile = join(folder, PACK_MANIFEST);
  let name = basename(folder);
  let description: string | undefined;
  if (yamlFiles.includes(manifestFile)) {
    const text = await readFile(manifestFile, "utf8");
    const document = parseDocument(text, { uniqueKeys: true });
    const parsed = document.errors.length > 0 ? null : manifestSchema.safeParse(document.toJS() ?? {});
    if (!parsed)
      problems.push({
        file: manifestFile,
        text: `:${document.errors[0]?.linePos?.[0]?.line ?? 1}: ${document.errors[0]?.message.split("\n")[0] ?? "is not valid YAML"}; fix the syntax.`,
      });
    else if (!parsed.success)
      for (const issue of parsed.error.issues)
        problems.push({
          file: manifestFile,
          text:
            issue.code === "unrecognized_keys"
              ? `: ${issue.keys.map((key) => `"${key}"`).join(", ")} is not a key of pack.yaml;${didYouMean(issue.keys[0] ?? "", ["name", "description"]) || " it holds name and description."}`
              : `: ${String(issue.path[0] ?? "the file")} ${issue.message}.`,
        });
    else {
      if (parsed.data.name) name = parsed.data.name;
      description = parsed.data.description;
    }
  } else if (!PACK_NAME.test(name))
    problems.push({
      file: folder,
      text: `: the folder's name "${name}" cannot be the prefix of rule ids; add ${PACK_MANIFEST} with a name such as name: ${
        name
          .toLowerCase()
          .replace(/[^a-z0-9-]+/g, "-")
          .replace(/^-+|-+$/g, "") || "acme"
      }.`,
    });

  const extensions: VocabularyExtension[] = [];
  const rules: DeclarativeRule[] = [];
  const files = [...yamlFiles];
  for (const file of yamlFiles) {
    if (file === manifestFile) continue;
    const text = await readFile(file, "utf8");
    try {
      if (/^extends\s*:/m.test(text)) {
        const parsed = parseVocabularyFile({ path: file, text });
        if ("extends" in parsed) extensions.push(parsed.data);
      } else if (/^defines\s*:/m.test(text)) {
        const part = /^defines\s*:\s*(\S+)/m.exec(text)?.[1] ?? "<part>";
        const line = text.slice(0, text.search(/^defines\s*:/m)).split("\n").length;
        problems.push({
          file,
          text: `:${line}: a pack adds words to the built-in vocabulary and cannot replace a part; write "extends: ${part}" instead of "defines: ${part}".`,
        });
      } else {
        const document = parseDocument(text);
        // An empty file is neither too; one with broken YAML goes on, for the syntax to be reported.
        if (document.errors.length === 0 && (!isMap(document.contents) || !/^rules\s*:/m.test(text)))
          problems.push({
            file,
            text: `: is neither words for the vocabulary (a file starting "extends: <part>") nor rules (a file holding "rules:"); add one of them, or move the file out of the pack.`,
          });
        else
          for (const declared of parseRulesFile({ path: file, text }, name)) {
            let { definition } = declared;
            let url = pathToFileURL(file).href;
            if (declared.docFile !== undefined) {
              const page = resolve(dirname(file), declared.docFile);
              try {
                definition = { ...definition, doc: await readFile(page, "utf8") };
                url = pathToFileURL(page).href;
                files.push(page);
              } catch {
                problems.push({
                  file,
                  text: `:${declared.line}: ${definition.id}: docFile "${declared.docFile}" cannot be read; check the path, relative to this file.`,
                });
                continue;
              }
            }
            rules.push(declarativeRule(definition, { url, pack: name }));
          }
      }
    } catch (error) {
      if (!(error instanceof VocabularyError)) throw error;
      problems.push(...error.problems.map((problem) => split(problem, file)));
    }
  }
  if (problems.length === 0 && extensions.length === 0 && rules.length === 0)
    problems.push({
      file: folder,
      text: `: this pack holds no words and no rules (no .yaml file with "extends:" or "rules:"); add some, or take the pack out of packs.`,
    });
  if (problems.length > 0) throw new Problems(problems);
  versions += 1;
  return {
    pack: {
      name,
      ...(description !== undefined ? { description } : {}),
      folder,
      spec,
      files,
      extensions,
      rules,
      version: versions,
    },
    files,
  };
}

interface Cached {
  /** The modification time and size of each file read. */
  stamp: string;
  /** The YAML files the folder held when it was read. */
  listing: string;
  files: readonly string[];
  outcome: Promise<LoadedPack>;
}

const cache = new Map<string, Cached>();

/**
 * The pack in `folder`, read once and again only when one of its files has changed, appeared or
 * gone. Throws `Problems` for a pack that does not load; a failure is cached like a success.
 */
async function packAt(folder: string, spec: string): Promise<LoadedPack> {
  const listing = (await yamlFilesOf(folder)).join("\n");
  const cached = cache.get(folder);
  if (cached && cached.listing === listing && (await stampOf(cached.files)) === cached.stamp)
    return cached.outcome.then((pack) => (pack.spec === spec ? pack : { ...pack, spec }));
  const files = listing === "" ? [] : listing.split("\n");
  const stamp = await stampOf(files);
  const outcome = readPack(folder, spec).then(async ({ pack, files: read }) => {
    // Pages read from elsewhere (docFile) count towards the stamp too.
    const entry = cache.get(folder);
    if (entry && entry.outcome === outcome) {
      entry.files = read;
      entry.stamp = await stampOf(read);
    }
    return pack;
  });
  cache.set(folder, { stamp, listing, files, outcome });
  return outcome;
}

/** Forgets every pack read, so the next load reads them from disk (for tests). */
export function clearPackCache(): void {
  cache.clear();
}

const isFolder = (path: string) =>
  stat(path).then(
    (info) => (info.isDirectory() ? "folder" : "file"),
    () => null,
  );

/** An installed package's folder, looked for in node_modules from `from` upwards. */
async function packageFolder(name: string, from: string): Promise<string | null> {
  for (let folder = from; ; folder = dirname(folder)) {
    const candidate = join(folder, "node_modules", name);
    if ((await isFolder(candidate)) === "folder") return candidate;
    if (dirname(folder) === folder) return null;
  }
}

/** Where a config's `packs` entry points: a folder relative to the config file, or an installed package. */
async function locate(spec: string, base: string): Promise<{ folder: string } | { problem: string }> {
  const path = resolve(base, spec);
  const kind = await isFolder(path);
  if (kind === "folder") return { folder: path };
  if (kind === "file")
    return { problem: `"${spec}" is a file; a pack is a folder of YAML files, so name the folder that holds it.` };
  if (PACKAGE_NAME.test(spec)) {
    const folder = await packageFolder(spec, base);
    if (folder) return { folder };
  }
  const parent = dirname(path);
  const siblings = await readdir(parent, { withFileTypes: true }).then(
    (entries) => entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
    () => [] as string[],
  );
  const hint = didYouMean(basename(path), siblings);
  const near = hint ? hint.replace(/"([^"]+)"/, (_, found: string) => `"${join(dirname(spec), found)}"`) : "";
  return {
    problem: `"${spec}" is neither a folder (relative to this file) nor an installed package;${near || " check the path, or install the package."}`,
  };
}

/**
 * The packs a config file names, read and checked: every problem of every pack at once, as a
 * `PackError`. `builtInIds` are the rule ids a pack rule may not take.
 */
export async function loadPacks(
  specs: readonly string[],
  configFile: string,
  builtInIds: readonly string[] = [],
  /** Where `packs` sits in the file: "reslint." in a package.json. */
  keyPrefix = "",
): Promise<LoadedPack[]> {
  const base = dirname(configFile);
  const problems: PackProblem[] = [];
  const folders: string[] = [];
  const packs: LoadedPack[] = [];
  const at = (index: number) => `${keyPrefix}packs[${index}]`;
  for (const [index, spec] of specs.entries()) {
    const found = await locate(spec, base);
    if ("problem" in found) {
      problems.push({ file: configFile, text: `: ${at(index)} ${found.problem}` });
      folders.push(resolve(base, spec));
      continue;
    }
    const earlier = folders.indexOf(found.folder);
    if (earlier >= 0) {
      problems.push({ file: configFile, text: `: ${at(index)} names the same pack as ${at(earlier)}; remove one.` });
      continue;
    }
    folders.push(found.folder);
    try {
      packs.push(await packAt(found.folder, spec));
    } catch (error) {
      if (!(error instanceof Problems)) throw error;
      problems.push(...error.entries);
    }
  }
  // Rule ids are unique across the built-in rules and every pack.
  const owners = new Map<string, string>(builtInIds.map((id) => [id, "a built-in rule"]));
  const names = new Map<string, LoadedPack>();
  for (const pack of packs) {
    const other = names.get(pack.name);
    if (other)
      problems.push({
        file: configFile,
        text: `: the packs "${other.spec}" and "${pack.spec}" are both named "${pack.name}"; give one of them another name in its ${PACK_MANIFEST}.`,
      });
    else names.set(pack.name, pack);
    for (const rule of pack.rules) {
      const owner = owners.get(rule.meta.id);
      if (owner)
        problems.push({
          file: configFile,
          text: `: ${rule.meta.id} from the pack "${pack.spec}" is also ${owner}; give the rule another id.`,
        });
      else owners.set(rule.meta.id, `a rule of the pack "${pack.spec}"`);
    }
  }
  if (problems.length > 0) throw new PackError(configFile, problems, folders);
  return packs;
}
