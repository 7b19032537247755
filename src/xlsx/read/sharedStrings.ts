/** The shared string table, read as it is unpacked (a large workbook's strings need not be held twice). */
import { streamEntryText, type InflateRaw } from '../zip/entryText';
import type { ZipEntry } from '../zip/zipIndex';
import { StringItemText } from './stringItem';
import { xmlReader } from './xmlEvents';

export function readSharedStrings(entry: ZipEntry | undefined, inflate?: InflateRaw): string[] {
  const strings: string[] = [];
  if (!entry) return strings;
  const item = new StringItemText();
  const reader = xmlReader({
    open: (name) => item.open(name),
    close: (name) => {
      if (name === 'si') strings.push(item.take());
      else item.close(name);
    },
    text: (text) => item.text(text),
  });
  streamEntryText(entry, reader.write, inflate);
  reader.end();
  return strings;
}
