/**
 * Issue 11, docs/rules.md §11 "Forecasts": the year-end forecast from a Forecast column (any of its spellings) rated
 * against the year's target with rules §3, or a straight-line projection of a year-to-date count, labelled projected.
 * Figures from the seeds: initial assessments likely 65% against 75%, core assessments nearer 70% than 80%, referrals
 * 229 against 220.
 */
import { classifyHeader, type CellValue, type DigestRun, type Forecast } from '../../../src/engine';
import { commentaryPrompt } from '../../../src/engine/digest/prompts';
import { digestOf, sheet } from '../../support/grids';

const PCT = { C2: '0%', D2: '0%', E2: '0%', F2: '0%', C3: '0%', D3: '0%', E3: '0%', F3: '0%' };

/** A quarterly table of the seeds' three indicators with a forecast column headed `forecastHeader`. */
function seedTable(forecastHeader: string, targetHeader = 'Target 2006/07'): CellValue[][] {
  return [
    ['Indicator', 'Polarity', targetHeader, 'Q2 2006/07', 'Q3 2006/07', forecastHeader],
    ['Initial assessments within 7 working days', 'Higher', 0.75, 0.7, 0.67, 0.65],
    ['Core assessments within 35 working days', 'Higher', 0.8, 0.66, 0.69, 0.7],
    ['Referrals to social care', 'Higher', 220, 175, 229, 229],
  ];
}

const forecasts = (run: DigestRun): (Forecast | null)[] => run.indicators.map((i) => i.forecast);

describe('forecast column headers (docs/rules.md §11)', () => {
  it.each([
    'Forecast',
    'Forecast outturn',
    'Projected outturn',
    'Likely outturn',
    'Year-end forecast',
    'Year end forecast',
    'Full year forecast',
    'FORECAST OUTTURN',
  ])('reads %p as a forecast for the table’s year', (header) => {
    expect(classifyHeader(header)).toEqual({ role: 'forecast', period: null });
  });

  it.each([
    ['Forecast 2006/07', '2006/07'],
    ['Forecast outturn 2006-07', '2006/07'],
    ['Projected outturn (2006/07)', '2006/07'],
    ['2006/07 forecast', '2006/07'],
  ])('reads %p as a forecast of %s', (header, label) => {
    expect(classifyHeader(header)).toMatchObject({ role: 'forecast', period: { label } });
  });

  it.each(['Annual target', 'Year-end target', 'Full year target'])(
    'reads %p as an annual target',
    (header) => {
      expect(classifyHeader(header)).toEqual({ role: 'target', period: null, annual: true });
    },
  );

  it('reads `Annual target 2006/07` as the target of 2006/07', () => {
    expect(classifyHeader('Annual target 2006/07')).toMatchObject({
      role: 'target',
      period: { label: '2006/07' },
    });
  });

  it.each([
    ['Q2 2006/07 YTD', 'Q2 2006/07'],
    ['Cumulative Q2 2006/07', 'Q2 2006/07'],
    ['Year to date (Jun 2006)', 'Jun 2006'],
  ])('reads %p as the year-to-date figures of %s', (header, label) => {
    expect(classifyHeader(header)).toMatchObject({ role: 'period', period: { label }, cumulative: true });
  });
});

