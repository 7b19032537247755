/**
 * Hostile .xlsx files written on the fly, part by part, so each can be exactly as strange as real files get:
 * a sheet claiming the whole grid (`<dimension ref="A1:XFD1048576">`) with a tiny table, and a sheet of a million rows
 * streamed to disk without ever being held in memory. Inline strings keep every cell in the sheet's own XML.
 */
import { writeZip, type EntryContent } from './zipWriter';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export type XmlCell = string | number | null;

function cellXml(value: XmlCell, col: number, row: number): string {
  if (value === null) return '';
  const ref = `${String.fromCharCode(65 + col)}${row}`;
  return typeof value === 'number'
    ? `<c r="${ref}"><v>${value}</v></c>`
    : `<c r="${ref}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`;
}

export function rowXml(cells: XmlCell[], row: number): string {
  return `<row r="${row}">${cells.map((v, c) => cellXml(v, c, row)).join('')}</row>`;
}

const PARTS = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="PIs" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};

/** A one-sheet workbook ("PIs") whose sheet XML is `<dimension ref=…>` plus the rows `rows()` yields, chunk by chunk. */
export function writeSheetXlsx(path: string, dimension: string, rows: () => Iterable<string>): Promise<void> {
  const sheet: EntryContent = function* () {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="${dimension}"/><sheetData>`;
    yield* rows();
    yield '</sheetData></worksheet>';
  };
  return writeZip(path, { ...PARTS, 'xl/worksheets/sheet1.xml': sheet });
}

export const TABLE: XmlCell[][] = [
  ['Indicator', 'Polarity', 'Target', 'Q2 2006/07', 'Q3 2006/07'],
  ['Initial assessments within 7 working days', 'Higher', 0.75, 0.7, 0.65],
  ['Referrals', 'Higher', 220, 175, 229],
];

/** The tiny table, in a sheet that claims to span every cell Excel has. */
export function hugeDimensionXlsx(path: string): Promise<void> {
  return writeSheetXlsx(path, 'A1:XFD1048576', function* () {
    yield TABLE.map((cells, r) => rowXml(cells, r + 1)).join('');
  });
}

/** A header and then `rows - 1` indicator rows, written 10,000 rows per chunk. */
export function manyRowsXlsx(path: string, rows: number): Promise<void> {
  return writeSheetXlsx(path, `A1:C${rows}`, function* () {
    yield rowXml(['Indicator', 'Q2 2006/07', 'Q3 2006/07'], 1);
    for (let start = 2; start <= rows; start += 10_000) {
      const lines: string[] = [];
      for (let r = start; r < Math.min(start + 10_000, rows + 1); r++)
        lines.push(rowXml([`Indicator ${r - 1}`, r % 100, (r * 7) % 100], r));
      yield lines.join('');
    }
  });
}
