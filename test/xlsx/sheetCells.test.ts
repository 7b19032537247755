/**
 * The sheet's cells are read by a scanner of their own (sheetCells.ts), the rest of the part by saxes
 * (sheetStream.ts): it must read any well-formed XML a writer may produce as an XML parser does, wherever the chunks
 * of the unpacked part happen to end, and refuse XML that is not well-formed as a damaged workbook.
 */
import { readCellRef, type CellPosition } from '../../src/xlsx/read/cellAddress';
import { readWorkbookBytes } from '../../src/xlsx/read/readWorkbook';
import type { CellSink } from '../../src/xlsx/read/sheetCells';
import { sheetStream } from '../../src/xlsx/read/sheetStream';
import { xmlReader } from '../../src/xlsx/read/xmlEvents';
import { MAIN, workbookPackage } from './packages';

const STYLES =
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>' +
  '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>';

function grid(sheetData: string) {
  const bytes = workbookPackage({
    sheets: { S: sheetData },
    sharedStrings: ['<si><t>shared</t></si>'],
    styles: STYLES,
  });
  return readWorkbookBytes(bytes, 'book.xlsx').grids[0]!;
}

const row = (cells: string) => `<sheetData><row r="1">${cells}</row></sheetData>`;

describe('the cell scanner reads XML as an XML parser does', () => {
  it.each([
    ['attributes in single quotes, spaced around "="', `<c r = 'A1'  t = "s" ><v>0</v></c>`, 'shared'],
    ['a ">" inside an attribute it does not read', '<c r="A1" x14ac:note="a > b"><v>1</v></c>', 1],
    [
      'the predefined entities in a value',
      '<c r="A1" t="str"><v>&lt;a&gt; &amp; &quot;b&quot; &apos;</v></c>',
      `<a> & "b" '`,
    ],
    [
      'decimal and hexadecimal character references',
      '<c r="A1" t="str"><v>&#65;&#x42;&#x1F600;</v></c>',
      'AB😀',
    ],
    ['a value in CDATA', '<c r="A1"><v><![CDATA[42]]></v></c>', 42],
    [
      'markup-like text in CDATA',
      '<c r="A1" t="inlineStr"><is><t><![CDATA[<b>&amp;</b>]]></t></is></c>',
      '<b>&amp;</b>',
    ],
    ['a value split by a comment', '<c r="A1"><v>1<!-- <v>9</v> -->2</v></c>', 12],
    [
      'comments and processing instructions between cells',
      '<!-- <c r="A1"><v>9</v></c> --><?pi <c?><c r="A1"><v>3</v></c>',
      3,
    ],
    [
      'a line end written CR LF as a line feed',
      '<c r="A1" t="inlineStr"><is><t>one\r\ntwo\rthree</t></is></c>',
      'one\ntwo\nthree',
    ],
    ['a carriage return written as a reference as itself', '<c r="A1" t="str"><v>a&#13;b</v></c>', 'a\rb'],
    [
      'inline rich text runs without their phonetic runs',
      '<c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Ri</t></r><r><t xml:space="preserve">ch </t></r><rPh><t>x</t></rPh></is></c>',
      'Rich ',
    ],
    [
      'whitespace and line ends between elements',
      '\n  <c r="A1" t="inlineStr">\n    <is>\n      <t>spaced</t>\n    </is>\n  </c>\n',
      'spaced',
    ],
    ['an end tag with space before its ">"', '<c r="A1"><v>7</v ></c >', 7],
    ['a self-closing value as no value', '<c r="A1" s="1"><v/></c>', null],
    ['a formula without a cached value as no value', '<c r="A1"><f>NA()</f></c>', null],
    [
      'elements it does not know, with their text',
      '<c r="A1"><extLst><ext uri="x"><v2>5</v2></ext></extLst><v>6</v></c>',
      6,
    ],
  ])('reads %s', (_, cells, value) => {
    expect(grid(row(`${cells}<c r="B1"><v>0</v></c>`)).values[0]).toEqual([value, 0]);
  });

  it('reads the style of a cell from an attribute written with a character reference', () => {
    expect(grid(row('<c r="A1" s="&#49;"><v>2</v></c>')).formats[0]).toEqual(['0.0']);
  });

  it('reads cells under any prefix, the sheetData and its end tag included', () => {
    const cells = `<x:sheetData xmlns:x="${MAIN}"><x:row r="2"><x:c r="B2"><x:v>4</x:v></x:c><x:c><x:v>5</x:v></x:c></x:row></x:sheetData>`;
    expect(grid(cells).values).toEqual([[], [null, 4, 5]]);
  });

  it('reads self-closing cells and rows as empty', () => {
    expect(
      grid('<sheetData><row r="1"/><row r="2"><c r="A2"/><c r="B2"><v>1</v></c></row></sheetData>').values,
    ).toEqual([[], [null, 1]]);
  });

  it('reads a self-closing sheetData as no cells, and the merged ranges after it', () => {
    expect(grid('<sheetData/><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>').values).toEqual(
      [],
    );
  });

  it('passes over a comment before the sheetData that holds one', () => {
    expect(
      grid(
        '<!-- <sheetData><row r="1"><c r="A1"><v>9</v></c></row></sheetData> -->' +
          row('<c r="A1"><v>1</v></c>'),
      ).values,
    ).toEqual([[1]]);
  });

  it('still clears merged cells after the cells are read', () => {
    const merged =
      row('<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>') +
      '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>';
    expect(grid(merged).values).toEqual([[1]]);
  });
});

