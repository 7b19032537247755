/** The --out workbook's failures say what failed: the folder only when the file system refused (issue 14). */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { UsageError } from '../../src/cli/errors';
import { writeDigestWorkbook } from '../../src/cli/outputFile';
import { DEFAULT_SETTINGS, planDigest, runDigest, type DigestPlan } from '../../src/engine';
import { readWorkbookBytes } from '../../src/xlsx/read/readWorkbook';
import { tempDir } from '../xlsx/tempFiles';
import { SAMPLE } from './runCli';

const tmp = tempDir();
afterAll(() => tmp.remove());

const { pkg, grids } = readWorkbookBytes(readFileSync(SAMPLE), SAMPLE);
const outcome = runDigest(grids, DEFAULT_SETTINGS);
if (!outcome.ok) throw new Error(outcome.error.message);
const plan: DigestPlan = planDigest(outcome.run, {
  existingSheets: grids.map((g) => ({ name: g.name, grid: g })),
  generatedAt: new Date(Date.UTC(2007, 3, 20)),
});

async function failure(write: Promise<void>): Promise<string> {
  const err: unknown = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UsageError);
  return (err as Error).message;
}

describe('writeDigestWorkbook', () => {
  it('puts a file-system failure down to the folder, with its code', async () => {
    writeFileSync(tmp.file('a-file'), 'not a folder');
    const out = join(tmp.file('a-file'), 'digest.xlsx');
    expect(await failure(writeDigestWorkbook({ pkg, file: SAMPLE }, plan, out))).toMatch(
      /^cannot write .*digest\.xlsx \(E[A-Z]+\): check the folder exists and is writable/,
    );
  });

  it('does not blame the folder when adding the digest failed: it says so, and that nothing was written', async () => {
    const out = tmp.file('digest.xlsx');
    const message = await failure(
      writeDigestWorkbook({ pkg: { ...pkg, entries: [] }, file: SAMPLE }, plan, out),
    );
    expect(message).toMatch(/the digest could not be added to a copy of .*sample-quarterly-digest\.xlsx/);
    expect(message).toMatch(/nothing was written/);
    expect(message).not.toMatch(/folder/);
  });
});
