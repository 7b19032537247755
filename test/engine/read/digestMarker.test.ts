/** docs/rules.md §8 reading 16: the marker line by which both the CLI and the add-in recognise their own digests. */
import { digestPeriodOf, isDigestSheet, markerText } from '../../../src/engine/read/digestMarker';
import { sheet } from '../../support/grids';

const MARKER = markerText('Q3 2006/07');

describe('markerText', () => {
  it('names the maker, the marker version and the period, and asks people to keep the line', () => {
    expect(MARKER).toBe(
      'Made by Performance Digest (v1; period Q3 2006/07). Keep this line: it lets the next run keep your commentary.',
    );
  });
});

describe('digestPeriodOf', () => {
  it('reads the period from the marker on the third line, as the digest writes it', () => {
    const digest = sheet('Digest Q3 2006-07', [
      ['Performance digest: Q3 2006/07'],
      ['Compared with…'],
      [MARKER],
    ]);
    expect(digestPeriodOf(digest)).toBe('Q3 2006/07');
  });

  it('finds the marker in any column of the first eight rows (a user may insert rows or columns)', () => {
    const rows = [...Array.from({ length: 7 }, () => [null]), [null, null, MARKER]];
    expect(digestPeriodOf(sheet('Digest', rows))).toBe('Q3 2006/07');
  });

  it('does not look below the eighth row, where a source table may quote the marker', () => {
    const rows = [...Array.from({ length: 8 }, () => [null]), [MARKER]];
    expect(digestPeriodOf(sheet('Notes', rows))).toBeNull();
  });

  it('reads a marker with spaces around it', () => {
    expect(digestPeriodOf(sheet('Digest', [[`  ${MARKER}  `]]))).toBe('Q3 2006/07');
  });

  it('recognises the marker of a later version, so a newer digest is never read as a source', () => {
    expect(digestPeriodOf(sheet('Digest', [['Made by Performance Digest (v2; period Jun 2006)']]))).toBe(
      'Jun 2006',
    );
  });

  it('does not take a mention of Performance Digest inside other text as the marker', () => {
    expect(
      digestPeriodOf(sheet('Notes', [['Figures as Made by Performance Digest (v1; period Q3 2006/07)']])),
    ).toBeNull();
  });

  it('gives null for a sheet of indicators', () => {
    expect(
      digestPeriodOf(
        sheet('PIs', [
          ['Indicator', 'Q3 2006/07'],
          ['Referrals', 229],
        ]),
      ),
    ).toBeNull();
  });
});

describe('isDigestSheet', () => {
  it.each([
    ['the marker', true, [[MARKER]]],
    ['an indicator table', false, [['Indicator', 'Q3 2006/07']]],
    ['nothing', false, []],
  ])('takes a sheet holding %s as a digest: %p', (_, digest, rows) => {
    expect(isDigestSheet(sheet('S', rows))).toBe(digest);
  });
});
