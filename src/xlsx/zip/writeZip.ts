/**
 * A zip from entries: copied ones go in exactly as they were stored (their compressed bytes, CRC and sizes, never
 * unpacked), new or edited ones are deflated by Node's zlib at its fastest level (the CLI writes; zlib is native and
 * several times quicker than a JavaScript deflate, and Excel compresses again whenever it saves). fflate writes the
 * container; every entry is an fflate input file whose data is already compressed.
 */
import { Zip, type ZipInputFile } from 'fflate';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import type { ZipEntry } from './zipIndex';

const DEFLATED = 8;

export type ZipContent = { copy: ZipEntry } | { bytes: Uint8Array };

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export function writeZip(files: { name: string; content: ZipContent }[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  for (const { name, content } of files) {
    const entry =
      'copy' in content
        ? content.copy
        : {
            size: content.bytes.length,
            crc: crc32(content.bytes),
            method: DEFLATED,
            data: deflateRawSync(content.bytes, {
              level: constants.Z_BEST_SPEED,
              // Room for the whole result at once (XML deflates to well under a quarter): zlib otherwise gathers
              // it in 16K pieces and joins them.
              chunkSize: Math.max(constants.Z_DEFAULT_CHUNK, content.bytes.length >> 2),
            }),
          };
    const file: ZipInputFile = {
      filename: name,
      size: entry.size,
      crc: entry.crc,
      compression: entry.method,
    };
    zip.add(file);
    file.ondata!(null, entry.data as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (failure) throw failure;
  return concat(chunks);
}
