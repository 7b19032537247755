/** Bad input gives one clear line naming what is wrong and what to do (issue 3, CLI: bad input). */
import { Workbook } from 'exceljs';
import { readFileSync, writeFileSync } from 'fs';
import { fileKind } from '../../src/xlsx/read/fileKind';
import { readWorkbookFile } from '../../src/xlsx/readWorkbookFile';
import { WorkbookInputError } from '../../src/xlsx/read/inputError';
import { cfbStub, damagedXlsx, GOOD_XLSX, LEGACY_XLS, truncatedXlsx, ZIP_NOT_WORKBOOK } from './badFiles';
import { tempDir } from './tempFiles';

const tmp = tempDir();
afterAll(() => tmp.remove());

function fileWith(name: string, bytes: Buffer | string): string {
  writeFileSync(tmp.file(name), bytes);
  return tmp.file(name);
}

async function failure(path: string): Promise<WorkbookInputError> {
  const err: unknown = await readWorkbookFile(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WorkbookInputError);
  const inputError = err as WorkbookInputError;
  expect(inputError.message).not.toContain('\n');
  expect(inputError.message).toContain(path);
  return inputError;
}

describe('readWorkbookFile refuses bad input with one line', () => {
  it('a missing file', async () => {
    const err = await failure(tmp.file('nowhere.xlsx'));
    expect(err.kind).toBe('missing-file');
    expect(err.message).toMatch(/does not exist/);
  });

  it('a folder', async () => {
    expect((await failure(tmp.dir)).kind).toBe('not-a-file');
  });

  it('a text file renamed .xlsx', async () => {
    const err = await failure(fileWith('notes.xlsx', 'Ref,Indicator\nSS1,Referrals\n'));
    expect(err.kind).toBe('not-xlsx');
    expect(err.message).toMatch(/not an Excel workbook/);
  });

  it('an empty file', async () => {
    expect((await failure(fileWith('empty.xlsx', ''))).kind).toBe('not-xlsx');
  });

  it('a zip that is not a workbook', async () => {
    expect((await failure(ZIP_NOT_WORKBOOK)).kind).toBe('not-xlsx');
  });

  it('a truncated workbook', async () => {
    const err = await failure(fileWith('truncated.xlsx', truncatedXlsx()));
    expect(err.kind).toBe('corrupt');
    expect(err.message).toMatch(/incomplete/);
  });

  it('a workbook whose contents are damaged', async () => {
    expect((await failure(fileWith('damaged.xlsx', damagedXlsx()))).kind).toBe('corrupt');
  });

  it('a password-protected workbook (a compound file with an EncryptedPackage stream)', async () => {
    const err = await failure(fileWith('secret.xlsx', cfbStub(['EncryptionInfo', 'EncryptedPackage'])));
    expect(err.kind).toBe('encrypted');
    expect(err.message).toMatch(/password-protected: .*remove the password/);
  });

  it('a legacy .xls workbook, even named .xlsx', async () => {
    expect((await failure(LEGACY_XLS)).kind).toBe('legacy-xls');
    expect((await failure(fileWith('old.xlsx', readFileSync(LEGACY_XLS)))).kind).toBe('legacy-xls');
    expect((await failure(fileWith('stub.xls', cfbStub(['Workbook'])))).kind).toBe('legacy-xls');
  });

  it('a workbook without worksheets', async () => {
    const path = fileWith('nosheets.xlsx', Buffer.from(await new Workbook().xlsx.writeBuffer()));
    expect((await failure(path)).kind).toBe('no-sheets');
  });
});

describe('fileKind', () => {
  it('recognises a zip, leaving whether it holds a workbook to its package relationships', () => {
    expect(fileKind(readFileSync(GOOD_XLSX))).toBe('zip');
    expect(fileKind(readFileSync(ZIP_NOT_WORKBOOK))).toBe('zip');
  });
});
