/**
 * Text built piece by piece straight into UTF-8 bytes, a chunk at a time, each chunk handed on as soon as it is
 * encoded (to be compressed while the rest is written). A digest sheet's XML is megabytes: held as strings until the
 * end, every piece survived each young-generation collection and was copied again, whereas a chunk's pieces die as
 * soon as the chunk is encoded.
 */

/** Characters gathered before they are encoded: big enough that encoding calls are few, small enough to die young. */
const CHUNK = 64 * 1024;

/** Where the encoded chunks go, in order. */
export interface ByteSink {
  add(chunk: Uint8Array): void;
}

export class Utf8Chunks {
  private pending = '';

  constructor(private readonly sink: ByteSink) {}

  add(text: string): void {
    this.pending += text;
    if (this.pending.length >= CHUNK) this.flush();
  }

  /** Hands on what is still pending: call once everything is added. */
  end(): void {
    this.flush();
  }

  private flush(): void {
    if (this.pending === '') return;
    this.sink.add(Buffer.from(this.pending, 'utf8'));
    this.pending = '';
  }
}
