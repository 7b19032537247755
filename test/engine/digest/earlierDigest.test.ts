/** rules §6 commentary: the digest sheet's marker, and reading back the commentary typed into an earlier digest. */
import { isDigestSheet, markerText, readDigestSheet } from '../../../src/engine';
import { sheet } from '../../support/grids';

const HEADER = [
  'Ref',
  'Indicator',
  'Previous (Q2 2006/07)',
  'Current (Q3 2006/07)',
  'Target',
  'RAG',
  'Direction of travel',
  'Trend',
  'Commentary',
  'Data notes',
];

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

describe('readDigestSheet (rules §6 commentary)', () => {
  it('returns null for a sheet that is not one of our digests', () => {
    expect(readDigestSheet(sheet('PIs', [['Indicator', 'Commentary']]))).toBeNull();
  });

  it("reads the digest's period from its marker", () => {
    expect(readDigestSheet(sheet('D', [[markerText('2006/07')]]))?.period).toBe('2006/07');
  });

  it('reads commentary typed against indicator rows, with ref and name', () => {
    const grid = sheet('D', [
      ['Performance digest: Q3 2006/07'],
      [markerText('Q3 2006/07')],
      HEADER,
      ['Staying Safe'],
      [
        'SS1',
        'Initial assessments',
        0.7,
        0.65,
        0.75,
        'Red',
        'Worsening ▼',
        '█▁',
        'Agency staff recruited',
        null,
      ],
      [null, 'Visits', 10, 12, null, 'No target', 'Improving ▲', '▁█', 'Counted by hand', null],
      ['SS2', 'Referrals', 175, 229, 220, 'Green', 'Improving ▲', '▁█', null, null],
    ]);
    expect(readDigestSheet(grid)?.commentary).toEqual([
      { ref: 'SS1', name: 'Initial assessments', text: 'Agency staff recruited' },
      { ref: null, name: 'Visits', text: 'Counted by hand' },
    ]);
  });

  it('reads commentary from a Removed indicators block too', () => {
    const grid = sheet('D', [
      [markerText('Q3 2006/07')],
      HEADER,
      ['SS1', 'Initial assessments', null, null, null, null, null, null, 'Note A'],
      [],
      ['Removed indicators'],
      ['Ref', 'Indicator', null, null, null, null, null, null, 'Commentary'],
      ['XX9', 'Old indicator', null, null, null, null, null, null, 'Note B'],
    ]);
    expect(readDigestSheet(grid)?.commentary.map((c) => c.text)).toEqual(['Note A', 'Note B']);
  });

  it('does not read prompts in the exceptions table as commentary', () => {
    const grid = sheet('D', [
      [markerText('Q3 2006/07')],
      [...HEADER.slice(0, 8), 'Commentary prompt', null],
      ['SS1', 'Initial assessments', null, null, null, 'Red', null, null, 'What caused the fall?'],
    ]);
    expect(readDigestSheet(grid)?.commentary).toEqual([]);
  });
});
