/**
 * Rules §6 "commentary", docs/rules.md, "The officer's quarter", Q2: nothing typed into a digest is ever lost. For any earlier
 * digest, anything typed into it and any new set of indicators: checked on mergeCommentary itself, and end to end
 * through the digest sheet: plan a digest, type into any cell a person could (Commentary cells in both tables, empty
 * Data notes, beside any row, in blank rows, under the tables), change the indicators, plan again, type again, plan
 * with the first indicators again: every text and number typed is still on the sheet.
 */
import fc from 'fast-check';
import {
  classifyHeader,
  DEFAULT_SETTINGS,
  planDigest,
  RAG_TEXT,
  runDigest,
  type CellValue,
  type DigestRun,
  type EarlierRow,
  type RatedIndicator,
  type SheetGrid,
} from '../../src/engine';
import { mergeCommentary } from '../../src/engine/digest/commentary';
import { plannedGrid } from '../support/plannedGrid';
import { fuzzParameters, fuzzTimeout } from './fuzzConfig';

/** Names and refs from small pools, so renames, collisions and duplicates are common. */
const name = fc.oneof(
  fc.constantFrom('Referrals', 'referrals', 'Initial assessments', 'Re-referrals', 'Core  assessments', '!!'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }),
);
const ref = fc.option(fc.constantFrom('CF/A1', 'cf/a1', 'NI 60', 'BV49', ' '), { nil: null });
const text = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc.constantFrom('=HYPERLINK("http://evil","x")', '+cmd', 'Same text', 'Same text', '  padded  ', 'Red'),
);

const indicator = fc
  .record({ ref, name })
  .map(({ ref, name }) => ({ ref, name, commentary: null }) as unknown as RatedIndicator);

describe('nothing typed into a digest is ever lost (rules §6)', () => {
  jest.setTimeout(fuzzTimeout(120_000));

  it('mergeCommentary: every typed comment and note lands on an indicator or in Removed indicators', () => {
    const cell = fc.record({ row: fc.nat(40), col: fc.nat(14), value: text, format: fc.constant('General') });
    const row = fc.record({
      table: fc.constantFrom<EarlierRow['table'][]>('exceptions', 'sections', 'removed'),
      ref,
      name,
      commentary: fc.oneof(fc.constant(''), text),
      notes: fc.array(cell, { maxLength: 2 }),
    });
    fc.assert(
      fc.property(
        fc.array(indicator, { maxLength: 8 }),
        fc.array(row, { maxLength: 8 }),
        (indicators, rows) => {
          const merged = mergeCommentary(indicators, rows);
          const comments = [
            ...merged.byIndicator.flatMap((c) => c.commentary ?? []),
            ...merged.removed.map((r) => r.commentary),
          ];
          for (const typed of rows.map((r) => r.commentary.trim()).filter((t) => t !== ''))
            expect(comments.some((c) => c.includes(typed))).toBe(true);
          const notes = [
            ...merged.byIndicator.flatMap((c) => [...c.notes.exceptions, ...c.notes.sections]),
            ...merged.removed.flatMap((r) => r.notes),
          ];
          expect(notes).toHaveLength(rows.flatMap((r) => r.notes).length);
          expect(notes).toEqual(expect.arrayContaining(rows.flatMap((r) => r.notes)));
        },
      ),
      fuzzParameters(3000),
    );
  });

  it('through the digest sheet: every text and number typed survives re-runs with changed indicators', () => {
    const row = fc.record({ ref, name: sourceName, value: fc.integer({ min: 0, max: 100 }) });
    const typing = fc.array(fc.record({ pick: fc.nat(), value: fc.oneof(text, fc.constant(0)) }), {
      maxLength: 10,
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 6 }),
        fc.array(row, { maxLength: 6 }),
        typing,
        typing,
        (before, after, first, second) => {
          let tag = 0;
          const sheet1 = grid(digest(before), []);
          const typed1 = typeInto(sheet1, first, () => tag++);
          const sheet2 = grid(digest(after.length > 0 ? after : before), [typed1.sheet]);
          expect(missing(sheet2, typed1.values)).toEqual([]);
          const typed2 = typeInto(sheet2, second, () => tag++);
          const sheet3 = grid(digest(before), [typed2.sheet]);
          expect(missing(sheet3, [...typed1.values, ...typed2.values])).toEqual([]);
        },
      ),
      fuzzParameters(400),
    );
  });
});

