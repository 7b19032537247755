/**
 * Text built piece by piece straight into UTF-8 bytes. A digest sheet's XML is megabytes: each piece (a row) is
 * encoded into a chunk of bytes as it is added, so the text never exists as one string, no piece outlives its row,
 * and nothing is held as a tree of joined strings to be flattened before encoding (the writer's largest cost).
 */

/** Bytes per chunk: big enough that chunks are few, small enough to be made cheaply. */
const CHUNK = 128 * 1024;
/** A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, is 4). */
const MAX_BYTES_PER_UNIT = 3;

export class Utf8Chunks {
  private chunk: Buffer;
  private used = 0;
  private readonly full: Buffer[] = [];

  /** `expected`: the bytes the text will likely take; within them, the bytes are never copied into one run. */
  constructor(expected = CHUNK) {
    this.chunk = Buffer.allocUnsafe(Math.max(CHUNK, expected));
  }

  add(text: string): void {
    const room = text.length * MAX_BYTES_PER_UNIT;
    if (this.used + room > this.chunk.length) {
      this.full.push(this.chunk.subarray(0, this.used));
      this.chunk = Buffer.allocUnsafe(Math.max(CHUNK, room));
      this.used = 0;
    }
    this.used += this.chunk.write(text, this.used);
  }

  /** All that was added, as one run of bytes. */
  bytes(): Uint8Array {
    const last = this.chunk.subarray(0, this.used);
    return this.full.length === 0 ? last : Buffer.concat([...this.full, last]);
  }
}
