/**
 * A part deflated a chunk at a time while the rest of it is still being written: each chunk is handed to zlib on
 * libuv's threads as soon as it is encoded, so compressing a digest sheet's megabytes overlaps with writing them.
 * As pigz does, each chunk is compressed on its own and ends with a sync flush (on a byte boundary, not final), so
 * the pieces in order, then one final empty block, are a single deflate stream.
 */
import { constants, crc32, deflateRaw } from 'node:zlib';

/** A final block, fixed Huffman codes, holding only its end-of-block code: what zlib ends an empty stream with. */
const FINAL_EMPTY_BLOCK = Uint8Array.of(0x03, 0x00);

/** A part compressed as a zip entry stores it. */
export interface DeflatedPart {
  method: 8;
  crc: number;
  /** Uncompressed bytes. */
  size: number;
  data: Uint8Array;
}

export class ChunkDeflater {
  private crc = 0;
  private size = 0;
  private readonly pieces: Promise<Buffer>[] = [];

  add(chunk: Uint8Array): void {
    this.crc = crc32(chunk, this.crc);
    this.size += chunk.length;
    this.pieces.push(
      new Promise((resolve, reject) =>
        deflateRaw(
          chunk,
          { level: constants.Z_BEST_SPEED, finishFlush: constants.Z_SYNC_FLUSH },
          (err, piece) => (err ? reject(err) : resolve(piece)),
        ),
      ),
    );
  }

  /** The whole part, once every chunk is compressed. */
  async deflated(): Promise<DeflatedPart> {
    const pieces = await Promise.all(this.pieces);
    return {
      method: 8,
      crc: this.crc >>> 0,
      size: this.size,
      data: Buffer.concat([...pieces, FINAL_EMPTY_BLOCK]),
    };
  }
}
