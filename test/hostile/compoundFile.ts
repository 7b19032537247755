/**
 * OLE compound files (CFB, version 3, 512-byte sectors) with real streams, as Office writes them: a password-protected
 * .xlsx is a CFB holding `EncryptionInfo` and `EncryptedPackage` streams; a legacy .xls one holding `Workbook`.
 * Every stream is at least 4,096 bytes (the mini-stream cutoff), so all live in ordinary sectors and one FAT sector
 * (128 entries) maps the whole file.
 */
const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const MINI_CUTOFF = 4096;

function directoryEntry(
  name: string,
  type: 1 | 2 | 5,
  start: number,
  size: number,
  rightSibling: number,
  child: number,
): Buffer {
  const entry = Buffer.alloc(128);
  const utf16 = Buffer.from(`${name}\0`, 'utf16le');
  utf16.copy(entry, 0);
  entry.writeUInt16LE(utf16.length, 64);
  entry[66] = type;
  entry[67] = 1; // black: a tree of right siblings is a valid red-black tree when all are black
  entry.writeUInt32LE(FREE, 68); // left sibling
  entry.writeUInt32LE(rightSibling, 72);
  entry.writeUInt32LE(child, 76);
  entry.writeUInt32LE(start, 116);
  entry.writeUInt32LE(size, 120);
  return entry;
}

/** A compound file with the given streams (names in the order CFB sorts them: shorter first, then by upper case). */
export function compoundFile(streams: { name: string; data: Buffer }[]): Buffer {
  const padded = streams.map((s) => {
    const size = Math.max(s.data.length, MINI_CUTOFF);
    const data = Buffer.alloc(Math.ceil(size / SECTOR) * SECTOR);
    s.data.copy(data);
    return { name: s.name, data, size };
  });
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4); // sector 1: the directory
  let next = 2;
  const starts = padded.map(({ data }) => {
    const start = next;
    const count = data.length / SECTOR;
    for (let i = 0; i < count; i++)
      fat.writeUInt32LE(i === count - 1 ? END_OF_CHAIN : start + i + 1, (start + i) * 4);
    next += count;
    return start;
  });
  if (next > SECTOR / 4) throw new Error('compoundFile: more than one FAT sector needed');
  const entries = [
    directoryEntry('Root Entry', 5, END_OF_CHAIN, 0, FREE, padded.length > 0 ? 1 : FREE),
    ...padded.map((s, i) =>
      directoryEntry(s.name, 2, starts[i]!, s.size, i + 2 <= padded.length ? i + 2 : FREE, FREE),
    ),
  ];
  if (entries.length > 4) throw new Error('compoundFile: at most three streams');
  const directory = Buffer.concat([
    ...entries,
    ...Array.from({ length: 4 - entries.length }, () => Buffer.alloc(128)),
  ]);
  for (let i = entries.length; i < 4; i++) directory.fill(0xff, i * 128 + 68, i * 128 + 80);

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // FAT sectors
  header.writeUInt32LE(1, 0x30); // first directory sector
  header.writeUInt32LE(MINI_CUTOFF, 0x38);
  header.writeUInt32LE(END_OF_CHAIN, 0x3c); // no mini FAT
  header.writeUInt32LE(END_OF_CHAIN, 0x44); // no DIFAT sectors
  header.fill(0xff, 0x4c);
  header.writeUInt32LE(0, 0x4c); // the FAT is sector 0
  return Buffer.concat([header, fat, directory, ...padded.map((s) => s.data)]);
}

/** What Excel writes for a workbook with a password to open: agile encryption info and the encrypted package. */
export function passwordProtectedXlsx(): Buffer {
  const info = Buffer.concat([
    Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]), // version 4.4 (agile), flags
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>',
    ),
  ]);
  const pkg = Buffer.alloc(8 + 6000);
  pkg.writeUInt32LE(6000, 0); // the decrypted package's size, then ciphertext (here: noise)
  for (let i = 8; i < pkg.length; i++) pkg[i] = (i * 7919) & 0xff;
  return compoundFile([
    { name: 'EncryptionInfo', data: info },
    { name: 'EncryptedPackage', data: pkg },
  ]);
}

/** A legacy Excel 97–2003 workbook's container: a `Workbook` stream of BIFF8 records (here a BOF and an EOF). */
export function legacyXls(): Buffer {
  const bof = Buffer.from([
    0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  ]);
  const eof = Buffer.from([0x0a, 0x00, 0x00, 0x00]);
  return compoundFile([{ name: 'Workbook', data: Buffer.concat([bof, eof]) }]);
}
