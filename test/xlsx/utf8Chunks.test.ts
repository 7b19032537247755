/** The sheet writer's text-to-UTF-8 builder: the bytes are exactly those of the whole text, whatever the chunking. */
import { Utf8Chunks } from '../../src/xlsx/write/utf8Chunks';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('Utf8Chunks', () => {
  it('gives the UTF-8 of everything added, in order, across many chunks', () => {
    const pieces = Array.from({ length: 20_000 }, (_, i) => `<c r="A${i + 1}"><t>£${i} ▲ 😀</t></c>`);
    const out = new Utf8Chunks();
    for (const piece of pieces) out.add(piece);
    expect(new Uint8Array(out.bytes())).toEqual(utf8(pieces.join('')));
  });

  it('gives no bytes when nothing was added', () => {
    expect(new Utf8Chunks().bytes()).toHaveLength(0);
  });
});
