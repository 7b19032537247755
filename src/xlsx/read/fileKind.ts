/**
 * What a file is, from its bytes, before anything is unpacked: an .xlsx is a zip; a password-protected .xlsx and a
 * legacy .xls are both OLE compound files (CFB), told apart by the `EncryptedPackage` stream that encryption puts
 * in the CFB directory. Whether a zip holds a workbook is for its package relationships to say (readPackage.ts).
 */

export type FileKind = 'zip' | 'encrypted' | 'legacy-xls' | 'truncated-zip' | 'unknown';

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const ZIP_END = 0x06054b50;
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 65,535 bytes. */
const ZIP_END_SEARCH = 22 + 0xffff;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function hasZipEnd(bytes: Uint8Array): boolean {
  const view = viewOf(bytes);
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - ZIP_END_SEARCH; at--)
    if (view.getUint32(at, true) === ZIP_END) return true;
  return false;
}

export function fileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, CFB)) return hasEncryptedPackage(bytes) ? 'encrypted' : 'legacy-xls';
  if (!startsWith(bytes, ZIP_LOCAL) && !startsWith(bytes, ZIP_EMPTY)) return 'unknown';
  return hasZipEnd(bytes) ? 'zip' : 'truncated-zip';
}

/**
 * CFB directory entries are 128 bytes, aligned to 128 within sectors: a UTF-16LE name (64 bytes), its length in
 * bytes with the terminator (uint16), then the object type (2 = stream). Scanning the aligned slots for that
 * exact entry finds the stream without following sector chains.
 */
const ENCRYPTED_NAME = [...'EncryptedPackage\0'].flatMap((ch) => [ch.charCodeAt(0), 0]);
const CFB_HEADER = 512;
const DIR_ENTRY = 128;
const STREAM = 2;

function hasEncryptedPackage(bytes: Uint8Array): boolean {
  const view = viewOf(bytes);
  for (let at = CFB_HEADER; at + DIR_ENTRY <= bytes.length; at += DIR_ENTRY) {
    if (
      view.getUint16(at + 64, true) === ENCRYPTED_NAME.length &&
      bytes[at + 66] === STREAM &&
      ENCRYPTED_NAME.every((b, i) => bytes[at + i] === b)
    )
      return true;
  }
  return false;
}
