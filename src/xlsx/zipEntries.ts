/**
 * The uncompressed size of each entry of a zip, from its central directory, without unpacking anything:
 * lets the reader refuse a sheet too large to hold in memory before ExcelJS tries (and the process dies).
 */
const END_OF_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const DIRECTORY_ENTRY = 0x02014b50;

export interface ZipEntry {
  name: string;
  /** Uncompressed bytes; Infinity for a ZIP64 entry, whose real size is elsewhere (and large). */
  size: number;
}

export function zipEntries(buf: Buffer): ZipEntry[] {
  const end = buf.lastIndexOf(END_OF_DIRECTORY);
  if (end < 0 || end + 22 > buf.length) return [];
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count && at + 46 <= buf.length && buf.readUInt32LE(at) === DIRECTORY_ENTRY; i++) {
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    entries.push({
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
      size: size === 0xffffffff ? Infinity : size,
    });
    at += 46 + skip;
  }
  return entries;
}
