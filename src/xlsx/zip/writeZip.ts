/**
 * A zip from entries: copied ones go in exactly as they were stored (their compressed bytes, CRC and sizes, never
 * unpacked), new or edited ones are deflated at fflate's fastest level (a third larger than its default and twice as
 * quick; Excel compresses again whenever it saves). fflate writes the container; a copied entry is an fflate input file
 * whose data is the stored bytes.
 */
import { Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import type { ZipEntry } from './zipIndex';

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
    if ('copy' in content) {
      const stored: ZipInputFile = {
        filename: name,
        size: content.copy.size,
        crc: content.copy.crc,
        compression: content.copy.method,
      };
      zip.add(stored);
      stored.ondata!(null, content.copy.data as Uint8Array<ArrayBuffer>, true);
    } else {
      const deflate = new ZipDeflate(name, { level: 1 });
      zip.add(deflate);
      deflate.push(content.bytes, true);
    }
  }
  zip.end();
  if (failure) throw failure;
  return concat(chunks);
}
