/**
 * The sheet's cells are read by our own scanner (src/xlsx/read/sheetCells.ts), the rest by saxes: for any
 * well-formed sheet, however its chunks fall, the two together must hand over what saxes alone reads from it; and
 * the same for the shared string table's items, whose text must be what saxes' events make of it.
 */
import fc from 'fast-check';
import { sharedStringsReader } from '../../src/xlsx/read/sharedStrings';
import type { CellSink } from '../../src/xlsx/read/sheetCells';
import { sheetStream } from '../../src/xlsx/read/sheetStream';
import { StringItemText } from '../../src/xlsx/read/stringItem';
import { xmlReader, type XmlHandlers } from '../../src/xlsx/read/xmlEvents';
import { fuzzParameters, fuzzTimeout } from './fuzzConfig';

/** Events as one string: elements between \u0001 marks, text as it is (adjacent pieces run together). */
const tag = (name: string, r?: string, s?: string, t?: string) => `\u0001<${name} ${r} ${s} ${t}>\u0001`;
const endTag = (name: string) => `\u0001</${name}>\u0001`;

function withSaxes(xml: string): string {
  const seen: string[] = [];
  const reader = xmlReader(recording(seen));
  reader.write(xml);
  reader.end();
  return seen.join('');
}

function recording(seen: string[]): XmlHandlers {
  return {
    open: (name, a) => seen.push(tag(name, a.r, a.s, a.t)),
    close: (name) => seen.push(endTag(name)),
    text: (text) => seen.push(text),
  };
}

function withScanner(chunks: string[]): string {
  const seen: string[] = [];
  const sink: CellSink = {
    wantsText: true,
    open: (name, r, s, t) => seen.push(tag(name, r, s, t)),
    close: (name) => seen.push(endTag(name)),
    text: (text) => seen.push(text),
  };
  const stream = sheetStream(xmlReader(recording(seen)), sink);
  chunks.forEach(stream.write);
  stream.end();
  return seen.join('');
}

const space = fc.constantFrom('', ' ', '\n', ' \t\r\n ');
const someSpace = fc.constantFrom(' ', '\n', '\t', ' \r\n  ');
const textPiece = fc.constantFrom(
  'a',
  '1',
  '.',
  ' ',
  '>',
  ']',
  '"',
  "'",
  '\r\n',
  '\r',
  '\n',
  '\t',
  'é',
  '東',
  '😀',
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&apos;',
  '&#65;',
  '&#x42;',
  '&#13;',
  '&#x1F600;',
);
const text = fc.array(textPiece, { maxLength: 6 }).map((p) => p.join('').replace(/]]>/g, ']] >'));
const attrValue = fc
  .array(fc.constantFrom('A', '1', '$', ' ', '>', '\t', '\n', '&amp;', '&#49;', 's', 'str'), { maxLength: 4 })
  .map((p) => p.join(''));
const prefix = fc.constantFrom('', 'x:');
const name = fc.constantFrom('row', 'c', 'v', 'is', 't', 'r', 'rPh', 'rPr', 'f', 'extLst', 'ext');

const attribute = fc
  .tuple(
    fc.constantFrom('r', 's', 't', 'spans', 'x14ac:dyDescent', 'xml:space'),
    space,
    space,
    fc.constantFrom('"', "'"),
    attrValue,
    someSpace,
  )
  .map(
    ([n, before, after, q, v, lead]) =>
      `${lead}${n}${before}=${after}${q}${v.replace(new RegExp(q, 'g'), '')}${q}`,
  );

const leaf = fc.oneof(
  { weight: 2, arbitrary: text },
  { weight: 1, arbitrary: text.map((t) => `<!--${t.replace(/-/g, '')}-->`) },
  { weight: 1, arbitrary: text.map((t) => `<![CDATA[${t}]]>`) },
  { weight: 1, arbitrary: text.map((t) => `<?pi ${t.replace(/\?>/g, '')}?>`) },
);

/** A cell as Excel writes it, which the scanner reads by a faster way when it has nothing to decode. */
const plainCell = fc
  .tuple(
    fc.constantFrom('A1', 'XFD1048576', 'B07', 'a1'),
    fc.option(fc.constantFrom('0', '12', ''), { nil: undefined }),
    fc.option(fc.constantFrom('s', 'str', 'n', 'inlineStr'), { nil: undefined }),
    fc.option(text, { nil: undefined }),
  )
  .map(
    ([r, s, t, v]) =>
      `<c r="${r}"${s === undefined ? '' : ` s="${s}"`}${t === undefined ? '' : ` t="${t}"`}>` +
      `${v === undefined ? '' : `<v>${v}</v>`}</c>`,
  );

