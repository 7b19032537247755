/** A zip entry's text, whole (small parts) or chunk by chunk as it inflates (sheets), never all of it at once. */
import { Inflate, inflateSync } from 'fflate';
import type { ZipEntry } from './zipIndex';

const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes handed to the inflater at a time: its output, a few times this, is all that is held. */
const CHUNK = 64 * 1024;

export class UnreadableEntryError extends Error {
  constructor(readonly entry: string) {
    super(`${entry} cannot be unpacked`);
    this.name = 'UnreadableEntryError';
  }
}

/** The entry's bytes, unpacked. */
export function entryBytes(entry: ZipEntry): Uint8Array {
  if (entry.method === STORED) return entry.data;
  if (entry.method !== DEFLATED) throw new UnreadableEntryError(entry.name);
  try {
    return inflateSync(entry.data, { out: new Uint8Array(entry.size) });
  } catch {
    throw new UnreadableEntryError(entry.name);
  }
}

export function entryText(entry: ZipEntry): string {
  return new TextDecoder().decode(entryBytes(entry));
}

/** Calls `onText` with the entry's text in pieces, in order, as it is unpacked. */
export function streamEntryText(entry: ZipEntry, onText: (text: string) => void): void {
  const decoder = new TextDecoder();
  const decode = (bytes: Uint8Array, final: boolean) => {
    const text = decoder.decode(bytes, { stream: !final });
    if (text) onText(text);
  };
  if (entry.method === STORED) {
    for (let at = 0; at < entry.data.length; at += CHUNK) decode(entry.data.subarray(at, at + CHUNK), false);
    decode(new Uint8Array(0), true);
    return;
  }
  if (entry.method !== DEFLATED) throw new UnreadableEntryError(entry.name);
  const inflate = new Inflate((bytes, final) => decode(bytes, final));
  try {
    for (let at = 0; at < entry.data.length; at += CHUNK)
      inflate.push(entry.data.subarray(at, at + CHUNK), at + CHUNK >= entry.data.length);
    if (entry.data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (err) {
    // fflate's errors (invalid block, unexpected end) carry a numeric code; the text reader's pass through.
    if (err instanceof Error && typeof (err as { code?: unknown }).code === 'number')
      throw new UnreadableEntryError(entry.name);
    throw err;
  }
}