/** Indicator names a source table can hold as names (not header words, which would start a new table). */
const sourceName = name.filter((n) => n.trim() !== '' && classifyHeader(n) === null);

function digest(rows: { ref: string | null; name: string; value: number }[]): DigestRun {
  const values: CellValue[][] = [
    ['Ref', 'Indicator', 'Target', 'Q2 2006/07', 'Q3 2006/07'],
    ...rows.map((r) => [r.ref, r.name, 50, r.value, r.value + (r.value % 3) - 1]),
  ];
  const outcome = runDigest(
    [{ name: 'PIs', origin: { row: 0, col: 0 }, values, formats: [] }],
    DEFAULT_SETTINGS,
  );
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.run;
}

/** The digest sheet a writer would produce from the plan, replacing an earlier digest of the same period. */
function grid(run: DigestRun, existing: SheetGrid[]): SheetGrid {
  const plan = planDigest(run, {
    existingSheets: existing.map((g) => ({ name: g.name, grid: g })),
    generatedAt: new Date(Date.UTC(2007, 0, 15)),
  });
  return plannedGrid(plan.sheets[0]!);
}

const RAG_WORDS = new Set<unknown>(Object.values(RAG_TEXT));
/** The columns A–J of the indicator tables; a person's own columns start at K. */
const WIDTH = 10;

/**
 * Every empty cell a person could type into, from the sheet as it reads (not from the reader under test): in an
 * indicator's row its Commentary cell, an empty Data notes cell and the cells beyond the table; in any other row of a
 * table the cells beyond it; in a line of ours (title, heading, outcome) every cell but the first; any cell of a
 * blank row; a few rows below.
 */
function typeableCells(sheet: SheetGrid): { row: number; col: number }[] {
  const cells: { row: number; col: number }[] = [];
  let header: CellValue[] | null = null;
  for (let r = 0; r < sheet.values.length + 3; r++) {
    const row = sheet.values[r] ?? [];
    const filled = row.filter((v) => v !== null).length;
    if (row.includes('Ref') && row.includes('Indicator')) header = row;
    else if (filled === 0) header = null;
    const indicatorRow = header !== null && typeof row[1] === 'string' && RAG_WORDS.has(row[5]);
    for (let c = 0; c < WIDTH + 3; c++) {
      if ((row[c] ?? null) !== null) continue;
      const mine =
        filled <= 1
          ? c > 0 || filled === 0
          : c >= WIDTH || (indicatorRow && (header?.[c] === 'Commentary' || header?.[c] === 'Data notes'));
      if (mine) cells.push({ row: r, col: c });
    }
  }
  return cells;
}

/**
 * A person's typing, each value tagged so it is told apart from anything the digest writes: texts end in ⟨n⟩,
 * numbers are 1,000,000 + n.
 */
function typeInto(
  sheet: SheetGrid,
  typing: { pick: number; value: string | number }[],
  next: () => number,
): { sheet: SheetGrid; values: CellValue[] } {
  const free = typeableCells(sheet);
  const values = sheet.values.map((r) => [...r]);
  const typed: CellValue[] = [];
  for (const { pick, value } of typing) {
    if (free.length === 0) break;
    const [cell] = free.splice(pick % free.length, 1);
    const n = next();
    const tagged = typeof value === 'number' ? 1_000_000 + n : `${value} ⟨${n}⟩`;
    while (values.length <= cell!.row) values.push([]);
    values[cell!.row]![cell!.col] = tagged;
    typed.push(tagged);
  }
  const dense = values.map((r) => Array.from(r, (v) => v ?? null));
  return { sheet: { ...sheet, values: dense }, values: typed };
}

/**
 * The typed values not found on the sheet: a text inside some cell (commentary may be joined); a number as a cell, or
 * as the text a commentary cell (formatted as text, as Excel keeps what is typed there) holds.
 */
function missing(sheet: SheetGrid, typed: CellValue[]): CellValue[] {
  const cells: CellValue[] = sheet.values.flat().filter((v) => v !== null);
  const texts = cells.filter((c): c is string => typeof c === 'string');
  return typed.filter((t) =>
    typeof t === 'string'
      ? !texts.some((c) => c.includes(t.trim()))
      : !cells.includes(t) && !texts.includes(String(t)),
  );
}