/** Any node, elements nested at most `depth` deep. */
function nodeOf(depth: number): fc.Arbitrary<string> {
  if (depth === 0) return leaf;
  const element = fc
    .tuple(
      prefix,
      name,
      fc.uniqueArray(attribute, { maxLength: 3, selector: (a) => a.trim().split(/\s*=/)[0] }),
      space,
      fc.array(nodeOf(depth - 1), { maxLength: 4 }),
      fc.boolean(),
    )
    .map(([p, n, attrs, end, children, selfClosing]) =>
      selfClosing && children.length === 0
        ? `<${p}${n}${attrs.join('')}${end}/>`
        : `<${p}${n}${attrs.join('')}${end}>${children.join('')}</${p}${n}${end}>`,
    );
  // A row's start tag as Excel writes it, which the scanner reads by a faster way.
  const plainRow = fc
    .tuple(
      fc.constantFrom('1', '10', '01', 'A'),
      fc.constantFrom('', ' spans="1:3"', ' spans="1:3" x14ac:dyDescent="0.25"', ' ht="a&amp;b"', ' s="1"'),
      fc.array(nodeOf(depth - 1), { maxLength: 4 }),
    )
    .map(([r, more, children]) => `<row r="${r}"${more}>${children.join('')}</row>`);
  return fc.oneof(
    { weight: 3, arbitrary: element },
    { weight: 2, arbitrary: leaf },
    { weight: 1, arbitrary: plainCell },
    { weight: 1, arbitrary: plainRow },
  );
}
const node = nodeOf(4);

const sheet = fc
  .tuple(prefix, fc.array(node, { maxLength: 6 }), fc.boolean())
  .map(
    ([p, cells, comment]) =>
      `<?xml version="1.0"?><worksheet xmlns="m" xmlns:x="m">${comment ? '<!-- <sheetData> -->' : ''}<dimension ref="A1"/>` +
      `<${p}sheetData>${cells.join('')}</${p}sheetData><mergeCells><mergeCell ref="A1:B2"/></mergeCells></worksheet>`,
  );

/** Text pieces side by side may make "]]>", which is not well-formed: only well-formed parts are compared. */
const noEndOfCDataInText = (xml: string) => !xml.replace(/<!\[CDATA\[[^]*?\]\]>/g, '').includes(']]>');

/** The sheet cut at the given places. */
function cut(xml: string, at: number[]): string[] {
  const places = [...new Set(at.map((a) => a % (xml.length + 1)))].sort((a, b) => a - b);
  return [0, ...places].map((from, i) => xml.slice(from, places[i] ?? xml.length));
}

describe('the cell scanner reads as saxes does (property)', () => {
  jest.setTimeout(fuzzTimeout(30_000));

  it('hands over what saxes reads from any well-formed sheet, wherever its chunks end', () => {
    fc.assert(
      fc.property(sheet, fc.array(fc.nat(), { maxLength: 8 }), (xml, at) => {
        fc.pre(noEndOfCDataInText(xml));
        expect(withScanner(cut(xml, at))).toBe(withSaxes(xml));
      }),
      fuzzParameters(1500),
    );
  });
});

/** The shared strings as saxes alone reads them: every event to the string item's text. */
function stringsWithSaxes(xml: string): string[] {
  const strings: string[] = [];
  const item = new StringItemText();
  const reader = xmlReader({
    open: (n) => item.open(n),
    close: (n) => (n === 'si' ? strings.push(item.take()) : item.close(n)),
    text: (t) => item.text(t),
  });
  reader.write(xml);
  reader.end();
  return strings;
}

function stringsWithScanner(chunks: string[]): string[] {
  const strings: string[] = [];
  const reader = sharedStringsReader(strings);
  chunks.forEach(reader.write);
  reader.end();
  return strings;
}

/** An item's content: any nodes, or one `<t>` as Excel writes it, which the scanner reads by a faster way. */
const itemContent = fc.oneof(
  fc.array(node, { maxLength: 4 }).map((nodes) => nodes.join('')),
  text.map((t) => `<t>${t}</t>`),
);

const sharedStrings = fc
  .tuple(prefix, fc.array(fc.tuple(space, itemContent), { maxLength: 5 }), fc.boolean())
  .map(
    ([p, items, comment]) =>
      `<?xml version="1.0"?>${comment ? '<!-- <sst> -->' : ''}<${p}sst xmlns="m" xmlns:x="m" count="2">` +
      items.map(([s, content]) => `${s}<${p}si>${content}</${p}si>`).join('') +
      `</${p}sst>`,
  );

describe('the shared strings are read as saxes reads them (property)', () => {
  jest.setTimeout(fuzzTimeout(30_000));

  it('gives each item the text saxes finds in it, wherever the chunks end', () => {
    fc.assert(
      fc.property(sharedStrings, fc.array(fc.nat(), { maxLength: 8 }), (xml, at) => {
        fc.pre(noEndOfCDataInText(xml));
        expect(stringsWithScanner(cut(xml, at))).toEqual(stringsWithSaxes(xml));
      }),
      fuzzParameters(1500),
    );
  });
});
