/** Issue 12 §3: the digest's SPC words (MDC's, with its colours, never alone), statistical note and direction word. */
import { parsePeriod, type Period, type RatedIndicator } from '../../../src/engine';
import { directionText } from '../../../src/engine/digest/digestWords';
import { SPC_CELL_COLOURS, SPC_LEADS, spcText, statisticalNote } from '../../../src/engine/digest/statsWords';
import type { SpcSeries } from '../../../src/engine/stats/indicatorStats';
import { NO_STATS } from '../../support/indicators';

const Q2 = parsePeriod('Q2 2006/07') as Period;
const Q3 = parsePeriod('Q3 2006/07') as Period;
const section = (limits: boolean): SpcSeries['sections'][number] => ({
  from: Q2,
  to: Q3,
  mean: 50,
  lowerLimit: limits ? 40 : null,
  upperLimit: limits ? 60 : null,
  lowerTwoSigma: limits ? 43 : null,
  upperTwoSigma: limits ? 57 : null,
});
const reading = (over: Partial<SpcSeries>): SpcSeries => ({
  points: [],
  sections: [section(true)],
  variation: 'common',
  variationSide: null,
  assurance: null,
  ...over,
});

describe('spcText', () => {
  it.each([
    [
      { variation: 'concern', variationSide: 'low', assurance: 'fail' },
      'Special cause concern, low; target: fail',
    ],
    [
      { variation: 'improvement', variationSide: 'high', assurance: 'pass' },
      'Special cause improvement, high; target: pass',
    ],
    [{ variation: 'common', assurance: 'hit-or-miss' }, 'Common cause; target: hit or miss'],
    [{ variation: 'neither', variationSide: 'high' }, 'Special cause neither, high'],
  ] as const)('says %j as %p', (over, text) => {
    expect(spcText(reading(over))).toBe(text);
  });

  it('says a latest section without limits has too few points for them', () => {
    expect(spcText(reading({ sections: [section(true), section(false)] }))).toBe(
      'Common cause (no process limits: fewer than 13 points)',
    );
  });

  it('is empty without a reading', () => {
    expect(spcText(null)).toBeNull();
  });

  it.each(['improvement', 'concern', 'neither', 'common'] as const)(
    'starts the words of a %s reading with the lead its colour rule looks for',
    (variation) => {
      expect(spcText(reading({ variation }))?.startsWith(SPC_LEADS[variation])).toBe(true);
    },
  );

  it.each([
    ['improvement', '#00B0F0', '#000000'],
    ['concern', '#E46C0A', '#000000'],
    ['neither', '#490092', '#FFFFFF'],
    ['common', '#A6A6A6', '#000000'],
  ] as const)('fills a %s cell with MDC colour %s and writes on it in %s', (cls, fill, font) => {
    expect(SPC_CELL_COLOURS[cls]).toEqual({ fill, font });
  });
});

describe('statisticalNote', () => {
  const ind = (
    stats: Partial<RatedIndicator['stats']>,
    direction: RatedIndicator['direction'] = 'worsening',
  ) => ({ direction, stats: { ...NO_STATS, ...stats } }) as RatedIndicator;

  it('gives the interval as percentages with the counts, and says a change within chance is not significant', () => {
    const note = statisticalNote(
      ind({
        counts: { numerator: 65, denominator: 100 },
        interval: { lower: 0.552544433, upper: 0.7363575176 },
        significant: false,
        smallNumbers: false,
      }),
      Q2,
    );
    expect(note).toBe('95% interval 55.3% to 73.6% (65 of 100); no significant change since Q2 2006/07.');
  });

  it('says a change beyond chance is significant', () => {
    expect(statisticalNote(ind({ significant: true }), Q2)).toBe('A significant change since Q2 2006/07.');
  });

  it('warns of small numbers', () => {
    const note = statisticalNote(
      ind({
        counts: { numerator: 3, denominator: 12 },
        interval: { lower: 0.0889, upper: 0.5323 },
        smallNumbers: true,
      }),
      Q2,
    );
    expect(note).toBe('95% interval 8.9% to 53.2% (3 of 12); small numbers: read with care.');
  });

  it('is empty without counts', () => {
    expect(statisticalNote(ind({}), Q2)).toBeNull();
  });
});

describe('directionText (issue 12)', () => {
  it('keeps the arrow but says "No significant change" where the intervals overlap', () => {
    expect(
      directionText({
        polarity: 'higher',
        direction: 'worsening',
        stats: { ...NO_STATS, significant: false },
      }),
    ).toBe('No significant change ▼');
  });

  it('says the direction where the change is significant', () => {
    expect(
      directionText({ polarity: 'lower', direction: 'improving', stats: { ...NO_STATS, significant: true } }),
    ).toBe('Improving ▼');
  });

  it('says the direction where there are no intervals', () => {
    expect(directionText({ polarity: 'higher', direction: 'improving', stats: NO_STATS })).toBe(
      'Improving ▲',
    );
  });

  it('still says No change when the figure did not move', () => {
    expect(
      directionText({
        polarity: 'higher',
        direction: 'no change',
        stats: { ...NO_STATS, significant: false },
      }),
    ).toBe('No change ►');
  });
});
