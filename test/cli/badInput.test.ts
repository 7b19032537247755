/** Bad input: exit code 1 and one clear line on stderr, never a stack trace (issue 3, CLI). */
import { copyFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { cfbStub, truncatedXlsx } from '../xlsx/badFiles';
import { tempDir } from '../xlsx/tempFiles';
import { cli, expectOneLineError, FIXTURES, SAMPLE } from './runCli';

const tmp = tempDir();
afterAll(() => tmp.remove());

function file(name: string, bytes: Buffer | string): string {
  writeFileSync(tmp.file(name), bytes);
  return tmp.file(name);
}

describe('perf-digest refuses bad input', () => {
  it('a missing file', async () => {
    expectOneLineError(await cli(tmp.file('missing.xlsx')), /missing\.xlsx does not exist/);
  });

  it('a text file renamed .xlsx', async () => {
    expectOneLineError(await cli(file('notes.xlsx', 'Indicator,Q1\n')), /is not an Excel workbook/);
  });

  it('a truncated workbook', async () => {
    expectOneLineError(await cli(file('cut.xlsx', truncatedXlsx())), /is damaged: it is incomplete/);
  });

  it('a password-protected workbook', async () => {
    const path = file('locked.xlsx', cfbStub(['EncryptionInfo', 'EncryptedPackage']));
    expectOneLineError(await cli(path), /is password-protected/);
  });

  it('an empty workbook (contract example ex3)', async () => {
    const path = join(FIXTURES, 'contract', 'ex3-bad-input', 'input.xlsx');
    expectOneLineError(await cli(path, '--json'), /No indicator table found in this workbook/);
  });

  it('an unknown sheet, naming the sheets there are', async () => {
    expectOneLineError(await cli(SAMPLE, '--sheet', 'Q3 PIs'), /no sheet called "Q3 PIs".*"Quarterly PIs"/);
  });

  it('a sheet without an indicator table', async () => {
    expectOneLineError(await cli(SAMPLE, '--sheet', 'Definitions'), /No indicator table found on the sheet/);
  });

  it('an unknown period, naming the periods there are', async () => {
    expectOneLineError(
      await cli(SAMPLE, '--period', 'Q1 2007/08'),
      /no column or rows for Q1 2007\/08.*Q4 2006\/07/,
    );
    expectOneLineError(await cli(SAMPLE, '--period', 'next spring'), /"next spring" is not a period/);
  });

  it.each([
    [
      [SAMPLE, '--tolerance', 'lots'],
      '--tolerance: "lots" is not a tolerance: type a percentage such as 5% or an amount such as 0.02.',
    ],
    [
      [SAMPLE, '--change-threshold', '-2%'],
      '--change-threshold: A change threshold cannot be negative ("-2%"): type 0 to count every change, or a percentage such as 2% or an amount such as 0.5.',
    ],
    [
      [SAMPLE, '--basis', 'foo'],
      '--basis: "foo" is not a comparison basis: type previous (the period before) or year (the same period last year).',
    ],
    [
      [SAMPLE, '--colour'],
      '--colour is not an option of perf-digest. Run perf-digest --help for the options.',
    ],
    [[SAMPLE, '--sheet'], '--sheet needs a value after it. Run perf-digest --help for the options.'],
    [
      [],
      'Give the workbook to read: perf-digest <input.xlsx> [options]. Run perf-digest --help for the options.',
    ],
  ])('refuses %p in the same plain words as the pane', async (args, line) => {
    const result = await cli(...args);
    expectOneLineError(result, /./);
    expect(result.stderr).toBe(`perf-digest: ${line}\n`);
  });

  it('--out onto the input itself, however it is spelt', async () => {
    const input = tmp.file('input.xlsx');
    copyFileSync(SAMPLE, input);
    const spelt = join(tmp.dir, '..', tmp.dir.split('/').pop()!, 'input.xlsx');
    expectOneLineError(
      await cli(input, '--out', spelt),
      /is the input workbook: perf-digest never changes its input/,
    );
  });

  it('--out that is not an .xlsx', async () => {
    expectOneLineError(await cli(SAMPLE, '--out', tmp.file('digest.xls')), /must name an \.xlsx file/);
  });
});
