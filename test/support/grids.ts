/** Hand-made sheets for engine tests: rows as typed, number formats by cell address (`{ C2: '0%' }`). */
import { columnIndex, DEFAULT_SETTINGS, runDigest } from '../../src/engine';
import type { CellValue, DigestRun, DigestSettings, SheetGrid } from '../../src/engine';

export interface SheetOptions {
  /** Number formats by A1 address on the sheet, e.g. `{ F2: '0.0%' }`. */
  formats?: Record<string, string>;
  /** The sheet cell (A1 form) holding `rows[0][0]`, when the used range does not start at A1. */
  origin?: string;
}

export function sheet(
  name: string,
  rows: CellValue[][],
  { formats = {}, origin = 'A1' }: SheetOptions = {},
): SheetGrid {
  const at = (a1: string) => {
    const [, letters = 'A', digits = '1'] = /^([A-Z]+)(\d+)$/.exec(a1) ?? [];
    return { row: Number(digits) - 1, col: columnIndex(letters) };
  };
  const start = at(origin);
  const grid: string[][] = rows.map((row) => row.map(() => 'General'));
  for (const [a1, format] of Object.entries(formats)) {
    const { row, col } = at(a1);
    const line = (grid[row - start.row] ??= []);
    line[col - start.col] = format;
  }
  return { name, origin: start, values: rows, formats: grid };
}

/** runDigest with default settings (overridable); fails the test if the engine refuses the input. */
export function digestOf(sheets: SheetGrid | SheetGrid[], settings: Partial<DigestSettings> = {}): DigestRun {
  const outcome = runDigest(Array.isArray(sheets) ? sheets : [sheets], { ...DEFAULT_SETTINGS, ...settings });
  if (!outcome.ok) throw new Error(`runDigest refused the input: ${outcome.error.message}`);
  return outcome.run;
}

/** Matches a data issue (rules §5) of this severity at this cell, whose message contains `words` if given. */
export const issueAt = (severity: 'error' | 'warning', cell: string, words?: string) =>
  expect.objectContaining({ severity, cell, ...(words ? { message: expect.stringContaining(words) } : {}) });
