/**
 * The entries of a zip from its central directory (APPNOTE 4.3.12), without unpacking anything: each entry's
 * compressed bytes are a view into the file, so a part can be inflated as a stream, or copied into another zip
 * untouched. Plain Uint8Array and DataView: the same code runs in the task pane on a file the user picks.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  /** Uncompressed bytes. */
  size: number;
  /** The entry's data as stored (compressed), a view into the zip. */
  data: Uint8Array;
}

const END = 0x06054b50;
const END64_LOCATOR = 0x07064b50;
const END64 = 0x06064b50;
const DIRECTORY = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
/** The end record is the last 22 bytes, plus a comment of up to 65,535 bytes. */
const END_SEARCH = 22 + 0xffff;

/** Where the central directory starts and how many entries it has; null when the zip has no end record. */
function directory(view: DataView): { at: number; count: number } | null {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - END_SEARCH; at--) {
    if (view.getUint32(at, true) !== END) continue;
    const locator = at - 20;
    if (locator >= 0 && view.getUint32(locator, true) === END64_LOCATOR) {
      const end64 = Number(view.getBigUint64(locator + 8, true));
      if (end64 + 56 <= view.byteLength && view.getUint32(end64, true) === END64)
        return {
          count: Number(view.getBigUint64(end64 + 32, true)),
          at: Number(view.getBigUint64(end64 + 48, true)),
        };
    }
    return { count: view.getUint16(at + 10, true), at: view.getUint32(at + 16, true) };
  }
  return null;
}

/** Sizes and offset that did not fit in 32 bits are in the ZIP64 extra field, in this order. */
function zip64(view: DataView, extra: number, extraEnd: number, fields: number[]): number[] {
  for (let at = extra; at + 4 <= extraEnd;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      return fields.map((value) => {
        if (value !== 0xffffffff) return value;
        const wide = Number(view.getBigUint64(field, true));
        field += 8;
        return wide;
      });
    }
    at += 4 + length;
  }
  return fields;
}

/** The zip's entries in directory order; null when this is not a readable zip (no directory, or cut short). */
export function zipIndex(zip: Uint8Array): ZipEntry[] | null {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dir = directory(view);
  if (!dir) return null;
  const utf8 = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = dir.at;
  for (let i = 0; i < dir.count; i++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== DIRECTORY) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const extra = at + 46 + nameLength;
    const [size = 0, compressed = 0, offset = 0] = zip64(view, extra, extra + extraLength, [
      view.getUint32(at + 24, true),
      view.getUint32(at + 20, true),
      view.getUint32(at + 42, true),
    ]);
    if (offset + 30 > zip.length || view.getUint32(offset, true) !== LOCAL) return null;
    const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    if (start + compressed > zip.length) return null;
    entries.push({
      name: utf8.decode(zip.subarray(at + 46, extra)),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      size,
      data: zip.subarray(start, start + compressed),
    });
    at = extra + extraLength + view.getUint16(at + 32, true);
  }
  return entries;
}