describe('an officer’s forecast, rated against the year’s target (docs/rules.md §11)', () => {
  it.each(['Forecast', 'Forecast outturn', 'Projected outturn', 'Likely outturn', 'Year-end forecast'])(
    'rates the seeds’ forecasts under %p: 65% vs 75% Red, 70% vs 80% Red, 229 vs 220 Green',
    (header) => {
      const run = digestOf(sheet('PIs', seedTable(header), { formats: PCT }));
      expect(forecasts(run)).toEqual([
        { value: 0.65, target: 0.75, rag: 'red', projected: false },
        { value: 0.7, target: 0.8, rag: 'red', projected: false },
        { value: 229, target: 220, rag: 'green', projected: false },
      ]);
    },
  );

  it('rates a forecast with the tolerance: 72% against 75% is Amber', () => {
    const rows = seedTable('Forecast');
    rows[1]![5] = 0.72;
    expect(digestOf(sheet('PIs', rows)).indicators[0]?.forecast?.rag).toBe('amber');
  });

  it('prefers the year’s own target (`Target 2006/07`) to the quarter’s for the forecast', () => {
    const run = digestOf(
      sheet('PIs', [
        ['Indicator', 'Polarity', 'Target Q3 2006/07', 'Target 2006/07', 'Q3 2006/07', 'Forecast'],
        ['Visits', 'Higher', 50, 220, 60, 200],
      ]),
    );
    expect(run.indicators[0]).toMatchObject({
      target: 50,
      rag: 'green',
      forecast: { target: 220, rag: 'red' },
    });
  });

  it('rates the period against a plain target and the forecast against an Annual target', () => {
    const run = digestOf(
      sheet('PIs', [
        ['Indicator', 'Polarity', 'Annual target', 'Target', 'Q3 2006/07', 'Forecast'],
        ['Visits', 'Higher', 220, 50, 60, 200],
      ]),
    );
    expect(run.indicators[0]).toMatchObject({
      target: 50,
      forecast: { value: 200, target: 220, rag: 'red' },
    });
  });

  it('rates the forecast against the period’s target where there is no other', () => {
    const run = digestOf(sheet('PIs', seedTable('Forecast', 'Target')));
    expect(run.indicators[2]?.forecast).toEqual({ value: 229, target: 220, rag: 'green', projected: false });
  });

  it('is No target where there is no target, and Data only for a neutral indicator (rules §3)', () => {
    const run = digestOf(
      sheet('PIs', [
        ['Indicator', 'Polarity', 'Q3 2006/07', 'Forecast'],
        ['Visits', 'Higher', 60, 200],
        ['Households', 'Neutral', 60, 200],
      ]),
    );
    expect(forecasts(run).map((f) => f?.rag)).toEqual(['no target', 'data only']);
  });

  it('has no forecast where its cell is blank', () => {
    const rows = seedTable('Forecast');
    rows[3]![5] = null;
    expect(forecasts(digestOf(sheet('PIs', rows)))[2]).toBeNull();
  });

  it('forecasts only the year a `Forecast 2006/07` column names', () => {
    const rows: CellValue[][] = [
      ['Indicator', 'Polarity', 'Target', 'Q4 2006/07', 'Q1 2007/08', 'Forecast 2006/07'],
      ['Visits', 'Higher', 220, 200, 210, 230],
    ];
    expect(digestOf(sheet('PIs', rows), { period: 'Q4 2006/07' }).indicators[0]?.forecast?.value).toBe(230);
    expect(digestOf(sheet('PIs', rows), { period: 'Q1 2007/08' }).indicators[0]?.forecast).toBeNull();
  });

  it('reads each row’s forecast of a long table for that row’s period', () => {
    const run = digestOf(
      sheet('PIs', [
        ['Indicator', 'Polarity', 'Quarter', 'Value', 'Target', 'Forecast outturn'],
        ['Visits', 'Higher', 'Q2 2006/07', 100, 220, 210],
        ['Visits', 'Higher', 'Q3 2006/07', 160, 220, 225],
      ]),
    );
    expect(run.indicators[0]?.forecast).toEqual({ value: 225, target: 220, rag: 'green', projected: false });
  });

  it('rates a Goldilocks forecast by its distance from the year’s target', () => {
    const run = digestOf(
      sheet('PIs', [
        ['Indicator', 'Good is', 'Annual target', 'Q3 2006/07', 'Forecast'],
        ['Placement spend (£000)', 'Target is best', 1250, 900, 1380],
      ]),
    );
    expect(run.indicators[0]?.forecast).toEqual({ value: 1380, target: 1250, rag: 'red', projected: false });
  });
});

