/**
 * A zip entry's text, whole (small parts) or chunk by chunk (sheets), never all of it as one string. Unpacking is
 * fflate's (JavaScript, streamed: runs in the task pane) unless the caller brings a faster inflate of its own (the
 * CLI brings Node's native zlib: readWorkbookFile.ts).
 */
import { Inflate, inflateSync } from 'fflate';
import type { ZipEntry } from './zipIndex';

/** Inflates a whole raw-deflate stream of `size` unpacked bytes; throws on bad data or more than `size` bytes. */
export type InflateRaw = (data: Uint8Array, size: number) => Uint8Array;

const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes handed to the inflater at a time: its output, a few times this, is all that is held. */
const CHUNK = 64 * 1024;
/** Unpacked bytes decoded to text at a time, when the entry was unpacked whole. */
const TEXT_CHUNK = 256 * 1024;

export class UnreadableEntryError extends Error {
  constructor(readonly entry: string) {
    super(`${entry} cannot be unpacked`);
    this.name = 'UnreadableEntryError';
  }
}

const fflateInflate: InflateRaw = (data, size) => inflateSync(data, { out: new Uint8Array(size) });

/** The entry's bytes, unpacked. */
export function entryBytes(entry: ZipEntry, inflate: InflateRaw = fflateInflate): Uint8Array {
  if (entry.method === STORED) return entry.data;
  if (entry.method !== DEFLATED) throw new UnreadableEntryError(entry.name);
  try {
    return inflate(entry.data, entry.size);
  } catch {
    throw new UnreadableEntryError(entry.name);
  }
}

export function entryText(entry: ZipEntry, inflate?: InflateRaw): string {
  return new TextDecoder().decode(entryBytes(entry, inflate));
}

/**
 * Calls `onText` with the entry's text in pieces, in order, as it is unpacked. With an inflate of the caller's, the
 * entry is unpacked whole (its bytes, not its text, are held at once) and its text handed over in pieces.
 */
export function streamEntryText(entry: ZipEntry, onText: (text: string) => void, inflate?: InflateRaw): void {
  const decoder = new TextDecoder();
  const decode = (bytes: Uint8Array, final: boolean) => {
    const text = decoder.decode(bytes, { stream: !final });
    if (text) onText(text);
  };
  if (entry.method === STORED || inflate) {
    const bytes = entryBytes(entry, inflate);
    for (let at = 0; at < bytes.length; at += TEXT_CHUNK) decode(bytes.subarray(at, at + TEXT_CHUNK), false);
    decode(new Uint8Array(0), true);
    return;
  }
  if (entry.method !== DEFLATED) throw new UnreadableEntryError(entry.name);
  const inflater = new Inflate((bytes, final) => decode(bytes, final));
  try {
    for (let at = 0; at < entry.data.length; at += CHUNK)
      inflater.push(entry.data.subarray(at, at + CHUNK), at + CHUNK >= entry.data.length);
    if (entry.data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    // fflate's errors (invalid block, unexpected end) carry a numeric code; the text reader's pass through.
    if (err instanceof Error && typeof (err as { code?: unknown }).code === 'number')
      throw new UnreadableEntryError(entry.name);
    throw err;
  }
}
