/**
 * rules §6 commentary: typed commentary kept by ref else name; an indicator's commentary is one thing, whichever of
 * its rows it was typed on; the source fills the rest; nothing typed is lost (docs/rules.md, "The officer's quarter", Q2).
 */
import type { EarlierRow, RatedIndicator, TypedCell } from '../../../src/engine';
import { mergeCommentary } from '../../../src/engine/digest/commentary';

const ind = (ref: string | null, name: string, commentary: string | null = null) =>
  ({ ref, name, commentary }) as RatedIndicator;

const row = (
  table: EarlierRow['table'],
  ref: string | null,
  name: string,
  commentary = '',
  notes: TypedCell[] = [],
): EarlierRow => ({ table, ref, name, commentary, notes });

const note = (col: number, value: string): TypedCell => ({ row: 30, col, value, format: 'General' });
const commentaryOf = (indicators: RatedIndicator[], rows: EarlierRow[]) =>
  mergeCommentary(indicators, rows).byIndicator.map((c) => c.commentary);

describe('mergeCommentary (rules §6)', () => {
  it('keeps typed commentary for the indicator with the same ref, even if renamed', () => {
    const merged = mergeCommentary(
      [ind('SS1', 'Initial assessments (7 days)')],
      [row('sections', 'SS1', 'Initial assessments', 'Typed')],
    );
    expect(merged.byIndicator[0]).toMatchObject({ commentary: 'Typed', typed: true, joined: false });
    expect(merged.removed).toEqual([]);
  });

  it('matches refs ignoring case and spaces', () => {
    expect(commentaryOf([ind('NI 59', 'A')], [row('sections', 'ni59', 'B', 'Typed')])).toEqual(['Typed']);
  });

  it('matches by name where the indicator has no ref', () => {
    expect(commentaryOf([ind(null, 'Visits')], [row('sections', null, 'visits', 'Typed')])).toEqual([
      'Typed',
    ]);
  });

  it('prefers typed commentary to the source’s commentary column', () => {
    expect(commentaryOf([ind('SS1', 'A', 'From source')], [row('sections', 'SS1', 'A', 'Typed')])).toEqual([
      'Typed',
    ]);
  });

  it('does not count commentary the source gave as typed', () => {
    const merged = mergeCommentary(
      [ind('SS1', 'A', 'From source')],
      [row('sections', 'SS1', 'A', 'From source')],
    );
    expect(merged.byIndicator[0]).toMatchObject({ commentary: 'From source', typed: false });
  });

  it('fills from the source where nothing was typed', () => {
    expect(commentaryOf([ind('SS1', 'A', 'From source'), ind('SS2', 'B')], [])).toEqual([
      'From source',
      null,
    ]);
  });

  it('takes an answer typed beside the prompt in the Exceptions table as the indicator’s commentary', () => {
    const rows = [
      row('exceptions', 'SS2', 'Initial assessments', 'Agency staff start in May'),
      row('sections', 'SS2', 'Initial assessments'),
    ];
    expect(commentaryOf([ind('SS2', 'Initial assessments')], rows)).toEqual(['Agency staff start in May']);
  });

  it('keeps the same commentary in both tables once', () => {
    const rows = [row('exceptions', 'SS2', 'A', 'Same'), row('sections', 'SS2', 'A', 'Same')];
    expect(mergeCommentary([ind('SS2', 'A')], rows).byIndicator[0]).toMatchObject({
      commentary: 'Same',
      joined: false,
    });
  });

  it('keeps the longer where one commentary holds the other (an addition typed in one table)', () => {
    const rows = [
      row('exceptions', 'SS2', 'A', 'Agency staff. Update: started'),
      row('sections', 'SS2', 'A', 'Agency staff.'),
    ];
    expect(mergeCommentary([ind('SS2', 'A')], rows).byIndicator[0]).toMatchObject({
      commentary: 'Agency staff. Update: started',
      joined: false,
    });
  });

  it('joins two different commentaries, the Indicators by outcome one first, and says so', () => {
    const rows = [
      row('exceptions', 'SS2', 'A', 'From the exceptions'),
      row('sections', 'SS2', 'A', 'From the table'),
    ];
    expect(mergeCommentary([ind('SS2', 'A')], rows).byIndicator[0]).toMatchObject({
      commentary: 'From the table\nFrom the exceptions',
      joined: true,
    });
  });

  it('lets commentary typed in one table win over the source’s commentary left standing in the other', () => {
    const rows = [row('exceptions', 'SS2', 'A', 'From source'), row('sections', 'SS2', 'A', 'Typed over it')];
    expect(mergeCommentary([ind('SS2', 'A', 'From source')], rows).byIndicator[0]).toMatchObject({
      commentary: 'Typed over it',
      joined: false,
    });
  });

  it('carries the notes typed beside each of an indicator’s rows, by the table they were in', () => {
    const rows = [
      row('exceptions', 'SS2', 'A', '', [note(11, 'Owner: J. Smith')]),
      row('sections', 'SS2', 'A', '', [note(12, 'See annex')]),
    ];
    expect(mergeCommentary([ind('SS2', 'A')], rows).byIndicator[0]!.notes).toEqual({
      exceptions: [note(11, 'Owner: J. Smith')],
      sections: [note(12, 'See annex')],
    });
  });

  it('keeps commentary and notes whose indicator has gone as removed', () => {
    const merged = mergeCommentary(
      [ind('SS1', 'A')],
      [row('sections', 'XX9', 'Old indicator', 'Keep me', [note(11, 'And me')])],
    );
    expect(merged.removed).toEqual([
      { ref: 'XX9', name: 'Old indicator', commentary: 'Keep me', notes: [note(11, 'And me')] },
    ]);
  });

  it('gives each typed comment to one indicator at most', () => {
    expect(
      commentaryOf([ind(null, 'Visits'), ind(null, 'Visits')], [row('sections', null, 'Visits', 'Once')]),
    ).toEqual(['Once', null]);
  });

  it('does not match by name a typed comment whose ref belongs to another indicator first', () => {
    expect(
      commentaryOf(
        [ind('SS1', 'Referrals'), ind('SS2', 'Other')],
        [row('sections', 'SS2', 'Referrals', 'For SS2')],
      ),
    ).toEqual([null, 'For SS2']);
  });

  it('ignores blank typed entries', () => {
    const merged = mergeCommentary([ind('SS1', 'A', 'Source')], [row('sections', 'SS1', 'A', '  ')]);
    expect(merged.byIndicator.map((c) => c.commentary)).toEqual(['Source']);
    expect(merged.removed).toEqual([]);
  });
});
