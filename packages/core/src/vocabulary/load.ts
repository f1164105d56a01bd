import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { VOCABULARY_PARTS, VocabularyError } from "./parts.js";
import { partSchemas } from "./schema.js";
import type { VocabularyData, VocabularyExtension, VocabularyPart } from "./types.js";

/**
 * Loading vocabulary files: YAML parsed with `yaml`, each file checked against its part's schema
 * with zod, every problem said with the file, the line, the entry and the fix. The build of
 * `@reslint/rules` runs this over `rules/vocabulary/`; a pack's files will go through it too.
 */

/** One vocabulary file: its path as it should be shown, and its text. */
export interface VocabularySource {
  path: string;
  text: string;
}

/** A file that defines a part of the vocabulary, or adds to one. */
export type VocabularyFile =
  | { path: string; defines: VocabularyPart; data: VocabularyData[VocabularyPart] }
  | { path: string; extends: VocabularyPart; data: VocabularyExtension };

/** The closest of `known` to `word`, when it is close enough to be a likely typo. */
function nearest(word: string, known: readonly string[]): string | null {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0] as number;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j] as number;
        row[j] = Math.min(current + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length] as number;
  };
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const score = distance(word.toLowerCase(), candidate.toLowerCase());
    if (score < bestDistance) {
      best = candidate;
      bestDistance = score;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}

/** "phrases[12]", "levels.team[3]", 'groups[0].dimensions["hands-on depth"]'. */
function entryName(path: readonly PropertyKey[]): string {
  let name = "";
  for (const segment of path) {
    if (typeof segment === "number") name += `[${segment}]`;
    else if (/^[A-Za-z][\w-]*$/.test(String(segment))) name += name === "" ? String(segment) : `.${String(segment)}`;
    else name += `[${JSON.stringify(String(segment))}]`;
  }
  return name;
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a group of lists";
  if (typeof value === "string") return "a text";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return `${value} (yes or no)`;
  return typeof value;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** The schema that checks the value at `path`, to name the lists a group may hold. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | null {
  let current: z.ZodType | null = schema;
  for (const segment of path) {
    while (current instanceof z.ZodOptional || current instanceof z.ZodNullable)
      current = current.unwrap() as z.ZodType;
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(segment)] ?? null;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else return null;
    if (current === null) return null;
  }
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current.unwrap() as z.ZodType;
  return current;
}

/** The same schema with every list and group optional, for a file that only adds to a part. */
function additions(schema: z.ZodType): z.ZodType {
  if (!(schema instanceof z.ZodObject)) return schema;
  const shape = Object.fromEntries(
    Object.entries(schema.shape as Record<string, z.ZodType>)
      .filter(([key]) => key !== "description")
      .map(([key, value]) => [key, additions(value).optional()]),
  );
  return z.strictObject(shape);
}

function issueMessage(issue: z.core.$ZodIssue, data: unknown, schema: z.ZodType): string {
  const path = issue.path;
  const where = entryName(path);
  const value = valueAt(data, path);
  const quoted = typeof value === "string" ? ` "${value}"` : "";
  const subject = where === "" ? "the file" : where;
  if (issue.code === "unrecognized_keys") {
    const group = schemaAt(schema, path);
    const known = group instanceof z.ZodObject ? Object.keys(group.shape) : [];
    return issue.keys
      .map((key) => {
        const near = nearest(key, known);
        const name = entryName([...path, key]);
        return `${name} is not a list ${where === "" ? "this part" : where} has; ${
          near ? `did you mean "${near}"? ` : ""
        }the lists are ${known.join(", ")}.`;
      })
      .join("\n");
  }
  if (issue.code === "invalid_key") {
    const inner = issue.issues[0];
    return `${subject} ${inner?.message ?? "is not a word reslint can read"}`;
  }
  if (issue.code === "custom") return `${subject}${quoted} ${issue.message}`;
  if (value === undefined && issue.code === "invalid_type")
    return `${subject} is missing; add it (${issue.message.replace(/^must be /, "")}), even if empty: ${String(path.at(-1))}: [].`;
  const hint = typeof value === "number" || typeof value === "boolean" ? `; put it in quotes ("${String(value)}")` : "";
  if (issue.code === "invalid_type") return `${subject} ${issue.message}; it is ${kindOf(value)}${hint}.`;
  return `${subject}${quoted} ${issue.message}.`;
}

/**
 * Parses and checks one vocabulary file. Throws a `VocabularyError` whose `problems` name the
 * file, the line, the entry and the fix, one problem each.
 */
