/** rules §1 "Reading indicator tables": where a table is, its header row, its shape and the role of each column. */
import { findTables } from '../../../src/engine';
import { sheet } from '../../support/grids';

describe('findTables: the header row (rules §1)', () => {
  it('finds the header at the top of a plain sheet', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Q1 2006/07', 'Q2 2006/07'],
      ['Referrals', 175, 229],
    ]);
    expect(findTables(grid)).toMatchObject([{ headerRow: 0, firstRow: 1, lastRow: 1, shape: 'wide' }]);
  });

  it('skips title rows, notes and blank rows above the header', () => {
    const grid = sheet('PIs', [
      ["Children's services: quarterly performance indicators"],
      ['Source: PI returns. Figures for Q3 are provisional.'],
      [],
      [null, null],
      ['Ref', 'Indicator', 'Q1 2006/07', 'Q2 2006/07'],
      ['CF/A1', 'Referrals', 175, 229],
    ]);
    expect(findTables(grid)).toMatchObject([{ headerRow: 4, firstRow: 5 }]);
  });

  it('does not take a row with one known column name as the header', () => {
    const grid = sheet('PIs', [['Indicator'], ['Indicator', 'Q1 2006/07'], ['Referrals', 175]]);
    expect(findTables(grid).map((t) => t.headerRow)).toEqual([1]);
  });

  it('does not take a row without an indicator name column as the header', () => {
    const grid = sheet('PIs', [
      ['Ref', 'Q1 2006/07', 'Q2 2006/07'],
      ['CF/A1', 175, 229],
    ]);
    expect(findTables(grid)).toEqual([]);
  });

  it('finds no table on an empty sheet', () => {
    expect(findTables(sheet('Sheet1', []))).toEqual([]);
  });

  it('finds a table that does not start in column A', () => {
    const grid = sheet('PIs', [
      [null, null, 'Indicator', 'Q1 2006/07'],
      [null, null, 'Referrals', 175],
    ]);
    expect(findTables(grid)).toMatchObject([{ firstCol: 2, mapping: { name: 2 } }]);
  });
});

describe('findTables: how far a table runs (rules §1)', () => {
  it('keeps going past blank rows inside the table', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Q1 2006/07'],
      ['Referrals', 175],
      [],
      [null],
      ['Initial assessments', 0.65],
    ]);
    expect(findTables(grid)).toMatchObject([{ lastRow: 4 }]);
  });

  it('ends at the last row with a name, a value or a target, not at trailing notes in other columns', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Q1 2006/07', 'Target', 'Lead officer'],
      ['Referrals', 175, 220, 'J Smith'],
      [null, null, 150, null],
      [],
      [null, null, null, 'Notes in the margin'],
    ]);
    expect(findTables(grid)).toMatchObject([{ lastRow: 2 }]);
  });

  it('starts a new table at a second header row', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Q1 2006/07', 'Q2 2006/07'],
      ['Referrals', 175, 229],
      [],
      ['Indicator', 'Q1 2006/07', 'Q2 2006/07'],
      ['Initial assessments', 0.6, 0.65],
    ]);
    expect(findTables(grid)).toMatchObject([
      { headerRow: 0, lastRow: 1 },
      { headerRow: 3, lastRow: 4 },
    ]);
  });
});

describe('findTables: shapes (rules §1)', () => {
  it('reads a table with period columns as wide, with each period column mapped', () => {
    const grid = sheet('PIs', [['Ref', 'Indicator', 'Target', 'Q1 2006/07', 'Q2 2006/07']]);
    const [table] = findTables(grid);
    expect(table?.shape).toBe('wide');
    expect(table?.mapping.periods.map((p) => [p.col, p.period.label])).toEqual([
      [3, 'Q1 2006/07'],
      [4, 'Q2 2006/07'],
    ]);
  });

  it('reads a table with a period column and a value column as long', () => {
    const grid = sheet('PIs', [['Indicator', 'Quarter', 'Actual', 'Target', 'Good is']]);
    expect(findTables(grid)).toMatchObject([
      { shape: 'long', mapping: { name: 0, periodCol: 1, valueCol: 2, polarity: { col: 4, yesNo: false } } },
    ]);
  });

  it('does not read a table with neither period columns nor a period and a value column', () => {
    const grid = sheet('PIs', [['Indicator', 'Target', 'Polarity']]);
    expect(findTables(grid)).toEqual([]);
  });

  it('never reads a Target 2006/07 column as a period column', () => {
    const grid = sheet('PIs', [['Indicator', 'Target 2006/07', 'Q1 2006/07']]);
    const mapping = findTables(grid)[0]?.mapping;
    expect(mapping?.periods.map((p) => p.col)).toEqual([2]);
    expect(mapping?.targets).toMatchObject([{ col: 1, period: { label: '2006/07' } }]);
  });
});

