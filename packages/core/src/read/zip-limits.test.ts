import { describe, expect, it } from "vitest";
import { ZipFile } from "yazl";
import { checkDeclaredSizes, ZipArchive, type ZipEntryInfo, type ZipLimits, ZipReadError } from "./zip-limits.js";

function zipOf(files: Record<string, string | Buffer>, compress = true): Promise<Uint8Array> {
  const zip = new ZipFile();
  for (const [name, content] of Object.entries(files)) zip.addBuffer(Buffer.from(content), name, { compress });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on("data", (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    zip.outputStream.on("error", reject);
  });
}

const limits: ZipLimits = {
  maxEntries: 4,
  maxTotalBytes: 1000,
  isParsed: (name) => name.endsWith(".xml"),
  maxParsedEntryBytes: 100,
  maxParsedBytes: 150,
};

const entry = (name: string, uncompressedSize: number): ZipEntryInfo => ({
  name,
  uncompressedSize,
  compressedSize: Math.ceil(uncompressedSize / 100),
  encrypted: false,
  supportedCompression: true,
});

describe("checkDeclaredSizes", () => {
  it("passes an archive within every limit", () => {
    expect(checkDeclaredSizes([entry("a.xml", 100), entry("b.xml", 50), entry("photo.png", 850)], limits)).toBeNull();
  });

  it("refuses one parsed entry over its limit, naming it", () => {
    expect(checkDeclaredSizes([entry("small.xml", 10), entry("document.xml", 101)], limits)).toEqual({
      kind: "entry",
      name: "document.xml",
      bytes: 101,
      compressedBytes: 2,
      limit: 100,
    });
  });

  it("refuses parsed entries over their limit together", () => {
    expect(checkDeclaredSizes([entry("a.xml", 100), entry("b.xml", 51)], limits)).toEqual({
      kind: "parsed",
      bytes: 151,
      limit: 150,
    });
  });

  it("refuses everything together over the total, media included", () => {
    expect(checkDeclaredSizes([entry("a.xml", 10), entry("photo.png", 991)], limits)).toEqual({
      kind: "total",
      bytes: 1001,
      limit: 1000,
    });
  });

  it("refuses too many entries", () => {
    const entries = ["a", "b", "c", "d", "e"].map((name) => entry(name, 1));
    expect(checkDeclaredSizes(entries, limits)).toEqual({ kind: "entries", count: 5, limit: 4 });
  });
});

describe("ZipArchive", () => {
  it("says bytes that are not a zip are not a zip", async () => {
    const error = await ZipArchive.open(new Uint8Array(Buffer.from("not a zip at all")), 10).catch((e) => e);
    expect(error).toBeInstanceOf(ZipReadError);
    expect(error.kind).toBe("not-zip");
  });

  it("lists entries with their declared sizes", async () => {
    const opened = await ZipArchive.open(await zipOf({ "a.xml": "<a/>", "media/b.bin": Buffer.alloc(300) }), 10);
    expect(opened.breach).toBeNull();
    const archive = opened.archive as ZipArchive;
    expect(archive.entries.map(({ name, uncompressedSize }) => [name, uncompressedSize])).toEqual([
      ["a.xml", 4],
      ["media/b.bin", 300],
    ]);
    expect(archive.has("a.xml")).toBe(true);
    expect(archive.has("missing.xml")).toBe(false);
    expect(await archive.verifyEntries(["a.xml", "media/b.bin"])).toBeNull();
    archive.close();
  });

  it("refuses too many entries from the end record, before reading any", async () => {
    const opened = await ZipArchive.open(await zipOf({ a: "1", b: "2", c: "3" }), 2);
    expect(opened).toEqual({ archive: null, breach: { kind: "entries", count: 3, limit: 2 } });
  });

  it.each([
    [true, 16_380],
    [true, 65_533],
    [false, 16_380],
    [false, 65_533],
  ])("finds a forbidden string across chunk boundaries (deflated: %s, at %i)", async (compress, at) => {
    const text = Buffer.alloc(100_000, " ");
    Buffer.from("<!DOCTYPE").copy(text, at);
    const opened = await ZipArchive.open(await zipOf({ "clean.xml": "<a/>", "part.xml": text }, compress), 10);
    const archive = opened.archive as ZipArchive;
    expect(await archive.verifyEntries(["clean.xml", "part.xml"], { forbidden: "<!DOCTYPE" })).toEqual({
      problem: "forbidden",
      name: "part.xml",
      detail: "<!DOCTYPE",
    });
    archive.close();
  });

  it("counts tags across entries and stops past the limit", async () => {
    const opened = await ZipArchive.open(await zipOf({ "a.xml": "<a><b/></a>", "b.xml": "<c/>".repeat(5) }), 10);
    const archive = opened.archive as ZipArchive;
    expect(await archive.verifyEntries(["a.xml", "b.xml"], { maxTags: 8 })).toBeNull();
    expect(await archive.verifyEntries(["a.xml", "b.xml"], { maxTags: 7 })).toMatchObject({
      problem: "too-many-tags",
      name: "b.xml",
    });
    archive.close();
  });

  it("stops an entry that inflates to more than it declares", async () => {
    const actual = 1_234_567;
    const bytes = Buffer.from(await zipOf({ "part.xml": Buffer.alloc(actual, "a") }));
    const trueSize = Buffer.alloc(4);
    trueSize.writeUInt32LE(actual);
    const lie = Buffer.alloc(4);
    lie.writeUInt32LE(10);
    for (let at = bytes.indexOf(trueSize); at >= 0; at = bytes.indexOf(trueSize, at + 4)) lie.copy(bytes, at);
    const opened = await ZipArchive.open(new Uint8Array(bytes), 10);
    const archive = opened.archive as ZipArchive;
    expect(archive.entries[0]?.uncompressedSize).toBe(10);
    const problem = await archive.verifyEntries(["part.xml"]);
    expect(problem).toMatchObject({ problem: "size-mismatch", name: "part.xml" });
    expect(problem?.detail).toMatch(/too many bytes/);
    archive.close();
  });
});

describe("ZipArchive: entries that could dodge the checks", () => {
  it("refuses a name listed twice, since unzip libraries disagree on which copy wins", async () => {
    const zip = new ZipFile();
    zip.addBuffer(Buffer.from("<a/>"), "word/document.xml");
    zip.addBuffer(Buffer.from("<b/>"), "word/document.xml");
    zip.end();
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const chunks: Buffer[] = [];
      zip.outputStream.on("data", (chunk: Buffer) => chunks.push(chunk));
      zip.outputStream.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    });
    const error = await ZipArchive.open(bytes, 10).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ZipReadError);
    expect((error as ZipReadError).kind).toBe("damaged");
  });
});
