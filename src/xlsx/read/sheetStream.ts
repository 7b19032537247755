/**
 * A worksheet part, streamed in two readers: the content of `<sheetData>` to the cell scanner (sheetCells.ts), the
 * rest (`<sheetData>`'s own tags included, so the part is checked as a whole) to saxes (xmlEvents.ts). A comment
 * before `<sheetData>` is passed over while it is looked for.
 */
import { SheetCellsScanner, type CellSink } from './sheetCells';
import { XmlSyntaxError, type XmlReader } from './xmlEvents';

/** The start tag of `<sheetData>`, any prefix; or a comment, which might hold one. */
const SHEET_DATA_OR_COMMENT = /<!--|<((?:[A-Za-z_][\w.-]*:)?sheetData)(?=[\s/>])/g;

export function sheetStream(outside: XmlReader, cells: CellSink): XmlReader {
  let scanner: SheetCellsScanner | null = null;
  /** `<sheetData>`'s name as its start tag wrote it, to end it the same way. */
  let sheetData = '';
  let after = false;
  /** What was not yet read: a tag, comment or text cut off by the end of the last chunk. */
  let rest = '';

  /** Looks for `<sheetData>`: what is before it goes to saxes; returns what follows its start tag, or null. */
  const beforeCells = (xml: string): string | null => {
    SHEET_DATA_OR_COMMENT.lastIndex = 0;
    for (let found = SHEET_DATA_OR_COMMENT.exec(xml); found; found = SHEET_DATA_OR_COMMENT.exec(xml)) {
      const name = found[1];
      const close = name === undefined ? xml.indexOf('-->', found.index + 4) : xml.indexOf('>', found.index);
      if (close < 0) {
        outside.write(xml.slice(0, found.index));
        rest = xml.slice(found.index);
        return null;
      }
      if (name === undefined) {
        SHEET_DATA_OR_COMMENT.lastIndex = close + 3;
        continue;
      }
      outside.write(xml.slice(0, close + 1));
      if (xml.charCodeAt(close - 1) === 0x2f) after = true;
      else {
        sheetData = name;
        scanner = new SheetCellsScanner(cells, name);
      }
      return xml.slice(close + 1);
    }
    const cut = xml.lastIndexOf('<');
    const keep = cut >= 0 && xml.indexOf('>', cut) < 0 ? cut : xml.length;
    outside.write(xml.slice(0, keep));
    rest = xml.slice(keep);
    return null;
  };

  const write = (chunk: string): void => {
    if (after) return outside.write(chunk);
    let xml = rest + chunk;
    rest = '';
    if (!scanner) {
      const inside = beforeCells(xml);
      if (inside === null) return;
      if (after) return outside.write(inside);
      xml = inside;
    }
    const read = scanner!.scan(xml);
    if (!scanner!.done) {
      rest = xml.slice(read);
      return;
    }
    outside.write(`</${sheetData}>`);
    after = true;
    outside.write(xml.slice(read));
  };

  const end = (): void => {
    if (scanner && !after) throw new XmlSyntaxError('the sheet ends inside its cells');
    outside.write(rest);
    outside.end();
  };

  return { write, end };
}