export function parseVocabularyFile(source: VocabularySource): VocabularyFile {
  const lines = new LineCounter();
  const document = parseDocument(source.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => (offset === undefined ? "" : `:${lines.linePos(offset).line}`);
  const fail = (problems: string[]): never => {
    throw new VocabularyError(problems.join("\n"), problems);
  };
  if (document.errors.length > 0) {
    fail(
      document.errors.map(
        (error) =>
          `${source.path}${at(error.pos[0])}: ${error.message.split("\n")[0]}; check the indentation, and put an entry that starts with a special character (* & ! | > ' " % @ \` ? [ {) in quotes.`,
      ),
    );
  }
  const data: unknown = document.toJS();
  if (!isMap(document.contents) || data === null || typeof data !== "object" || Array.isArray(data))
    fail([`${source.path}: is not a vocabulary file; it must start with "defines: <part>" or "extends: <part>".`]);
  const record = data as Record<string, unknown>;
  const { defines, extends: extended, ...rest } = record;
  if ((defines === undefined) === (extended === undefined))
    fail([
      `${source.path}: must say which part it holds, with one "defines: <part>" (a whole part) or one "extends: <part>" (words to add to one).`,
    ]);
  const mode = defines !== undefined ? "defines" : "extends";
  const part = String(defines ?? extended);
  if (!(VOCABULARY_PARTS as readonly string[]).includes(part)) {
    const near = nearest(part, VOCABULARY_PARTS);
    fail([
      `${source.path}${at(document.contents?.range?.[0])}: "${mode}: ${part}" names no part of the vocabulary; ${
        near ? `did you mean "${near}"? ` : ""
      }the parts are ${VOCABULARY_PARTS.join(", ")}.`,
    ]);
  }
  const name = part as VocabularyPart;
  const schema: z.ZodType = mode === "defines" ? partSchemas[name] : additions(partSchemas[name]);
  const parsed = schema.safeParse(rest);
  if (!parsed.success) {
    const lineOf = (path: readonly PropertyKey[]) => {
      for (let length = path.length; length >= 0; length--) {
        const node = document.getIn(path.slice(0, length) as unknown[], true);
        if (node && (isScalar(node) || isMap(node) || typeof node === "object")) {
          const range = (node as { range?: [number, number, number] }).range;
          if (range) return at(range[0]);
        }
      }
      return "";
    };
    fail(
      parsed.error.issues.flatMap((issue) =>
        issueMessage(issue, rest, schema)
          .split("\n")
          .map((message) => `${source.path}${lineOf(issue.path)}: ${message}`),
      ),
    );
  }
  return mode === "defines"
    ? { path: source.path, defines: name, data: parsed.data as VocabularyData[VocabularyPart] }
    : { path: source.path, extends: name, data: { extends: name, ...(parsed.data as object) } as VocabularyExtension };
}

/**
 * A whole vocabulary from its files: every part defined exactly once, and the files that extend
 * one. Every problem in every file is reported together.
 */
export function vocabularyFromFiles(sources: readonly VocabularySource[]): {
  data: VocabularyData;
  extensions: VocabularyExtension[];
} {
  const problems: string[] = [];
  const parts = new Map<VocabularyPart, { path: string; data: unknown }>();
  const extensions: VocabularyExtension[] = [];
  for (const source of sources) {
    try {
      const file = parseVocabularyFile(source);
      if ("defines" in file) {
        const earlier = parts.get(file.defines);
        if (earlier)
          problems.push(
            `${source.path}: defines ${file.defines}, which ${earlier.path} defines already; keep one of them.`,
          );
        else parts.set(file.defines, { path: source.path, data: file.data });
      } else extensions.push(file.data);
    } catch (error) {
      if (!(error instanceof VocabularyError)) throw error;
      problems.push(...error.problems);
    }
  }
  // A part whose file failed to load is not reported missing as well.
  const filesRead = problems.length === 0;
  for (const part of VOCABULARY_PARTS)
    if (!parts.has(part) && filesRead)
      problems.push(`the vocabulary has no file that defines ${part}; add ${part}.yaml with "defines: ${part}".`);
  if (problems.length > 0) throw new VocabularyError(problems.join("\n"), problems);
  const data = Object.fromEntries(VOCABULARY_PARTS.map((part) => [part, parts.get(part)?.data])) as VocabularyData;
  return { data, extensions };
}

/** Reads every `.yaml` / `.yml` file of a folder, in name order, as `vocabularyFromFiles` does. */
export async function readVocabularyFolder(
  folder: string,
  shownAs: (path: string) => string = (path) => path,
): Promise<{ data: VocabularyData; extensions: VocabularyExtension[] }> {
  const names = (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const sources = await Promise.all(
    names.map(async (name) => ({
      path: shownAs(join(folder, name)),
      text: await readFile(join(folder, name), "utf8"),
    })),
  );
  return vocabularyFromFiles(sources);
}