describe('the cell scanner refuses XML that is not well-formed', () => {
  it.each([
    ['an end tag that closes another element', '<c r="A1"><v>1</c></v>'],
    ['an element left open', '<c r="A1"><v>1</v>'],
    ['an attribute without quotes', '<c r=A1><v>1</v></c>'],
    ['an attribute without a value', '<c r><v>1</v></c>'],
    ['attributes without a space between them', '<c r="A1"t="s"><v>0</v></c>'],
    ['an attribute given twice', '<c r="A1" r="B1"><v>1</v></c>'],
    ['a "<" in an attribute value', '<c r="A1" t="<"><v>1</v></c>'],
    ['an entity XML does not define', '<c r="A1" t="str"><v>&nbsp;</v></c>'],
    ['an ampersand on its own', '<c r="A1" t="str"><v>fish & chips</v></c>'],
    ['a reference to a character XML does not allow', '<c r="A1" t="str"><v>&#1;</v></c>'],
    ['a control character in a value', '<c r="A1" t="str"><v>a\u0001b</v></c>'],
    ['a document type among the cells', '<!DOCTYPE x><c r="A1"><v>1</v></c>'],
    ['a tag without a name', '< c r="A1"><v>1</v></c>'],
  ])('refuses %s as a damaged workbook', (_, cells) => {
    expect(() => grid(row(cells))).toThrow(/book\.xlsx is damaged: it holds XML that cannot be read/);
  });

  it('refuses a sheet that ends inside its cells', () => {
    expect(() => grid('<sheetData><row r="1"><c r="A1"><v>1</v></c></row>')).toThrow(/is damaged/);
  });
});

describe('the shared strings, read by the same scanner, refuse XML that is not well-formed', () => {
  const cell = row('<c r="A1" t="s"><v>0</v></c>');
  const withItem = (item: string) =>
    workbookPackage({ sheets: { S: cell }, sharedStrings: [item], styles: STYLES });

  it.each([
    ['an end tag that closes another element', '<si><t>a</si></t>'],
    ['an ampersand on its own', '<si><t>fish & chips</t></si>'],
    ['an attribute without quotes', '<si><t xml:space=preserve>a</t></si>'],
  ])('refuses %s as a damaged workbook', (_, item) => {
    expect(() => readWorkbookBytes(withItem(item), 'book.xlsx')).toThrow(
      /book\.xlsx is damaged: it holds XML that cannot be read/,
    );
  });

  it('reads the items of a table whose elements carry a prefix', () => {
    const sst = `<?xml version="1.0"?><x:sst xmlns:x="${MAIN}"><x:si><x:t>prefixed</x:t></x:si></x:sst>`;
    const bytes = workbookPackage({
      sheets: { S: cell },
      sharedStrings: ['<si><t>unused</t></si>'],
      parts: { 'xl/sharedStrings.xml': sst },
    });
    expect(readWorkbookBytes(bytes, 'book.xlsx').grids[0]!.values).toEqual([['prefixed']]);
  });
});

/** Everything both readers hand over, in order: the XML reader's elements in braces. */
function events(chunks: string[]): string[] {
  const seen: string[] = [];
  const sink: CellSink = {
    wantsText: true,
    open: (name, r, s, t) => seen.push(`<${name} ${r} ${s} ${t}>`),
    close: (name) => seen.push(`</${name}>`),
    text: (text) => seen.push(text),
  };
  const outside = xmlReader({
    open: (name) => seen.push(`{${name}}`),
    close: (name) => seen.push(`{/${name}}`),
  });
  const stream = sheetStream(outside, sink);
  chunks.forEach(stream.write);
  stream.end();
  // Text may come in pieces: what counts is the text between the tags.
  return seen.join('').split(/(?=<)|(?<=>)/);
}

describe('the sheet stream reads the same wherever its chunks end', () => {
  const part =
    `<?xml version="1.0"?>\n<!-- a comment --><worksheet xmlns="${MAIN}"><dimension ref="A1:C2"/>` +
    `<x:sheetData xmlns:x="${MAIN}"><x:row r="1"><x:c r="A1" s='1' t="inlineStr"><x:is><x:t>a &amp; b<![CDATA[<c>]]></x:t></x:is></x:c>` +
    '<!-- c --><?pi x?><x:c r="B1"><x:v>1.5</x:v></x:c><x:c r="C1" t="s"/><c r="D1" s="1" t="n"><v>2.5</v></c>' +
    '<c r="E1"></c></x:row></x:sheetData>' +
    '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>';
  const whole = events([part]);

  it('hands over the same events when the part is cut in two anywhere', () => {
    for (let cut = 1; cut < part.length; cut++)
      expect(events([part.slice(0, cut), part.slice(cut)])).toEqual(whole);
  });

  it('hands over the same events when the part comes a character at a time', () => {
    expect(events([...part])).toEqual(whole);
  });

  it('hands the cells to the scanner and the rest to the XML reader', () => {
    expect(whole).toContain('<c A1 1 inlineStr>');
    expect(whole[0]).toBe('{worksheet}{dimension}{/dimension}{sheetData}');
    expect(whole.at(-1)).toBe('{/sheetData}{mergeCells}{mergeCell}{/mergeCell}{/mergeCells}{/worksheet}');
    expect(whole.join('')).not.toMatch(/\{c\}/);
  });
});

describe('readCellRef', () => {
  it.each<[string, CellPosition | null]>([
    ['A1', { row: 0, col: 0 }],
    ['B12', { row: 11, col: 1 }],
    ['$B$12', { row: 11, col: 1 }],
    ['aa7', { row: 6, col: 26 }],
    ['XFD1048576', { row: 1048575, col: 16383 }],
    ['A', null],
    ['12', null],
    ['ABCD1', null],
    ['A1B', null],
    ['A 1', null],
    ['$$A1', null],
    ['', null],
  ])('reads %p as %p', (ref, expected) => {
    const at = { row: -1, col: -1 };
    expect(readCellRef(ref, at) ? at : null).toEqual(expected);
  });
});
