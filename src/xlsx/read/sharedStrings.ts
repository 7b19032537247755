/**
 * The shared string table, read as it is unpacked (a large workbook's strings need not be held twice): the items
 * by the cell scanner (sheetCells.ts), which reads them several times faster than saxes, the `<sst>` around them by
 * saxes (sheetStream.ts).
 */
import { streamEntryText, type InflateRaw } from '../zip/entryText';
import type { ZipEntry } from '../zip/zipIndex';
import type { CellSink } from './sheetCells';
import { sharedStringsStream } from './sheetStream';
import { ownText } from './ownText';
import { StringItemText } from './stringItem';
import { xmlReader, type XmlReader } from './xmlEvents';

export function readSharedStrings(entry: ZipEntry | undefined, inflate?: InflateRaw): string[] {
  const strings: string[] = [];
  if (!entry) return strings;
  const reader = sharedStringsReader(strings);
  streamEntryText(entry, reader.write, inflate);
  reader.end();
  return strings;
}

/** A reader of the part, chunk by chunk, that adds each item's text to `strings`. */
export function sharedStringsReader(strings: string[]): XmlReader {
  const item = new StringItemText();
  const items: CellSink = {
    wantsText: false,
    open: (name) => {
      item.open(name);
      items.wantsText = item.wantsText;
    },
    close: (name) => {
      if (name === 'si') strings.push(ownText(item.take()));
      else item.close(name);
      items.wantsText = item.wantsText;
    },
    text: (text) => item.text(text),
  };
  return sharedStringsStream(xmlReader({ open: () => undefined }), items);
}
