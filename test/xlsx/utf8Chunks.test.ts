/** The sheet writer's text-to-UTF-8 builder: the bytes are exactly those of the whole text, whatever the chunking. */
import { Utf8Chunks } from '../../src/xlsx/write/utf8Chunks';

function collected(add: (out: Utf8Chunks) => void): { bytes: Buffer; chunks: number } {
  const chunks: Uint8Array[] = [];
  const out = new Utf8Chunks({ add: (chunk) => chunks.push(chunk) });
  add(out);
  out.end();
  return { bytes: Buffer.concat(chunks), chunks: chunks.length };
}

describe('Utf8Chunks', () => {
  it('gives the UTF-8 of everything added, in order, across chunks', () => {
    // About 100,000 characters: at least two 64K chunks.
    const pieces = Array.from({ length: 3_000 }, (_, i) => `<c r="A${i + 1}"><t>£${i} ▲ 😀</t></c>`);
    const { bytes, chunks } = collected((out) => pieces.forEach((piece) => out.add(piece)));
    expect(chunks).toBeGreaterThanOrEqual(2);
    // Buffer.compare, not toEqual: jest compares a hundred thousand bytes one by one, slowly.
    expect(Buffer.compare(bytes, Buffer.from(pieces.join(''), 'utf8'))).toBe(0);
  });

  it('gives no chunk when nothing was added', () => {
    expect(collected(() => undefined).chunks).toBe(0);
  });
});
