/** Rules §6: the columns of the digest's indicator tables, what each shows and how, built from column specs. */
import {
  exceptionColumns,
  sectionColumns,
  type IndicatorRow,
} from '../../../src/engine/plan/indicatorColumns';
import { digestOf, sheet } from '../../support/grids';
import { ratedIndicator } from '../../support/indicators';
import { monthlyRows, WORKED_EXAMPLE } from '../../support/monthly';
import type { CellValue } from '../../../src/engine';

const run = digestOf(
  sheet('PIs', [
    ['Indicator', 'Q2 2006/07', 'Q3 2006/07'],
    ['Referrals', 175, 229],
  ]),
);

const cellsOf = (columns: ReturnType<typeof sectionColumns>, row: IndicatorRow) =>
  columns.map((c) => c.value(row));

describe('exceptionColumns', () => {
  it('heads the figures with the comparison and current periods, and ends with the prompt and its answer', () => {
    expect(exceptionColumns(run).map((c) => c.header)).toEqual([
      'Ref',
      'Indicator',
      'Previous (Q2 2006/07)',
      'Current (Q3 2006/07)',
      'Target',
      'RAG',
      'Direction of travel',
      'Trend',
      'Commentary prompt',
      'Commentary',
    ]);
  });

  it("shows the rules' example indicator with its words, arrow, trend and prompt", () => {
    const row = { indicator: ratedIndicator(), prompt: 'What caused the fall?', commentary: 'Agency staff.' };
    expect(cellsOf(exceptionColumns(run), row)).toEqual([
      'CF/C64',
      'Initial assessments within 7 working days',
      0.7,
      0.65,
      0.75,
      'Red',
      'Worsening ▼',
      '█▁',
      'What caused the fall?',
      'Agency staff.',
    ]);
  });
});

describe('sectionColumns', () => {
  const columns = sectionColumns(run);

  it('ends with Data notes and Commentary, the Commentary in the same column as in the Exceptions table', () => {
    expect(columns.slice(8).map((c) => c.header)).toEqual(['Data notes', 'Commentary']);
    expect(columns.findIndex((c) => c.header === 'Commentary')).toBe(
      exceptionColumns(run).findIndex((c) => c.header === 'Commentary'),
    );
  });

  it('shows the commentary given for the row, and nothing where there is none', () => {
    const cells = (commentary: string | null) =>
      cellsOf(columns, { indicator: ratedIndicator(), commentary })[9];
    expect([cells('Agency staff recruited'), cells(null)]).toEqual(['Agency staff recruited', null]);
  });

  it("puts the indicator's data issues in its data notes, in order", () => {
    const indicator = ratedIndicator({
      issues: [
        { severity: 'warning', cell: 'PIs!C5', message: 'First.' },
        { severity: 'warning', cell: 'PIs!D5', message: 'Second.' },
      ],
    });
    expect(cellsOf(columns, { indicator })[8]).toBe('First. Second.');
  });

  it('says first in the data notes that the RAG was set by hand, with the calculated status (rules §3)', () => {
    const indicator = ratedIndicator({
      rag: 'green',
      computedRag: 'red',
      ragOverridden: true,
      issues: [{ severity: 'warning', cell: 'PIs!C5', message: 'First.' }],
    });
    expect(cellsOf(columns, { indicator })[8]).toBe('RAG set by hand; calculated status: Red. First.');
  });

  it('says in the data notes when two different commentaries were joined (rules §6)', () => {
    expect(cellsOf(columns, { indicator: ratedIndicator(), joined: true })[8]).toBe(
      'Its commentary differed between the Exceptions table and this table in the earlier digest: both texts are kept, joined.',
    );
  });

  it('leaves the data notes empty for an indicator without issues', () => {
    expect(cellsOf(columns, { indicator: ratedIndicator() })[8]).toBeNull();
  });

  it('shows a status as its word, never colour alone (rules §6)', () => {
    expect(cellsOf(columns, { indicator: ratedIndicator({ rag: 'no target' }) })[5]).toBe('No target');
  });

  it('shows a neutral indicator’s direction as Increasing or Decreasing with its arrow', () => {
    const indicator = ratedIndicator({ polarity: 'neutral', direction: 'increasing' });
    expect(cellsOf(columns, { indicator })[6]).toBe('Increasing ▲');
  });
});

describe('how the columns look', () => {
  const columns = sectionColumns(run);
  const headersWhere = (test: (c: (typeof columns)[number]) => boolean) =>
    columns.filter(test).map((c) => c.header);

  it('shows only previous, current and target as figures, in the indicator’s own format', () => {
    expect(headersWhere((c) => c.figure === true)).toEqual([
      'Previous (Q2 2006/07)',
      'Current (Q3 2006/07)',
      'Target',
    ]);
  });

  it('colours RAG by status and direction of travel by whether it is good', () => {
    expect([headersWhere((c) => c.colour === 'rag'), headersWhere((c) => c.colour === 'direction')]).toEqual([
      ['RAG'],
      ['Direction of travel'],
    ]);
  });

  it('wraps the name, notes and commentary at set widths; the other columns are as wide as their content', () => {
    expect(columns.filter((c) => c.wrapWidth !== undefined).map((c) => [c.header, c.wrapWidth])).toEqual([
      ['Indicator', 40],
      ['Data notes', 30],
      ['Commentary', 42],
    ]);
  });
});

describe('the statistics columns (issue 12)', () => {
  const headers = (r: typeof run) => sectionColumns(r).map((c) => c.header);
  const monthly = (values: number[], extra: string[] = [], cells: (i: number) => CellValue[] = () => []) =>
    digestOf(
      sheet('Data', [
        ['Indicator', 'Polarity', 'Period', 'Value', ...extra],
        ...monthlyRows('Reviews', 'Higher', values, 0).map((r, i) => [...r.slice(0, 4), ...cells(i)]),
      ]),
    );

  it('are left out where no indicator has process limits or counts (the sample’s eight quarters)', () => {
    expect(headers(run)).not.toContain('SPC (variation; assurance)');
    expect(headers(run)).not.toContain('Statistical note');
  });

  it('show the SPC reading where some indicator has 13 points or more, coloured by its class', () => {
    const r = monthly(WORKED_EXAMPLE);
    const spc = sectionColumns(r).find((c) => c.header === 'SPC (variation; assurance)');
    expect(spc?.colour).toBe('spc');
    expect(spc?.value({ indicator: r.indicators[0]! })).toBe('Common cause');
  });

  it('show the statistical note where some indicator has counts', () => {
    const r = monthly([0.4, 0.65], ['Numerator', 'Denominator'], (i) => [[40, 65][i]!, 100]);
    const note = sectionColumns(r).find((c) => c.header === 'Statistical note');
    expect(note?.value({ indicator: r.indicators[0]! })).toBe(
      '95% interval 55.3% to 73.6% (65 of 100); a significant change since Jan 2020.',
    );
  });
});
