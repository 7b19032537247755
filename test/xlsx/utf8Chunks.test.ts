/** The sheet writer's text-to-UTF-8 builder: the bytes are exactly those of the whole text, whatever the chunking. */
import { Utf8Chunks } from '../../src/xlsx/write/utf8Chunks';

describe('Utf8Chunks', () => {
  it('gives the UTF-8 of everything added, in order, across chunks', () => {
    // About 100,000 characters, some of them two or four bytes in UTF-8: more than one chunk.
    const pieces = Array.from({ length: 3_000 }, (_, i) => `<c r="A${i + 1}"><t>£${i} ▲ 😀</t></c>`);
    const out = new Utf8Chunks();
    for (const piece of pieces) out.add(piece);
    // Buffer.compare, not toEqual: jest compares a hundred thousand bytes one by one, slowly.
    expect(Buffer.compare(out.bytes(), Buffer.from(pieces.join(''), 'utf8'))).toBe(0);
  });

  it('takes a piece longer than a chunk whole, between shorter ones', () => {
    const pieces = ['<row>', '£▲😀'.repeat(60_000), '</row>'];
    const out = new Utf8Chunks();
    for (const piece of pieces) out.add(piece);
    expect(Buffer.compare(out.bytes(), Buffer.from(pieces.join(''), 'utf8'))).toBe(0);
  });

  it('gives the same bytes when told how many to expect', () => {
    const pieces = Array.from({ length: 3_000 }, (_, i) => `<t>£${i} ▲ 😀</t>`);
    const out = new Utf8Chunks(1_000_000);
    for (const piece of pieces) out.add(piece);
    expect(Buffer.compare(out.bytes(), Buffer.from(pieces.join(''), 'utf8'))).toBe(0);
  });

  it('gives no bytes when nothing was added', () => {
    expect(new Utf8Chunks().bytes()).toHaveLength(0);
  });
});
