/**
 * rules §6 commentary, docs/rules.md, "The officer's quarter", Q2: the digest sheet's marker, and reading back an earlier digest:
 * its own cells recognised by what they say, everything else typed by a person, kept with where it was.
 */
import { cellRef, isDigestSheet, markerText, planDigest, readDigestSheet } from '../../../src/engine';
import { digestOf, sheet } from '../../support/grids';
import { plannedGrid, rowOf, typed } from '../../support/plannedGrid';

describe('markerText and isDigestSheet', () => {
  it('writes a plain-text marker naming the period', () => {
    expect(markerText('Q3 2006/07')).toMatch(/^Made by Performance Digest \(v1; period Q3 2006\/07\)/);
  });

  it('recognises a sheet with the marker near the top', () => {
    expect(isDigestSheet(sheet('Any name', [['Performance digest'], [null, markerText('Jun 2006')]]))).toBe(
      true,
    );
  });

  it('does not take a source sheet for a digest', () => {
    expect(
      isDigestSheet(
        sheet('PIs', [
          ['Indicator', 'Q3 2006/07'],
          ['Referrals', 229],
        ]),
      ),
    ).toBe(false);
  });

  it('does not take a sheet that only mentions the product lower down for a digest', () => {
    const rows = [...Array.from({ length: 10 }, () => [null]), [markerText('Q3 2006/07')]];
    expect(isDigestSheet(sheet('Notes', rows))).toBe(false);
  });
});

/** Two Red exceptions (the second with a data issue: no polarity), one Green, one Data only, under two outcomes. */
const source = sheet(
  'PIs',
  [
    ['Ref', 'Indicator', 'Outcome', 'Polarity', 'Target', 'Q2 2006/07', 'Q3 2006/07'],
    ['SS1', 'Initial assessments', 'Staying Safe', 'Higher', 0.75, 0.7, 0.65],
    ['SS2', 'Referrals', 'Staying Safe', null, 220, 175, 150],
    ['BH1', 'Teenage conceptions', 'Be Healthy', 'Lower', 50, 52, 49],
    [null, 'Visits', 'Be Healthy', 'Neutral', null, 10, 12],
  ],
  { formats: { E2: '0%', F2: '0%', G2: '0%' } },
);
const digest = plannedGrid(
  planDigest(digestOf(source), { existingSheets: [], generatedAt: new Date(Date.UTC(2007, 0, 15)) })
    .sheets[0]!,
);
const read = (grid = digest) => readDigestSheet(grid)!;
/** The A1 address of `text`'s row (the last one holding it) in column `col`. */
const beside = (text: string, col: string) => `${col}${rowOf(digest, text) + 1}`;