describe('a straight-line projection of a cumulative count, with --forecast linear (docs/rules.md §11)', () => {
  const ytd = (header: string, unit = 'Number') =>
    sheet('PIs', [
      ['Indicator', 'Unit', 'Polarity', 'Target 2006/07', header],
      ['Referrals, year to date', unit, 'Higher', 440, 229],
      ['Referrals in the quarter', 'Number', 'Higher', 440, 229],
    ]);

  it('extends the year to date to the year end: 229 at Q2 (6 months of 12) projects 458, labelled projected', () => {
    const run = digestOf(ytd('Q2 2006/07'), { forecast: 'linear' });
    expect(run.indicators[0]?.forecast).toEqual({ value: 458, target: 440, rag: 'green', projected: true });
  });

  it('projects only cumulative counts: not the quarter’s own figure', () => {
    expect(digestOf(ytd('Q2 2006/07'), { forecast: 'linear' }).indicators[1]?.forecast).toBeNull();
  });

  it.each([
    ['Q1 2006/07', 229 * 4],
    ['Q3 2006/07', (229 * 12) / 9],
    ['Q4 2006/07', 229],
    ['Jun 2006', 229 * 4],
    ['Jan 2007', (229 * 12) / 10],
  ])('projects from %s by the months elapsed since April: %p', (period, projected) => {
    expect(digestOf(ytd(period), { forecast: 'linear' }).indicators[0]?.forecast?.value).toBeCloseTo(
      projected,
      6,
    );
  });

  it.each([
    ['a Cumulative unit', 'Referrals', 'Cumulative', 'Q2 2006/07'],
    ['a YTD unit', 'Referrals', 'YTD', 'Q2 2006/07'],
    ['a year-to-date period header', 'Referrals', 'Number', 'Q2 2006/07 YTD'],
  ])('knows a cumulative count by %s', (_, name, unit, header) => {
    const run = digestOf(
      sheet('PIs', [
        ['Indicator', 'Unit', 'Polarity', 'Target 2006/07', header],
        [name, unit, 'Higher', 440, 229],
      ]),
      { forecast: 'linear' },
    );
    expect(run.indicators[0]?.forecast?.projected).toBe(true);
  });

  it('knows cumulative counts by a Cumulative column of yes and no beside the periods', () => {
    const run = digestOf(
      sheet('PIs', [
        ['Indicator', 'Cumulative', 'Polarity', 'Target 2006/07', 'Q2 2006/07'],
        ['Referrals so far this year', 'Yes', 'Higher', 440, 229],
        ['Referrals in the quarter', 'No', 'Higher', 440, 229],
      ]),
      { forecast: 'linear' },
    );
    expect(forecasts(run).map((f) => f?.projected ?? null)).toEqual([true, null]);
  });

  it('makes no projection without --forecast linear', () => {
    expect(digestOf(ytd('Q2 2006/07')).indicators[0]?.forecast).toBeNull();
  });

  it('does not project a year-to-date percentage: it is already the year’s rate so far', () => {
    const run = digestOf(ytd('Q2 2006/07', '%'), { forecast: 'linear' });
    expect(run.indicators[0]?.forecast).toBeNull();
  });

  it('prefers an officer’s forecast to a projection', () => {
    const run = digestOf(
      sheet('PIs', [
        ['Indicator', 'Polarity', 'Target 2006/07', 'Q2 2006/07', 'Forecast'],
        ['Referrals, year to date', 'Higher', 440, 229, 430],
      ]),
      { forecast: 'linear' },
    );
    expect(run.indicators[0]?.forecast).toEqual({ value: 430, target: 440, rag: 'amber', projected: false });
  });
});

describe('the commentary prompt mentions the forecast when it changes the story (docs/rules.md §11)', () => {
  const Q3 = (forecast: number, value = 0.76) =>
    digestOf(
      sheet(
        'PIs',
        [
          ['Indicator', 'Polarity', 'Target 2006/07', 'Q2 2006/07', 'Q3 2006/07', 'Forecast'],
          ['Initial assessments within 7 working days', 'Higher', 0.75, 0.78, value, forecast],
        ],
        { formats: { C2: '0%', D2: '0%', E2: '0%', F2: '0%' } },
      ),
    );
  const promptOf = (run: DigestRun) => commentaryPrompt(run.indicators[0]!, run.period, run.comparisonPeriod);

  it('says a Green indicator is likely to miss the year’s target', () => {
    expect(promptOf(Q3(0.65))).toBe(
      "Initial assessments within 7 working days: 76% in Q3 2006/07 against a target of 75% (Green), down from 78% in Q2. Forecast for 2006/07: 65% against the year's target of 75% (Red). On target this quarter but likely to miss the year's target of 75%: what will bring the year back on track, and by when?",
    );
  });

  it('says a Red indicator is forecast to meet the year’s target', () => {
    expect(promptOf(Q3(0.8, 0.6))).toContain(
      "Forecast for 2006/07: 80% against the year's target of 75% (Green). Off target this quarter but forecast to meet the year's target of 75%",
    );
  });

  it('leaves the forecast out where it tells the same story', () => {
    expect(promptOf(Q3(0.65, 0.6))).not.toContain('Forecast');
  });

  it('makes an indicator Green and improving this quarter but forecast to miss an exception, after the others', () => {
    const run = digestOf(
      sheet('PIs', [
        ['Indicator', 'Polarity', 'Target 2006/07', 'Q2 2006/07', 'Q3 2006/07', 'Forecast'],
        ['Visits', 'Higher', 100, 100, 110, 80],
        ['Calls', 'Higher', 100, 100, 90, null],
      ]),
    );
    expect(run.digest.exceptions.map((e) => e.indicator.name)).toEqual(['Calls', 'Visits']);
  });
});
