/**
 * What a file is, from its first bytes, before ExcelJS sees it: an .xlsx is a zip holding xl/workbook.xml;
 * a password-protected .xlsx and a legacy .xls are both OLE compound files (CFB), told apart by the
 * `EncryptedPackage` stream that encryption puts in the CFB directory.
 */

export type FileKind =
  'xlsx' | 'encrypted' | 'legacy-xls' | 'truncated-zip' | 'zip-without-workbook' | 'unknown';

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const ZIP_END = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 65,535 bytes. */
const ZIP_END_SEARCH = 22 + 0xffff;

function startsWith(buf: Buffer, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

export function fileKind(buf: Buffer): FileKind {
  if (startsWith(buf, CFB)) return hasEncryptedPackage(buf) ? 'encrypted' : 'legacy-xls';
  if (!startsWith(buf, ZIP_LOCAL) && !startsWith(buf, ZIP_EMPTY)) return 'unknown';
  const end = buf.length < 22 ? -1 : buf.lastIndexOf(ZIP_END, buf.length - 22);
  if (end < 0 || end < buf.length - ZIP_END_SEARCH) return 'truncated-zip';
  // Entry names are stored uncompressed in the zip's headers.
  return buf.includes('xl/workbook.xml') ? 'xlsx' : 'zip-without-workbook';
}

/**
 * CFB directory entries are 128 bytes, aligned to 128 within sectors: a UTF-16LE name (64 bytes), its length in
 * bytes with the terminator (uint16), then the object type (2 = stream). Scanning the aligned slots for that
 * exact entry finds the stream without following sector chains.
 */
const ENCRYPTED_NAME = Buffer.from('EncryptedPackage\0', 'utf16le');
const CFB_HEADER = 512;
const DIR_ENTRY = 128;
const STREAM = 2;

function hasEncryptedPackage(buf: Buffer): boolean {
  for (let at = CFB_HEADER; at + DIR_ENTRY <= buf.length; at += DIR_ENTRY) {
    if (
      buf.readUInt16LE(at + 64) === ENCRYPTED_NAME.length &&
      buf[at + 66] === STREAM &&
      buf.subarray(at, at + ENCRYPTED_NAME.length).equals(ENCRYPTED_NAME)
    ) {
      return true;
    }
  }
  return false;
}
