/**
 * Rules §6 "commentary": for any earlier digest and any new set of indicators, no commentary string is lost: each is
 * in an indicator's row or in *Removed indicators*. Checked on mergeCommentary itself, and end to end through the
 * digest sheet: plan a digest, type commentary into it, change the indicators, plan again, read the new sheet back.
 */
import fc from 'fast-check';
import {
  classifyHeader,
  DEFAULT_SETTINGS,
  planDigest,
  readDigestSheet,
  runDigest,
  type CellValue,
  type DigestRun,
  type RatedIndicator,
  type SheetGrid,
} from '../../src/engine';
import { mergeCommentary, type CommentaryEntry } from '../../src/engine/digest/commentary';
import { fuzzParameters, fuzzTimeout } from './fuzzConfig';

/** Multiset inclusion: every string of `kept` is in `all`, as many times as it occurs. */
function missingFrom(all: string[], kept: string[]): string[] {
  const left = [...all];
  return kept.filter((s) => {
    const i = left.indexOf(s);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

/** Names and refs from small pools, so renames, collisions and duplicates are common. */
const name = fc.oneof(
  fc.constantFrom('Referrals', 'referrals', 'Initial assessments', 'Re-referrals', 'Core  assessments', '!!'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }),
);
const ref = fc.option(fc.constantFrom('CF/A1', 'cf/a1', 'NI 60', 'BV49', ' '), { nil: null });
const typed = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc.constantFrom('=HYPERLINK("http://evil","x")', '+cmd', 'Same text', 'Same text', '  padded  '),
);

const indicator = fc
  .record({ ref, name })
  .map(({ ref, name }) => ({ ref, name, commentary: null }) as unknown as RatedIndicator);

describe('commentary is never lost (rules §6)', () => {
  jest.setTimeout(fuzzTimeout(120_000));

  it('mergeCommentary: every typed string lands on an indicator or in Removed indicators', () => {
    const entry = fc.record({ ref, name, text: typed });
    fc.assert(
      fc.property(
        fc.array(indicator, { maxLength: 8 }),
        fc.array(entry, { maxLength: 8 }),
        (indicators, earlier) => {
          const merged = mergeCommentary(indicators, earlier as CommentaryEntry[]);
          const shown = [...merged.byIndicator.flatMap((t) => t ?? []), ...merged.removed.map((e) => e.text)];
          const kept = earlier.map((e) => e.text).filter((t) => t.trim() !== '');
          expect(missingFrom(shown, kept)).toEqual([]);
        },
      ),
      fuzzParameters(3000),
    );
  });

  it('through the digest sheet: typed commentary survives a re-run with changed indicators', () => {
    const row = fc.record({ ref, name: sourceName, value: fc.integer({ min: 0, max: 100 }) });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 6 }),
        fc.array(row, { maxLength: 6 }),
        fc.array(fc.option(typed, { nil: null }), { maxLength: 12 }),
        fc.array(fc.option(typed, { nil: null }), { maxLength: 6 }),
        (before, after, comments, secondComments) => {
          const sheet1 = typeInto(grid(digest(before), []), comments);
          const rerun = grid(digest(after.length > 0 ? after : before), [sheet1]);
          expect(missingFrom(commentaryOn(rerun), commentaryOn(sheet1))).toEqual([]);
          // More typing, then a run with the first indicators again: Removed indicators' commentary is kept too.
          const sheet2 = typeInto(rerun, secondComments);
          const sheet3 = grid(digest(before), [sheet2]);
          expect(missingFrom(commentaryOn(sheet3), commentaryOn(sheet2))).toEqual([]);
          expect(
            readDigestSheet(sheet3)!
              .commentary.map((c) => c.text)
              .sort(),
          ).toEqual(commentaryOn(sheet3).sort());
        },
      ),
      fuzzParameters(500),
    );
  });
});

/** Indicator names a source table can hold as names (not header words, which would start a new table). */
const sourceName = name.filter((n) => n.trim() !== '' && classifyHeader(n) === null);

function digest(rows: { ref: string | null; name: string; value: number }[]): DigestRun {
  const values: CellValue[][] = [
    ['Ref', 'Indicator', 'Target', 'Q2 2006/07', 'Q3 2006/07'],
    ...rows.map((r) => [r.ref, r.name, 50, r.value, r.value + 1]),
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
  const block = plan.sheets[0]!.blocks[0]!;
  return {
    name: plan.sheets[0]!.name,
    origin: { row: 0, col: 0 },
    values: block.values.map((r) => [...r]),
    formats: block.numberFormats,
  };
}

/**
 * The Commentary cells of indicator and Removed-indicator rows, by the digest's layout: rows with a name, below a
 * header row holding Ref, Indicator and Commentary, up to a blank row.
 */
function commentaryCells(sheet: SheetGrid): { row: number; col: number }[] {
  const cells: { row: number; col: number }[] = [];
  let col = -1;
  sheet.values.forEach((row, r) => {
    const header = row.indexOf('Commentary');
    if (row.includes('Ref') && row.includes('Indicator') && header >= 0) col = header;
    else if (row.every((v) => v === null)) col = -1;
    else if (col >= 0 && typeof row[1] === 'string' && row[1].trim() !== '') cells.push({ row: r, col });
  });
  return cells;
}

/** Every commentary text on a digest sheet, as its cells read (trimmed). */
function commentaryOn(sheet: SheetGrid): string[] {
  return commentaryCells(sheet).flatMap(({ row, col }) => {
    const v = sheet.values[row]?.[col];
    return typeof v === 'string' && v.trim() !== '' ? [v.trim()] : [];
  });
}

/** An officer's edits: commentary typed into (or over) the sheet's commentary cells, in order; null skips a row. */
function typeInto(sheet: SheetGrid, comments: (string | null)[]): SheetGrid {
  commentaryCells(sheet).forEach(({ row, col }, i) => {
    const text = comments[i];
    if (text !== null && text !== undefined) sheet.values[row]![col] = text;
  });
  return sheet;
}
