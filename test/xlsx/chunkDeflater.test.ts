/** A part deflated chunk by chunk is one deflate stream of the whole part, with the whole part's CRC and size. */
import { crc32, inflateRawSync } from 'node:zlib';
import { ChunkDeflater } from '../../src/xlsx/zip/chunkDeflater';

async function deflatedOf(chunks: Uint8Array[]) {
  const deflater = new ChunkDeflater();
  chunks.forEach((chunk) => deflater.add(chunk));
  return deflater.deflated();
}

describe('ChunkDeflater', () => {
  it('joins chunks compressed on their own into one stream that inflates to them all, in order', async () => {
    const chunks = ['<row r="1">▲ £ 😀</row>'.repeat(4_000), 'second', '<c/>'.repeat(30_000)].map((text) =>
      Buffer.from(text, 'utf8'),
    );
    const whole = Buffer.concat(chunks);
    const part = await deflatedOf(chunks);
    expect(Buffer.compare(inflateRawSync(part.data), whole)).toBe(0);
    expect(part).toMatchObject({ method: 8, size: whole.length, crc: crc32(whole) });
  });

  it('gives an empty part as a valid empty stream', async () => {
    const part = await deflatedOf([]);
    expect(inflateRawSync(part.data)).toHaveLength(0);
    expect(part).toMatchObject({ size: 0, crc: 0 });
  });
});