describe('readDigestSheet (rules §6 commentary)', () => {
  it('returns null for a sheet that is not one of our digests', () => {
    expect(readDigestSheet(sheet('PIs', [['Indicator', 'Commentary']]))).toBeNull();
  });

  it('reads the period from its marker and the date from its title block', () => {
    expect(read()).toMatchObject({ period: 'Q3 2006/07', generated: '15 January 2007' });
  });

  it('recognises every cell it wrote as its own: nothing typed, nothing to keep', () => {
    const earlier = read();
    expect(earlier.loose).toEqual([]);
    expect(earlier.headerNotes).toEqual({ exceptions: [], sections: [] });
    expect(earlier.rows.flatMap((r) => r.notes)).toEqual([]);
    expect(earlier.rows.map((r) => `${r.table}: ${r.name}`)).toEqual([
      'exceptions: Initial assessments',
      'exceptions: Referrals',
      'sections: Initial assessments',
      'sections: Referrals',
      'sections: Teenage conceptions',
      'sections: Visits',
    ]);
  });

  it('reads commentary typed in either table, with the table it was typed in', () => {
    const exceptionRow = digest.values.findIndex((r) => r.includes('Initial assessments')) + 1;
    const grid = typed(
      typed(digest, `J${exceptionRow}`, 'Answer beside the prompt'),
      beside('Initial assessments', 'J'),
      'In the lower table',
    );
    expect(read(grid).rows.filter((r) => r.commentary !== '')).toEqual([
      expect.objectContaining({ table: 'exceptions', ref: 'SS1', commentary: 'Answer beside the prompt' }),
      expect.objectContaining({ table: 'sections', ref: 'SS1', commentary: 'In the lower table' }),
    ]);
  });

  it('keeps a cell typed beside an indicator’s row as a note of that row', () => {
    const grid = typed(digest, beside('Teenage conceptions', 'L'), 'Owner: J. Smith');
    const row = read(grid).rows.find((r) => r.name === 'Teenage conceptions')!;
    expect(row.notes).toEqual([
      { row: rowOf(digest, 'Teenage conceptions'), col: 11, value: 'Owner: J. Smith', format: 'General' },
    ]);
  });

  it.each([
    ['a blank row', 'A4'],
    ['beside the title', 'D1'],
    ['under the last table', `B${digest.values.length + 2}`],
  ])('keeps a cell typed in %s with its address', (_where, a1) => {
    expect(read(typed(digest, a1, 'Board meets 3 May')).loose).toEqual([
      { where: a1, value: 'Board meets 3 May', format: 'General' },
    ]);
  });

  it('keeps text typed over a figure, and takes a number there as its own', () => {
    const cell = beside('Visits', 'D');
    expect(read(typed(digest, cell, 'provisional')).rows.at(-1)!.notes).toMatchObject([
      { value: 'provisional' },
    ]);
    expect(read(typed(digest, cell, 13)).rows.at(-1)!.notes).toEqual([]);
  });

  it('keeps an answer typed over a commentary prompt', () => {
    const row = digest.values.findIndex((r) => r.includes('Referrals'));
    const grid = typed(digest, `I${row + 1}`, 'Figures due next week');
    expect(read(grid).rows[1]).toMatchObject({
      name: 'Referrals',
      notes: [{ value: 'Figures due next week' }],
    });
  });

  it('takes the data issues it listed for a row as its own, and text typed into the Data notes as a note', () => {
    const notes = beside('Referrals', 'I');
    const withIssue = read().rows.find((r) => r.table === 'sections' && r.name === 'Referrals')!;
    expect(withIssue.notes).toEqual([]);
    const typedNote = read(typed(digest, beside('Teenage conceptions', 'I'), 'Checked with the team'));
    expect(typedNote.rows.find((r) => r.name === 'Teenage conceptions')!.notes).toMatchObject([
      { value: 'Checked with the team' },
    ]);
    const added = read(typed(digest, notes, `${digest.values[rowOf(digest, 'Referrals')]![8]} Chased.`));
    expect(added.rows.find((r) => r.table === 'sections' && r.name === 'Referrals')!.notes).toMatchObject([
      { value: 'Chased.' },
    ]);
  });

  it('keeps a heading typed beside a table’s header row as a note of that header', () => {
    const header = digest.values.findIndex((r) => r.includes('Commentary prompt'));
    expect(read(typed(digest, `K${header + 1}`, 'Owner')).headerNotes.exceptions).toMatchObject([
      { col: 10, value: 'Owner' },
    ]);
  });

  it('does not take a row inserted into a table for an indicator: what is typed on it is kept with its address', () => {
    const at = rowOf(digest, 'Teenage conceptions');
    const insert = <T>(rows: T[][], row: T[]) => [...rows.slice(0, at), row, ...rows.slice(at)];
    const inserted = {
      ...digest,
      values: insert(digest.values, [null, 'A note of mine']),
      formats: insert(digest.formats, []),
    };
    expect(read(inserted).loose).toEqual([
      { where: cellRef(at, 1), value: 'A note of mine', format: 'General' },
    ]);
  });
});
