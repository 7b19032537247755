/** rules §6: a text trend of the last up-to-8 periods. */
import { trendText } from '../../../src/engine';

describe('trendText (rules §6)', () => {
  it('draws the lowest value as the lowest bar and the highest as the highest', () => {
    expect(trendText([1, 8])).toBe('▁█');
  });

  it('draws values in between in proportion', () => {
    expect(trendText([0, 1, 2, 3, 4, 5, 6, 7])).toBe('▁▂▃▄▅▆▇█');
  });

  it('draws one bar per period, up to 8', () => {
    expect([...trendText([175, 180, 200, 229])]).toHaveLength(4);
  });

  it('shows a period with no value as a space', () => {
    expect(trendText([1, null, 3])).toBe('▁ █');
  });

  it('draws flat figures at one middle height', () => {
    expect(trendText([5, 5, 5])).toBe('▄▄▄');
  });

  it('is empty when there are no values', () => {
    expect(trendText([null, null])).toBe('');
    expect(trendText([])).toBe('');
  });

  it('handles negative values', () => {
    expect(trendText([-10, 0, 10])).toBe('▁▅█');
  });
});
