/**
 * Just enough ZIP for the format tests, on Node's zlib alone: read one entry of a DOCX (to check
 * DOCX positions against the file's own paragraphs), and write small DOCX files, including one
 * whose `word/document.xml` declares and inflates to more than a gigabyte without that gigabyte
 * ever being held in memory.
 */
import { constants, crc32, deflateRawSync, inflateRawSync } from "node:zlib";

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const DEFLATE = 8;
/** 1 January 2020, 00:00, in MS-DOS date and time. */
const DOS_TIME = 0;
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;

/** An entry already compressed: raw deflate data, with the CRC-32 and size of what it inflates to. */
export interface DeflatedEntry {
  name: string;
  deflated: Buffer;
  crc: number;
  size: number;
}

export function deflateEntry(name: string, content: string | Buffer): DeflatedEntry {
  const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { name, deflated: deflateRawSync(data), crc: crc32(data), size: data.length };
}

/** A ZIP archive (no ZIP64: every size must fit in 32 bits) of entries compressed with deflate. */
export function zip(entries: readonly DeflatedEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    if (entry.size > 0xffffffff || entry.deflated.length > 0xffffffff) throw new Error(`${entry.name} needs ZIP64`);
    const name = Buffer.from(entry.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // flags: names are UTF-8
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.deflated.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL_HEADER, 0);
    header.writeUInt16LE(20, 4); // version made by
    header.writeUInt16LE(20, 6); // version needed
    local.copy(header, 8, 6, 30); // flags … extra length are the same as in the local header
    header.writeUInt16LE(0, 32); // comment length
    header.writeUInt16LE(0, 34); // disk number
    header.writeUInt16LE(0, 36); // internal attributes
    header.writeUInt32LE(0, 38); // external attributes
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    parts.push(local, name, entry.deflated);
    offset += local.length + name.length + entry.deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/**
 * An entry whose content is `head`, then `fill` repeated `repeats` times, then `tail`. Each part is
 * deflated on its own and flushed to a byte boundary without ending the stream, so the parts can be
 * laid end to end; `fill` is compressed once and its deflate bytes repeated. The CRC is computed over
 * `fill` one copy at a time, so memory stays at a few copies of `fill` whatever the declared size.
 */
export function repeatedEntry(name: string, head: string, fill: Buffer, repeats: number, tail: string): DeflatedEntry {
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  const headBytes = Buffer.from(head, "utf8");
  const tailBytes = Buffer.from(tail, "utf8");
  const fillDeflated = deflateRawSync(fill, flush);
  let crc = crc32(headBytes);
  for (let index = 0; index < repeats; index += 1) crc = crc32(fill, crc);
  crc = crc32(tailBytes, crc);
  return {
    name,
    deflated: Buffer.concat([
      deflateRawSync(headBytes, flush),
      ...Array.from({ length: repeats }, () => fillDeflated),
      deflateRawSync(tailBytes),
    ]),
    crc,
    size: headBytes.length + fill.length * repeats + tailBytes.length,
  };
}

/** The names and raw bytes of a ZIP's entries, from its central directory. */
function centralDirectory(archive: Buffer): { name: string; method: number; compressedSize: number; offset: number }[] {
  const endAt = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error("not a ZIP archive: no end of central directory");
  const count = archive.readUInt16LE(endAt + 10);
  let at = archive.readUInt32LE(endAt + 16);
  const entries = [];
  for (let index = 0; index < count; index += 1) {
    if (archive.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error("corrupt ZIP central directory");
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    entries.push({
      name: archive.toString("utf8", at + 46, at + 46 + nameLength),
      method: archive.readUInt16LE(at + 10),
      compressedSize: archive.readUInt32LE(at + 20),
      offset: archive.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** One entry of a (small, trusted) ZIP archive, inflated; at most 64 MB. */
export function readEntry(archive: Buffer, name: string): Buffer {
  const entry = centralDirectory(archive).find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no ${name} in the archive`);
  const local = entry.offset;
  const dataAt = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
  const data = archive.subarray(dataAt, dataAt + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method !== DEFLATE) throw new Error(`${name} uses compression method ${entry.method}`);
  return inflateRawSync(data, { maxOutputLength: 64 * 1024 * 1024 });
}
