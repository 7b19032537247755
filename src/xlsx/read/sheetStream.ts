/**
 * A worksheet part, streamed in two readers: the content of `<sheetData>` to the cell scanner (sheetCells.ts), the
 * rest (`<sheetData>`'s own tags included, so the part is checked as a whole) to saxes (xmlEvents.ts). A comment
 * before `<sheetData>` is passed over while it is looked for. The shared string table is read the same way, its
 * `<sst>`'s content by the scanner (sharedStrings.ts).
 */
import { SheetCellsScanner, type CellSink } from './sheetCells';
import { XmlSyntaxError, type XmlReader } from './xmlEvents';

/** The start tag of the element whose content is scanned, any prefix; or a comment, which might hold one. */
const startTagOrComment = (local: string) =>
  new RegExp(`<!--|<((?:[A-Za-z_][\\w.-]*:)?${local})(?=[\\s/>])`, 'g');
const SHEET_DATA_OR_COMMENT = startTagOrComment('sheetData');
const SST_OR_COMMENT = startTagOrComment('sst');

export const sheetStream = (outside: XmlReader, cells: CellSink): XmlReader =>
  scannedStream(SHEET_DATA_OR_COMMENT, outside, cells);

export const sharedStringsStream = (outside: XmlReader, items: CellSink): XmlReader =>
  scannedStream(SST_OR_COMMENT, outside, items);

/** The part streamed: the content of the element `startOrComment` finds to the scanner, the rest to saxes. */
function scannedStream(startOrComment: RegExp, outside: XmlReader, cells: CellSink): XmlReader {
  let scanner: SheetCellsScanner | null = null;
  /** The scanned element's name (`sheetData`, `x:sheetData`) as its start tag wrote it, to end it the same way. */
  let container = '';
  let after = false;
  /** What was not yet read: a tag, comment or text cut off by the end of the last chunk. */
  let rest = '';

  /** Looks for the scanned element: what is before it goes to saxes; returns what follows its start tag, or null. */
  const beforeCells = (xml: string): string | null => {
    startOrComment.lastIndex = 0;
    for (let found = startOrComment.exec(xml); found; found = startOrComment.exec(xml)) {
      const name = found[1];
      const close = name === undefined ? xml.indexOf('-->', found.index + 4) : xml.indexOf('>', found.index);
      if (close < 0) {
        outside.write(xml.slice(0, found.index));
        rest = xml.slice(found.index);
        return null;
      }
      if (name === undefined) {
        startOrComment.lastIndex = close + 3;
        continue;
      }
      outside.write(xml.slice(0, close + 1));
      if (xml.charCodeAt(close - 1) === 0x2f) after = true;
      else {
        container = name;
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
    outside.write(`</${container}>`);
    after = true;
    outside.write(xml.slice(read));
  };

  const end = (): void => {
    if (scanner && !after) throw new XmlSyntaxError(`the part ends inside <${container}>`);
    outside.write(rest);
    outside.end();
  };

  return { write, end };
}
