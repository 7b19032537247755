/** Bad input files made on the fly: damaged copies of a good workbook and an OLE compound file (CFB) stub. */
import { readFileSync } from 'fs';
import { join } from 'path';

export const GOOD_XLSX = join(__dirname, '..', 'fixtures', 'contract', 'ex1-simple-wide', 'input.xlsx');
export const LEGACY_XLS = join(__dirname, '..', 'fixtures', 'bad-input', 'legacy.xls');
export const ZIP_NOT_WORKBOOK = join(__dirname, '..', 'fixtures', 'bad-input', 'report.docx.xlsx');

export function truncatedXlsx(): Buffer {
  const good = readFileSync(GOOD_XLSX);
  return good.subarray(0, Math.floor(good.length / 2));
}

/** The zip's directory intact, its compressed entries overwritten. */
export function damagedXlsx(): Buffer {
  const bytes = Buffer.from(readFileSync(GOOD_XLSX));
  bytes.fill(0x55, 200, Math.floor(bytes.length * 0.6));
  return bytes;
}

function dirEntry(name: string, type: number): Buffer {
  const entry = Buffer.alloc(128);
  const utf16 = Buffer.from(`${name}\0`, 'utf16le');
  utf16.copy(entry, 0);
  entry.writeUInt16LE(utf16.length, 64);
  entry[66] = type;
  return entry;
}

/**
 * A minimal compound file: header (version 3, 512-byte sectors), one FAT sector, one directory sector.
 * Password-protected .xlsx files hold `EncryptionInfo` and `EncryptedPackage` streams; a legacy .xls a `Workbook`.
 */
export function cfbStub(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18); // minor version
  header.writeUInt16LE(3, 0x1a); // major version
  header.writeUInt16LE(0xfffe, 0x1c); // little-endian
  header.writeUInt16LE(9, 0x1e); // 512-byte sectors
  header.writeUInt16LE(6, 0x20); // 64-byte mini sectors
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // directory starts at sector 1
  header.writeUInt32LE(0x1000, 0x38);
  header.writeUInt32LE(0xfffffffe, 0x3c);
  header.writeUInt32LE(0xfffffffe, 0x44);
  header.fill(0xff, 0x4c, 512); // DIFAT: unused...
  header.writeUInt32LE(0, 0x4c); // ...but the FAT at sector 0
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0 is the FAT
  fat.writeUInt32LE(0xfffffffe, 4); // sector 1, the directory, ends its chain
  const entries = [dirEntry('Root Entry', 5), ...streams.map((s) => dirEntry(s, 2))];
  const directory = Buffer.concat([...entries, Buffer.alloc(128 * (4 - entries.length))]);
  return Buffer.concat([header, fat, directory]);
}
