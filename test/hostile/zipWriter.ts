/**
 * A minimal zip writer (deflate, no zip64) for hostile workbooks whose XML we write ourselves, so a sheet can be made
 * as large or as strange as a test needs without building it in memory: entries are streamed through zlib in chunks.
 */
import { createWriteStream } from 'fs';
import { deflateRawSync } from 'zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(crc: number, bytes: Buffer): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** An entry's content: a string, or chunks produced on demand (never all held at once). */
export type EntryContent = string | (() => Iterable<string>);

interface Written {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** Deflates chunk by chunk (each chunk a complete raw-deflate block sequence, joined by a final empty block). */
function* deflated(content: EntryContent, into: { crc: number; size: number }): Iterable<Buffer> {
  const chunks = typeof content === 'string' ? [content] : content();
  for (const chunk of chunks) {
    const raw = Buffer.from(chunk, 'utf8');
    into.crc = crc32(into.crc, raw);
    into.size += raw.length;
    // Z_SYNC_FLUSH-style: a non-final block per chunk; the terminating final block comes after the loop.
    const block = deflateRawSync(raw, { finishFlush: 2 /* Z_SYNC_FLUSH */ });
    yield block;
  }
  yield Buffer.from([0x03, 0x00]); // an empty final fixed-Huffman block
}

export async function writeZip(path: string, entries: Record<string, EntryContent>): Promise<void> {
  const out = createWriteStream(path);
  const write = (b: Buffer) =>
    new Promise<void>((resolve, reject) => out.write(b, (err) => (err ? reject(err) : resolve())));
  const written: Written[] = [];
  let offset = 0;
  for (const [entryName, content] of Object.entries(entries)) {
    const name = Buffer.from(entryName, 'utf8');
    const stats = { crc: 0, size: 0 };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0008, 6); // sizes and CRC follow the data (data descriptor)
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(name.length, 26);
    await write(Buffer.concat([header, name]));
    let compressed = 0;
    for (const block of deflated(content, stats)) {
      compressed += block.length;
      await write(block);
    }
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(stats.crc, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(stats.size, 12);
    await write(descriptor);
    written.push({ name, crc: stats.crc, compressed, size: stats.size, offset });
    offset += 30 + name.length + compressed + 16;
  }
  const central = written.map((w) => {
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(0x0008, 8);
    h.writeUInt16LE(8, 10);
    h.writeUInt32LE(w.crc, 16);
    h.writeUInt32LE(w.compressed, 20);
    h.writeUInt32LE(w.size, 24);
    h.writeUInt16LE(w.name.length, 28);
    h.writeUInt32LE(w.offset, 42);
    return Buffer.concat([h, w.name]);
  });
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(written.length, 8);
  end.writeUInt16LE(written.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  await write(Buffer.concat([dir, end]));
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
}
