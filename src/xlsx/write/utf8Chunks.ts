/**
 * Text built piece by piece straight into UTF-8 bytes, a chunk at a time. A digest sheet's XML is megabytes: held as
 * strings until the end, every piece survived each young-generation collection and was copied again (the writer's
 * largest cost), whereas a chunk's pieces die as soon as the chunk is encoded.
 */

/** Characters gathered before they are encoded: big enough that encoding calls are few, small enough to die young. */
const CHUNK = 64 * 1024;

export class Utf8Chunks {
  private pending = '';
  private readonly chunks: Buffer[] = [];

  add(text: string): void {
    this.pending += text;
    if (this.pending.length >= CHUNK) this.flush();
  }

  /** All that was added, as one run of bytes. */
  bytes(): Uint8Array {
    this.flush();
    return Buffer.concat(this.chunks);
  }

  private flush(): void {
    if (this.pending === '') return;
    this.chunks.push(Buffer.from(this.pending, 'utf8'));
    this.pending = '';
  }
}
