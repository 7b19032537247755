/**
 * The CLI unpacks with Node's native zlib (readWorkbookFile.ts), the task pane with fflate's JavaScript: the reader
 * must hand the engine the same grids either way, and refuse a damaged part either way.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { deflateRawSync } from 'zlib';
import { nodeInflateRaw } from '../../src/xlsx/nodeInflate';
import { readWorkbookBytes } from '../../src/xlsx/read/readWorkbook';
import { NODE_READ } from '../../src/xlsx/readWorkbookFile';
import { entryBytes, UnreadableEntryError, type InflateRaw } from '../../src/xlsx/zip/entryText';
import type { ZipEntry } from '../../src/xlsx/zip/zipIndex';
import { damagedXlsx } from './badFiles';
import { FEATURES, otherWriterWorkbook } from './otherWriters';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'sample-quarterly-digest.xlsx');

const deflated = (text: string, size = Buffer.byteLength(text)): ZipEntry => ({
  name: 'xl/worksheets/sheet1.xml',
  method: 8,
  crc: 0,
  size,
  data: deflateRawSync(Buffer.from(text)),
});

describe('reading with Node’s zlib', () => {
  it.each([
    ['the sample workbook', () => new Uint8Array(readFileSync(SAMPLE))],
    ['an openpyxl workbook (inline strings)', () => otherWriterWorkbook('openpyxl', FEATURES)],
    ['a LibreOffice workbook (shared strings)', () => otherWriterWorkbook('libreoffice', FEATURES)],
    ['an Open XML SDK workbook (x: prefixes)', () => otherWriterWorkbook('dotnet', FEATURES)],
  ])('gives the same grids as fflate for %s', (_, bytes) => {
    const viaFflate = readWorkbookBytes(bytes(), 'book.xlsx').grids;
    expect(readWorkbookBytes(bytes(), 'book.xlsx', NODE_READ).grids).toEqual(viaFflate);
  });

  it('unpacks every compressed part it reads with the inflate it is given', () => {
    const unpacked: number[] = [];
    const counting: InflateRaw = (data, size) => {
      unpacked.push(size);
      return nodeInflateRaw(data, size);
    };
    readWorkbookBytes(otherWriterWorkbook('libreoffice', []), 'book.xlsx', { inflate: counting });
    // package and workbook relationships, the workbook, styles, shared strings, the sheet
    expect(unpacked).toHaveLength(6);
  });

  it('refuses a workbook whose parts are damaged as damaged', () => {
    expect(() => readWorkbookBytes(new Uint8Array(damagedXlsx()), 'book.xlsx', NODE_READ)).toThrow(
      /book\.xlsx is damaged/,
    );
  });

  it('refuses a part that unpacks to more than the zip says it holds', () => {
    const entry = deflated('<sheetData/>'.repeat(1000), 100);
    expect(() => entryBytes(entry, nodeInflateRaw)).toThrow(UnreadableEntryError);
  });

  it('unpacks a part of exactly the size the zip says', () => {
    const text = '<row r="1"><c r="A1"><v>1</v></c></row>';
    expect(Buffer.from(entryBytes(deflated(text), nodeInflateRaw)).toString()).toBe(text);
  });
});
