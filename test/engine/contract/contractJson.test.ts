/**
 * The CLI's --json object on grids equivalent to the three contract examples (test/fixtures/contract/), built here
 * from the records those examples were made from. Rules §1–4 decide every answer.
 */
import { contractJsonText, DEFAULT_SETTINGS, runDigest, toContractJson } from '../../../src/engine';
import type { CellValue } from '../../../src/engine';
import { digestOf, sheet } from '../../support/grids';

type Row = [
  ref: string,
  name: string,
  outcome: string,
  polarity: string,
  target: number | null,
  values: (number | null)[],
  format: string,
];

describe('ex1-simple-wide: a clean quarterly wide table', () => {
  const records: Row[] = [
    [
      'WR01',
      'Household waste recycled or composted',
      'Cleaner and greener',
      'Higher',
      0.385,
      [0.331, 0.347, 0.362, 0.391],
      '0.0%',
    ],
    [
      'HS02',
      'Average days to re-let council homes',
      'Housing',
      'Lower',
      27.5,
      [33.4, 30.9, 26.3, 28.6],
      '0.0',
    ],
    [
      'PL03',
      'Major planning applications decided within 13 weeks',
      'Economy',
      'Higher',
      0.685,
      [0.662, 0.713, 0.643, 0.597],
      '0.0%',
    ],
    [
      'CC04',
      'Telephone calls answered within 30 seconds',
      'Customers',
      'Higher',
      null,
      [0.812, 0.793, 0.837, 0.837],
      '0.0%',
    ],
    [
      'ST05',
      'Average days to repair a street light',
      'Cleaner and greener',
      'Lower',
      4.5,
      [6.2, 5.8, 5.1, null],
      '0.0',
    ],
    [
      'HS06',
      'Households on the housing register',
      'Housing',
      'Data only',
      null,
      [4213, 4386, 4457, 4519],
      '#,##0',
    ],
    [
      'EC07',
      "Working-age residents claiming Jobseeker's Allowance",
      'Economy',
      'Neutral',
      null,
      [0.0231, 0.0224, 0.0217, 0.0209],
      '0.00%',
    ],
    [
      'CC08',
      'Average wait at the customer service centre (minutes)',
      'Customers',
      'Lower',
      11.5,
      [13.7, 12.6, 11.8, 10.9],
      '0.0',
    ],
  ];
  const formats: Record<string, string> = {};
  const rows: CellValue[][] = records.map(([ref, name, outcome, polarity, target, values, format], i) => {
    ['E', 'F', 'G', 'H', 'I'].forEach((col, j) => {
      if ((j === 0 ? target : values[j - 1]) !== null) formats[`${col}${i + 2}`] = format;
    });
    return [ref, name, outcome, polarity, target, ...values];
  });
  const grid = sheet(
    'Council Plan',
    [
      [
        'Ref',
        'Indicator',
        'Outcome',
        'Polarity',
        'Target',
        'Q1 2007/08',
        'Q2 2007/08',
        'Q3 2007/08',
        'Q4 2007/08',
      ],
      ...rows,
    ],
    { formats },
  );
  const json = toContractJson(digestOf(grid));

  it('reads the sheet, Q4 2007/08 as current and Q3 2007/08 as comparison', () => {
    expect(json).toMatchObject({
      sheet: 'Council Plan',
      period: 'Q4 2007/08',
      comparisonPeriod: 'Q3 2007/08',
    });
  });

  it.each([
    ['Household waste recycled or composted', 'green', 'improving', 0.391, 0.385],
    ['Average days to re-let council homes', 'amber', 'worsening', 28.6, 27.5],
    ['Major planning applications decided within 13 weeks', 'red', 'worsening', 0.597, 0.685],
    ['Telephone calls answered within 30 seconds', 'no target', 'no change', 0.837, null],
    ['Average days to repair a street light', 'no data', 'not comparable', null, 4.5],
    ['Households on the housing register', 'data only', 'increasing', 4519, null],
    ["Working-age residents claiming Jobseeker's Allowance", 'data only', 'decreasing', 0.0209, null],
    ['Average wait at the customer service centre (minutes)', 'green', 'improving', 10.9, 11.5],
  ])('rates %p %p and %p (current %p, target %p)', (name, rag, dot, current, target) => {
    expect(json.indicators.find((i) => i.name === name)).toMatchObject({
      rag,
      dot,
      current,
      target,
      ragOverridden: false,
    });
  });

  it('gives the full contract object for the first indicator', () => {
    expect(json.indicators[0]).toEqual({
      ref: 'WR01',
      name: 'Household waste recycled or composted',
      outcome: 'Cleaner and greener',
      polarity: 'higher',
      current: 0.391,
      comparison: 0.362,
      target: 0.385,
      rag: 'green',
      ragOverridden: false,
      dot: 'improving',
      cell: "'Council Plan'!B2",
      forecast: null,
      interval: null,
      dotSignificant: null,
      smallNumbers: null,
      spc: {
        points: [
          { period: 'Q1 2007/08', value: 0.331, class: 'common' },
          { period: 'Q2 2007/08', value: 0.347, class: 'common' },
          { period: 'Q3 2007/08', value: 0.362, class: 'common' },
          { period: 'Q4 2007/08', value: 0.391, class: 'common' },
        ],
        sections: [
          {
            from: 'Q1 2007/08',
            to: 'Q4 2007/08',
            mean: expect.closeTo(0.35775, 12),
            lowerLimit: null,
            upperLimit: null,
          },
        ],
        variation: 'common',
        assurance: null,
      },
    });
  });

  it('lists the indicators in table order and nothing else', () => {
    expect(json.indicators.map((i) => i.ref)).toEqual(records.map((r) => r[0]));
  });

  it('finds no data issue in a clean table', () => {
    expect(json.issues).toEqual([]);
  });

  it('survives JSON serialisation unchanged (numbers as stored, null where absent)', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('ex2-long-monthly: a long table of month date cells, compared with the same month last year', () => {
  const months = Array.from({ length: 14 }, (_, k) => ({
    year: 2008 + Math.floor((k + 1) / 12),
    month: ((k + 1) % 12) + 1,
  }));
  const serial = ({ year, month }: { year: number; month: number }) =>
    (Date.UTC(year, month - 1, 1) - Date.UTC(1899, 11, 30)) / 86_400_000;
  const records: [string, string, number | null, number[], string][] = [
    [
      'Visits to council leisure centres',
      'Higher',
      55000,
      [49800, 51000, 53900, 55600, 58200, 61500, 63100, 56400, 54800, 52300, 44900, 50700, 57500, 56200],
      '#,##0',
    ],
    [
      'Contact centre calls abandoned',
      'Lower',
      0.072,
      [
        0.0738, 0.0706, 0.0689, 0.0771, 0.0812, 0.0883, 0.0917, 0.0794, 0.0762, 0.0841, 0.0903, 0.0968,
        0.0951, 0.0744,
      ],
      '0.0%',
    ],
    [
      'Library items issued',
      'Context',
      null,
      [29100, 30400, 28800, 29500, 28200, 31900, 32400, 28700, 28100, 27600, 24300, 28900, 27100, 29800],
      '#,##0',
    ],
    [
      'Residual household waste per household (kg)',
      'Lower',
      52.5,
      [56.4, 57.3, 57.1, 55.3, 54.8, 53.9, 55.6, 52.7, 51.8, 50.9, 57.5, 53.2, 49.6, 55.4],
      '0.0',
    ],
  ];
  const formats: Record<string, string> = {};
  const rows: CellValue[][] = [
    ['Monthly service data, February 2008 to March 2009'],
    [],
    ['Indicator', 'Month', 'Actual', 'Target', 'Good is'],
  ];
  months.forEach((month, k) =>
    records.forEach(([name, polarity, target, values, format]) => {
      const r = rows.length + 1;
      formats[`B${r}`] = 'mmm-yy';
      formats[`C${r}`] = format;
      if (target !== null) formats[`D${r}`] = format;
      rows.push([name, serial(month), values[k] ?? null, target, polarity]);
    }),
  );
  const grid = sheet('Monthly data', rows, { formats });
  const json = toContractJson(digestOf(grid, { basis: 'year' }));

  it('checks its own month serials: the first is 1 February 2008', () => {
    expect(serial(months[0]!)).toBe(39479);
  });

  it('takes Mar 2009 as current and, on the year basis, Mar 2008 as comparison', () => {
    expect(json).toMatchObject({ sheet: 'Monthly data', period: 'Mar 2009', comparisonPeriod: 'Mar 2008' });
  });

  it.each([
    ['Visits to council leisure centres', 'green', 'improving', 56200, 55000, 51000],
    ['Contact centre calls abandoned', 'amber', 'worsening', 0.0744, 0.072, 0.0706],
    ['Library items issued', 'data only', 'decreasing', 29800, null, 30400],
    ['Residual household waste per household (kg)', 'red', 'improving', 55.4, 52.5, 57.3],
  ])(
    'rates %p %p and %p (current %p, target %p, comparison %p)',
    (name, rag, dot, current, target, comparison) => {
      expect(json.indicators.find((i) => i.name === name)).toMatchObject({
        rag,
        dot,
        current,
        target,
        comparison,
        ragOverridden: false,
      });
    },
  );

  it('gathers 56 rows into 4 indicators, with no ref or outcome', () => {
    expect(json.indicators.map((i) => [i.ref, i.outcome])).toEqual(Array(4).fill([null, null]));
  });

  it("points each indicator's cell at its row for the current period", () => {
    expect(json.indicators.map((i) => i.cell)).toEqual([
      "'Monthly data'!A56",
      "'Monthly data'!A57",
      "'Monthly data'!A58",
      "'Monthly data'!A59",
    ]);
  });

  it('rates differently on the previous basis (Feb 2009), as the basis matters', () => {
    const previous = toContractJson(digestOf(grid));
    expect(previous.comparisonPeriod).toBe('Feb 2009');
    expect(previous.indicators.map((i) => i.dot)).toEqual([
      'worsening',
      'improving',
      'increasing',
      'worsening',
    ]);
  });
});

describe('ex3-bad-input: an empty workbook', () => {
  it('is refused as having no indicator table', () => {
    expect(runDigest([sheet('Sheet1', [])], DEFAULT_SETTINGS)).toMatchObject({
      ok: false,
      error: { kind: 'no-table', message: expect.stringContaining('No indicator table found') },
    });
  });
});

describe('contractJsonText', () => {
  it.each([
    [
      'a wide table with data issues',
      sheet('PIs', [
        ['Indicator', 'Q1 2006/07', 'Q2 2006/07'],
        ['Referrals', 'sixty', 229],
        ['Visits', 12, 14],
      ]),
    ],
    [
      'a table without data issues',
      sheet('PIs', [
        ['Indicator', 'Polarity', 'Q1 2006/07'],
        ['Referrals', 'Higher', 5],
      ]),
    ],
  ])('writes %s exactly as JSON.stringify writes the whole object, in pieces', (_what, grid) => {
    const run = digestOf(grid);
    expect([...contractJsonText(run)].join('')).toBe(JSON.stringify(toContractJson(run), null, 2));
  });

  it('writes one piece per indicator besides the head and the tail', () => {
    const run = digestOf(
      sheet('PIs', [
        ['Indicator', 'Q1 2006/07'],
        ['A', 1],
        ['B', 2],
        ['C', 3],
      ]),
    );
    expect([...contractJsonText(run)]).toHaveLength(3 + 2);
  });
});
