/**
 * The package reader hands the engine what Excel shows (grid.ts; rules §1 on merged cells and errors as no value),
 * from files as other programs write them: ExcelJS, openpyxl (the contract examples), and XML written by hand for
 * what real writers do (prefixes, cells without `r`, phonetic runs, Strict OOXML, ISO dates).
 */
import { Workbook } from 'exceljs';
import { readFileSync } from 'fs';
import { join } from 'path';
import { readWorkbookBytes } from '../../src/xlsx/read/readWorkbook';
import { MAIN, workbookPackage, zipParts, DECL } from './packages';

const read = (bytes: Uint8Array) => readWorkbookBytes(bytes, 'book.xlsx').grids;

async function viaExcelJS(build: (wb: Workbook) => void, date1904 = false) {
  const wb = new Workbook();
  wb.properties.date1904 = date1904;
  build(wb);
  return read(new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe('readWorkbookBytes: values as Excel shows them', () => {
  it('keeps numbers, text, booleans and empty cells, with each cell’s number format', async () => {
    const [grid] = await viaExcelJS((wb) => {
      const ws = wb.addWorksheet('PIs Q3');
      ws.getCell('A1').value = 'Indicator';
      ws.getCell('B2').value = 0.65;
      ws.getCell('B2').numFmt = '0%';
      ws.getCell('C2').value = 1234;
      ws.getCell('C2').numFmt = '#,##0';
      ws.getCell('D2').value = true;
      ws.getCell('E2').value = '=not a formula';
    });
    expect(grid?.name).toBe('PIs Q3');
    expect(grid?.origin).toEqual({ row: 0, col: 0 });
    expect(grid?.values).toEqual([['Indicator'], [null, 0.65, 1234, true, '=not a formula']]);
    expect(grid?.formats[1]).toEqual(['General', '0%', '#,##0', 'General', 'General']);
  });

  it('gives date cells as 1900 serial numbers with their date format', async () => {
    const grids = await viaExcelJS((wb) => {
      const ws = wb.addWorksheet('Monthly');
      ws.getCell('A1').value = new Date(Date.UTC(2006, 5, 1));
      ws.getCell('A1').numFmt = 'mmm-yy';
      ws.getCell('B1').value = new Date(Date.UTC(2007, 2, 31, 18, 0));
      ws.getCell('B1').numFmt = 'dd/mm/yyyy hh:mm';
    });
    // 1 Jun 2006 is serial 38869 in Excel; 31 Mar 2007 18:00 is 39172.75.
    expect(grids[0]?.values[0]).toEqual([38869, 39172.75]);
    expect(grids[0]?.formats[0]).toEqual(['mmm-yy', 'dd/mm/yyyy hh:mm']);
  });

  it('gives 1900 serials for a workbook saved in the 1904 date system, and leaves its other numbers alone', () => {
    const [grid] = read(
      workbookPackage({
        workbookPr: 'date1904="1"',
        styles:
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="mmm\\-yy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>',
        sheets: {
          Mac: '<sheetData><row r="1"><c r="A1" s="1"><v>37407</v></c><c r="B1" s="2"><v>37407</v></c><c r="C1"><v>37407</v></c></row></sheetData>',
        },
      }),
    );
    expect(grid?.values).toEqual([[38869, 38869, 37407]]);
    expect(grid?.formats[0]).toEqual(['mmm\\-yy', 'mm-dd-yy', 'General']);
  });

  it('puts a merged range’s value in its top-left cell only (rules §1: never counted twice)', async () => {
    const grids = await viaExcelJS((wb) => {
      const ws = wb.addWorksheet('Merged');
      ws.getCell('A1').value = 'Staying Safe';
      ws.mergeCells('A1:D1');
      ws.getCell('B2').value = 75;
      ws.mergeCells('B2:B3');
      ws.getCell('C3').value = 'x';
    });
    expect(grids[0]?.values).toEqual([['Staying Safe'], [null, 75], [null, null, 'x']]);
  });

  it('empties every cell of a merged range but the first, even when the file holds values there', () => {
    const [grid] = read(
      workbookPackage({
        sheets: {
          S: '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>',
        },
      }),
    );
    expect(grid?.values).toEqual([[1]]);
  });

  it('gives errors as Excel’s error text and formulas as their cached result', async () => {
    const grids = await viaExcelJS((wb) => {
      const ws = wb.addWorksheet('Calc');
      ws.getCell('A1').value = { error: '#N/A' };
      ws.getCell('B1').value = { formula: '142/203', result: 0.6995 };
      ws.getCell('C1').value = { formula: 'A1', result: { error: '#DIV/0!' } };
      ws.getCell('D1').value = { formula: 'UPPER("tbc")', result: 'TBC' };
      ws.getCell('E1').value = { formula: 'DATE(2006,6,1)', result: new Date(Date.UTC(2006, 5, 1)) };
      ws.getCell('E1').numFmt = 'mmm-yy';
      ws.getCell('F1').value = { formula: 'NOW()' } as never; // never calculated: no cached result
      ws.getCell('G1').value = 5;
    });
    expect(grids[0]?.values[0]).toEqual(['#N/A', 0.6995, '#DIV/0!', 'TBC', 38869, null, 5]);
  });

  it('gives shared formulas their own cached results', async () => {
    const grids = await viaExcelJS((wb) => {
      const ws = wb.addWorksheet('Shared');
      ws.getCell('A1').value = { formula: 'ROW()', result: 1 };
      ws.getCell('A2').value = { sharedFormula: 'A1', result: 2 };
    });
    expect(grids[0]?.values).toEqual([[1], [2]]);
  });

  it('gives rich text and hyperlinks as their plain text, and an empty text as an empty cell', async () => {
    const grids = await viaExcelJS((wb) => {
      const ws = wb.addWorksheet('Text');
      ws.getCell('A1').value = {
        richText: [{ text: 'Initial ', font: { bold: true } }, { text: 'assessments' }],
      };
      ws.getCell('B1').value = { text: 'BV 197', hyperlink: 'https://example.org/bv197' };
      ws.getCell('C1').value = '';
    });
    expect(grids[0]?.values).toEqual([['Initial assessments', 'BV 197']]);
  });

  it('reads every worksheet, in tab order, hidden ones too, and an empty sheet as an empty grid', async () => {
    const grids = await viaExcelJS((wb) => {
      wb.addWorksheet('Notes').getCell('A1').value = 'Read me';
      wb.addWorksheet('Empty');
      wb.addWorksheet('Lookup', { state: 'veryHidden' }).getCell('A1').value = 1;
    });
    expect(grids.map((g) => [g.name, g.values.length])).toEqual([
      ['Notes', 1],
      ['Empty', 0],
      ['Lookup', 1],
    ]);
  });
});

describe('readWorkbookBytes: strings as writers store them', () => {
  it('joins rich text runs, leaves out phonetic runs, decodes entities and _xHHHH_ escapes, keeps spaces', () => {
    const [grid] = read(
      workbookPackage({
        sharedStrings: [
          '<si><r><rPr><b/></rPr><t>Initial </t></r><r><t>assessments</t></r></si>',
          '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
          '<si><t>Fish &amp; chips &lt;3</t></si>',
          '<si><t xml:space="preserve">  two spaces</t></si>',
          '<si><t>line_x000D_break</t></si>',
          '<si><t/></si>',
        ],
        sheets: {
          S:
            '<sheetData><row r="1">' +
            [0, 1, 2, 3, 4, 5].map((i) => `<c r="${'ABCDEF'[i]}1" t="s"><v>${i}</v></c>`).join('') +
            '</row></sheetData>',
        },
      }),
    );
    expect(grid?.values).toEqual([
      ['Initial assessments', '東京', 'Fish & chips <3', '  two spaces', 'line\rbreak'],
    ]);
  });

  it('reads inline strings (rich ones too), cached formula text, booleans, errors and ISO dates', () => {
    const [grid] = read(
      workbookPackage({
        sheets: {
          S:
            '<sheetData><row r="1">' +
            '<c r="A1" t="inlineStr"><is><t>Referrals</t></is></c>' +
            '<c r="B1" t="inlineStr"><is><r><t>Rich </t></r><r><t>inline</t></r></is></c>' +
            '<c r="C1" t="str"><f>UPPER("tbc")</f><v>TBC</v></c>' +
            '<c r="D1" t="b"><v>0</v></c>' +
            '<c r="E1" t="e"><f>NA()</f><v>#N/A</v></c>' +
            '<c r="F1" t="d"><v>2006-06-01T00:00:00</v></c>' +
            '<c r="G1" t="n"><v>1.5E-3</v></c>' +
            '</row></sheetData>',
        },
      }),
    );
    expect(grid?.values).toEqual([['Referrals', 'Rich inline', 'TBC', false, '#N/A', 38869, 0.0015]]);
  });
});

describe('readWorkbookBytes: packages as other writers lay them out', () => {
  it('reads cells and rows without an r attribute (each follows the one before)', () => {
    const [grid] = read(
      workbookPackage({
        sheets: {
          S: '<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row r="3"><c r="B3"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row></sheetData>',
        },
      }),
    );
    expect(grid?.values).toEqual([[1, 2], [], [null, 3, 4], [5]]);
  });

  it('reads x:-prefixed XML (the .NET Open XML SDK) and an absolute workbook target outside xl/', () => {
    const x = `xmlns:x="${MAIN}"`;
    const bytes = zipParts({
      '[Content_Types].xml': `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
      '_rels/.rels': `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/book/main.xml"/></Relationships>`,
      'book/main.xml': `${DECL}<x:workbook ${x} xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="PIs" sheetId="7" rel:id="R9"/></x:sheets></x:workbook>`,
      'book/_rels/main.xml.rels': `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="../sheets/one.xml"/><Relationship Id="R3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/book/st.xml"/></Relationships>`,
      'book/st.xml': `${DECL}<x:styleSheet ${x}><x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="10"/></x:cellXfs></x:styleSheet>`,
      'sheets/one.xml': `${DECL}<x:worksheet ${x}><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Rate</x:t></x:is></x:c><x:c r="B1" s="1"><x:v>0.125</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    });
    const [grid] = read(bytes);
    expect(grid?.name).toBe('PIs');
    expect(grid?.values).toEqual([['Rate', 0.125]]);
    expect(grid?.formats).toEqual([['General', '0.00%']]);
  });

  it('reads Strict OOXML (purl.oclc.org namespaces and relationship types)', () => {
    const strict = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
    const rels = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
    const bytes = zipParts({
      '[Content_Types].xml': `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
      '_rels/.rels': `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      'xl/workbook.xml': `${DECL}<workbook xmlns="${strict}" xmlns:r="${rels}"><sheets><sheet name="Strict" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      'xl/worksheets/sheet1.xml': `${DECL}<worksheet xmlns="${strict}"><sheetData><row r="1"><c r="A1"><v>42</v></c></row></sheetData></worksheet>`,
    });
    expect(read(bytes)[0]?.values).toEqual([[42]]);
  });

  it('reads the openpyxl-written contract example with month date cells as serials', () => {
    const path = join(__dirname, '..', 'fixtures', 'contract', 'ex2-long-monthly', 'input.xlsx');
    const grid = read(readFileSync(path))[0];
    expect(grid?.name).toBe('Monthly data');
    expect(grid?.values[2]).toEqual(['Indicator', 'Month', 'Actual', 'Target', 'Good is']);
    // B4 holds 1 Feb 2008 (serial 39479), formatted as a month.
    expect(grid?.values[3]?.[1]).toBe(39479);
    expect(grid?.formats[3]?.[1]).toBe('mmm-yy');
  });
});
