import { type Entry, fromBufferPromise, type ZipFile } from "yauzl";

/**
 * Guards for reading a zip archive (a DOCX) that may be hostile: a decompression bomb, an archive
 * whose entries declare one size and inflate to another, or one with a huge central directory.
 *
 * Everything is decided from the central directory before anything is inflated; then the parts
 * that will be parsed are inflated once as a stream, which stops as soon as an entry produces more
 * bytes than it declared. Nothing here keeps inflated data: the caller parses the archive itself
 * once it has passed.
 */

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  /** The size the central directory declares; `verifyEntries` proves the data does not exceed it. */
  uncompressedSize: number;
  encrypted: boolean;
  /** Stored or deflated: the only methods a DOCX uses and the only ones readers support. */
  supportedCompression: boolean;
}

export interface ZipLimits {
  /** Most entries the central directory may list. */
  maxEntries: number;
  /** Most bytes all entries together may declare. */
  maxTotalBytes: number;
  /** Entries that will be inflated and parsed (XML parts), as opposed to media that is never read. */
  isParsed: (name: string) => boolean;
  /** Most bytes any one parsed entry may declare. */
  maxParsedEntryBytes: number;
  /** Most bytes the parsed entries together may declare. */
  maxParsedBytes: number;
}

export type LimitBreach =
  | { kind: "entries"; count: number; limit: number }
  | { kind: "entry"; name: string; bytes: number; compressedBytes: number; limit: number }
  | { kind: "parsed"; bytes: number; limit: number }
  | { kind: "total"; bytes: number; limit: number };

export interface VerifyOptions {
  /** An ASCII string no entry may contain. */
  forbidden?: string;
  /** Most "<" bytes the entries may hold together. */
  maxTags?: number;
}

export interface VerifyProblem {
  problem: "size-mismatch" | "unreadable" | "forbidden" | "too-many-tags";
  name: string;
  detail: string;
}

/** The problem with a zip archive that is not a size limit. */
export class ZipReadError extends Error {
  override readonly name = "ZipReadError";
  constructor(
    readonly kind: "not-zip" | "damaged",
    message: string,
  ) {
    super(message);
  }
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** An archive opened for inspection: its central directory, read without inflating anything. */
export class ZipArchive {
  private constructor(
    private readonly zip: ZipFile,
    private readonly raw: Map<string, Entry>,
    readonly entries: ZipEntryInfo[],
  ) {}

  /**
   * Reads the central directory. Refuses an archive listing more than `maxEntries` entries before
   * reading any of them. Throws `ZipReadError` when the bytes are not a zip archive.
   */
  static async open(
    bytes: Uint8Array,
    maxEntries: number,
  ): Promise<{ archive: ZipArchive; breach: null } | { archive: null; breach: LimitBreach }> {
    let zip: ZipFile;
    try {
      zip = await fromBufferPromise(asBuffer(bytes), {
        lazyEntries: true,
        autoClose: false,
        decodeStrings: true,
        validateEntrySizes: true,
        strictFileNames: false,
      });
    } catch (error) {
      throw new ZipReadError("not-zip", (error as Error).message);
    }
    if (zip.entryCount > maxEntries) {
      zip.close();
      return { archive: null, breach: { kind: "entries", count: zip.entryCount, limit: maxEntries } };
    }
    const raw = new Map<string, Entry>();
    const entries: ZipEntryInfo[] = [];
    try {
      for await (const entry of zip.eachEntry()) {
        entries.push({
          name: entry.fileName,
          compressedSize: entry.compressedSize,
          uncompressedSize: entry.uncompressedSize,
          encrypted: entry.isEncrypted(),
          supportedCompression: entry.compressionMethod === 0 || entry.compressionMethod === 8,
        });
        // Word never writes a name twice, and unzip libraries disagree on which copy wins, so a
        // second copy could slip past the checks made on the first.
        if (raw.has(entry.fileName)) throw new ZipReadError("damaged", `duplicate entry ${entry.fileName}`);
        raw.set(entry.fileName, entry);
      }
    } catch (error) {
      zip.close();
      throw new ZipReadError("damaged", (error as Error).message);
    }
    return { archive: new ZipArchive(zip, raw, entries), breach: null };
  }

  has(name: string): boolean {
    return this.raw.has(name);
  }

  /**
   * Inflates each named entry as a stream and discards it, failing as soon as one produces more
   * bytes than it declared (or fewer), so the declared sizes that `checkDeclaredSizes` passed are
   * the true ones. `forbidden` (ASCII) is looked for in the inflated bytes; the first entry that
   * contains it is returned. `maxTags` bounds the "<" bytes of all the entries together: an XML
   * parser's memory grows with the number of elements, not the number of bytes.
   */
  async verifyEntries(names: readonly string[], options: VerifyOptions = {}): Promise<VerifyProblem | null> {
    const needle = options.forbidden === undefined ? null : Buffer.from(options.forbidden, "latin1");
    const maxTags = options.maxTags ?? Number.POSITIVE_INFINITY;
    let tags = 0;
    for (const name of names) {
      const entry = this.raw.get(name);
      if (!entry) continue;
      try {
        const stream = await this.zip.openReadStreamPromise(entry);
        let tail: Buffer = Buffer.alloc(0);
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          for (let at = chunk.indexOf(0x3c); at >= 0; at = chunk.indexOf(0x3c, at + 1)) tags++;
          if (tags > maxTags) {
            stream.destroy();
            return { problem: "too-many-tags", name, detail: `more than ${maxTags} tags` };
          }
          if (needle) {
            const window: Buffer = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
            if (window.includes(needle)) {
              stream.destroy();
              return { problem: "forbidden", name, detail: options.forbidden as string };
            }
            tail = window.subarray(Math.max(0, window.length - (needle.length - 1)));
          }
        }
      } catch (error) {
        const detail = (error as Error).message;
        const mismatch = /too many bytes|not enough bytes/.test(detail);
        return { problem: mismatch ? "size-mismatch" : "unreadable", name, detail };
      }
    }
    return null;
  }

  close(): void {
    this.zip.close();
  }
}

/** The first limit the declared (uncompressed) sizes break, or null. Nothing is inflated. */
export function checkDeclaredSizes(entries: readonly ZipEntryInfo[], limits: ZipLimits): LimitBreach | null {
  if (entries.length > limits.maxEntries) return { kind: "entries", count: entries.length, limit: limits.maxEntries };
  let total = 0;
  let parsed = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (!limits.isParsed(entry.name)) continue;
    parsed += entry.uncompressedSize;
    if (entry.uncompressedSize > limits.maxParsedEntryBytes) {
      return {
        kind: "entry",
        name: entry.name,
        bytes: entry.uncompressedSize,
        compressedBytes: entry.compressedSize,
        limit: limits.maxParsedEntryBytes,
      };
    }
  }
  if (total > limits.maxTotalBytes) return { kind: "total", bytes: total, limit: limits.maxTotalBytes };
  if (parsed > limits.maxParsedBytes) return { kind: "parsed", bytes: parsed, limit: limits.maxParsedBytes };
  return null;
}
