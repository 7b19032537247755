/** rules §6 commentary: typed commentary kept by ref else name; the source fills the rest; nothing typed is lost. */
import type { RatedIndicator } from '../../../src/engine';
import { mergeCommentary } from '../../../src/engine/digest/commentary';

const ind = (ref: string | null, name: string, commentary: string | null = null) =>
  ({ ref, name, commentary }) as RatedIndicator;

describe('mergeCommentary (rules §6)', () => {
  it('keeps typed commentary for the indicator with the same ref, even if renamed', () => {
    const merged = mergeCommentary(
      [ind('SS1', 'Initial assessments (7 days)')],
      [{ ref: 'SS1', name: 'Initial assessments', text: 'Typed' }],
    );
    expect(merged).toEqual({ byIndicator: ['Typed'], removed: [] });
  });

  it('matches refs ignoring case and spaces', () => {
    const merged = mergeCommentary([ind('NI 59', 'A')], [{ ref: 'ni59', name: 'B', text: 'Typed' }]);
    expect(merged.byIndicator).toEqual(['Typed']);
  });

  it('matches by name where the indicator has no ref', () => {
    const merged = mergeCommentary([ind(null, 'Visits')], [{ ref: null, name: 'visits', text: 'Typed' }]);
    expect(merged.byIndicator).toEqual(['Typed']);
  });

  it('prefers typed commentary to the source’s commentary column', () => {
    const merged = mergeCommentary(
      [ind('SS1', 'A', 'From source')],
      [{ ref: 'SS1', name: 'A', text: 'Typed' }],
    );
    expect(merged.byIndicator).toEqual(['Typed']);
  });

  it('fills from the source where nothing was typed', () => {
    expect(mergeCommentary([ind('SS1', 'A', 'From source'), ind('SS2', 'B')], []).byIndicator).toEqual([
      'From source',
      null,
    ]);
  });

  it('keeps commentary whose indicator has gone as removed', () => {
    const gone = { ref: 'XX9', name: 'Old indicator', text: 'Keep me' };
    expect(mergeCommentary([ind('SS1', 'A')], [gone])).toEqual({ byIndicator: [null], removed: [gone] });
  });

  it('gives each typed comment to one indicator at most', () => {
    const merged = mergeCommentary(
      [ind(null, 'Visits'), ind(null, 'Visits')],
      [{ ref: null, name: 'Visits', text: 'Once' }],
    );
    expect(merged.byIndicator).toEqual(['Once', null]);
  });

  it('does not match by name a typed comment whose ref belongs to another indicator first', () => {
    const merged = mergeCommentary(
      [ind('SS1', 'Referrals'), ind('SS2', 'Other')],
      [{ ref: 'SS2', name: 'Referrals', text: 'For SS2' }],
    );
    expect(merged.byIndicator).toEqual([null, 'For SS2']);
  });

  it('ignores blank typed entries', () => {
    expect(mergeCommentary([ind('SS1', 'A', 'Source')], [{ ref: 'SS1', name: 'A', text: '  ' }])).toEqual({
      byIndicator: ['Source'],
      removed: [],
    });
  });
});
