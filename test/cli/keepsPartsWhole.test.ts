/**
 * Workbook files without loss (issue 14): workbooks as openpyxl, LibreOffice and the Open XML SDK write them, with what
 * officers' workbooks carry, go through `perf-digest --out`: it succeeds, the shared fidelity check
 * (`../shared/xlsx-fidelity/check-parts IN OUT`) says `whole`, and the output reads back, with the digest in it,
 * through our reader and through ExcelJS (another program's reader).
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { Workbook } from 'exceljs';
import { readWorkbookBytes } from '../../src/xlsx/read/readWorkbook';
import { FEATURES, otherWriterWorkbook, type Feature, type Writer } from '../xlsx/otherWriters';
import { tempDir } from '../xlsx/tempFiles';
import { cli } from './runCli';

const CHECK_PARTS = join(__dirname, '..', '..', '..', 'shared', 'xlsx-fidelity', 'check-parts');
const python = spawnSync('python3', ['--version']).status === 0;
if (!python) console.warn('python3 is not installed: check-parts is not run (the other checks are).');

const tmp = tempDir();
afterAll(() => tmp.remove());

function checkParts(input: string, output: string): string {
  try {
    return execFileSync('python3', [CHECK_PARTS, input, output], { encoding: 'utf8' });
  } catch (err) {
    return String((err as { stdout?: string }).stdout ?? err);
  }
}

async function excelJsReads(bytes: Uint8Array): Promise<string[] | null> {
  const wb = new Workbook();
  return wb.xlsx.load(bytes as unknown as ArrayBuffer).then(
    () => wb.worksheets.map((s) => s.name),
    () => null,
  );
}

const WRITERS: Writer[] = ['openpyxl', 'libreoffice', 'dotnet'];
// Everything at once but the image: a sheet has one drawing part, which the chart already holds.
const CASES: [Writer, Feature[]][] = WRITERS.flatMap((w) => [
  ...FEATURES.map((f): [Writer, Feature[]] => [w, [f]]),
  [w, FEATURES.filter((f) => f !== 'image')],
]);

describe.each(CASES)('a workbook written by %s with %p', (writer, features) => {
  const name = `${writer}-${features.length > 1 ? 'all' : features[0]}`;
  const input = tmp.file(`${name}.xlsx`);
  const output = tmp.file(`${name}-digest.xlsx`);
  let run: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    writeFileSync(input, otherWriterWorkbook(writer, features));
    run = await cli(input, '--out', output, '--sheet', 'PIs');
  });

  it('gets its digest', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(existsSync(output)).toBe(true);
  });

  (python && existsSync(CHECK_PARTS) ? it : it.skip)('keeps every part whole (check-parts)', () => {
    expect(checkParts(input, output)).toBe('check-parts: whole\n');
  });

  it('reads back through our reader, the digest and its charts last, the user’s sheets as they were', () => {
    const before = readWorkbookBytes(readFileSync(input), input).grids;
    const after = readWorkbookBytes(readFileSync(output), output).grids;
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((g) => g.name)).toEqual(['Digest Q3 2006-07', 'Charts Q3 2006-07']);
    expect(after[before.length]?.values[0]).toEqual(['Performance digest: Q3 2006/07']);
  });

  it('reads back through ExcelJS whenever ExcelJS can read the input', async () => {
    const inputSheets = await excelJsReads(readFileSync(input));
    const outputSheets = await excelJsReads(readFileSync(output));
    if (inputSheets !== null)
      expect(outputSheets).toEqual([...inputSheets, 'Digest Q3 2006-07', 'Charts Q3 2006-07']);
  });
});