describe('findTables: the name column (rules §1)', () => {
  it('takes Indicator as the name and Measure as the unit where both are present', () => {
    const grid = sheet('PIs', [['Measure', 'Indicator', 'Q1 2006/07']]);
    expect(findTables(grid)[0]?.mapping).toMatchObject({ name: 1, unit: 0 });
  });

  it('takes Measure as the name where there is no Indicator column', () => {
    const grid = sheet('PIs', [['Ref', 'Measure', 'Q1 2006/07']]);
    expect(findTables(grid)[0]?.mapping).toMatchObject({ name: 1, unit: null });
  });

  it('takes Description as the name where there is no Indicator column', () => {
    const grid = sheet('PIs', [['Description', 'Q1 2006/07', 'Q2 2006/07']]);
    expect(findTables(grid)[0]?.mapping.name).toBe(0);
  });

  it('maps a Higher is better column as a yes/no polarity column', () => {
    const grid = sheet('PIs', [['Indicator', 'Higher is better', 'Q1 2006/07']]);
    expect(findTables(grid)[0]?.mapping.polarity).toEqual({ col: 1, yesNo: true });
  });

  it('maps the optional columns it recognises', () => {
    const grid = sheet('PIs', [
      [
        'PI ref',
        'KPI',
        'ECM outcome',
        'Aim',
        'Units',
        'Target',
        'Floor',
        'Manual RAG',
        'Narrative',
        'Q1 2006/07',
      ],
    ]);
    expect(findTables(grid)[0]?.mapping).toMatchObject({
      ref: 0,
      name: 1,
      outcome: 2,
      polarity: { col: 3, yesNo: false },
      unit: 4,
      targets: [{ col: 5, period: null }],
      amber: 6,
      override: 7,
      commentary: 8,
    });
  });
});

describe('findTables: confidence', () => {
  it('is more sure of a table with ref, target, polarity and several periods than of a bare one', () => {
    const rich = findTables(
      sheet('A', [['Ref', 'Indicator', 'Polarity', 'Target', 'Q1 2006/07', 'Q2 2006/07']]),
    );
    const bare = findTables(sheet('B', [['Indicator', 'Q1 2006/07']]));
    expect(rich[0]!.confidence).toBeGreaterThan(bare[0]!.confidence);
    expect(rich[0]!.confidence).toBeLessThanOrEqual(1);
  });
});

describe('findTables: several name headers (rules §1)', () => {
  it('takes Indicator as the name and a PI column beside it as the ref', () => {
    const grid = sheet('PIs', [['PI', 'Indicator', 'Q1 2006/07']]);
    expect(findTables(grid)[0]?.mapping).toMatchObject({ name: 1, ref: 0 });
  });

  it('takes Description as the name and a PI column beside it as the ref (PI holds codes such as BV 12)', () => {
    const grid = sheet('PIs', [['PI', 'Description', 'Q1 2006/07']]);
    expect(findTables(grid)[0]?.mapping).toMatchObject({ name: 1, ref: 0 });
  });

  it('takes PI as the name where it is the only name header', () => {
    const grid = sheet('PIs', [['Ref', 'PI', 'Q1 2006/07']]);
    expect(findTables(grid)[0]?.mapping).toMatchObject({ name: 1, ref: 0 });
  });
});
