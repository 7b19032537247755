/** Rules §6: an indicator table written from its columns: header, rows in the indicator's own format, styles and colour rules by column. */
import {
  exceptionColumns,
  sectionColumns,
  type IndicatorRow,
} from '../../../src/engine/plan/indicatorColumns';
import {
  indicatorHeader,
  indicatorRow,
  indicatorStyles,
  rowCells,
  sharedColumns,
} from '../../../src/engine/plan/indicatorTable';
import { SheetBuilder, STYLE } from '../../../src/engine/plan/sheetBuilder';
import { digestOf, sheet } from '../../support/grids';
import { ratedIndicator } from '../../support/indicators';

const run = digestOf(
  sheet('PIs', [
    ['Indicator', 'Q2 2006/07', 'Q3 2006/07'],
    ['Referrals', 175, 229],
  ]),
);
const columns = exceptionColumns(run);

const write = (b: SheetBuilder, row: IndicatorRow) =>
  indicatorRow(b, columns, row.indicator.numberFormat, rowCells(columns, row));

/** A builder with two rows above the table, as the digest has its title and headings above. */
function table() {
  const b = new SheetBuilder(columns.length);
  b.add(['Exceptions']);
  const header = indicatorHeader(b, columns);
  const first = b.row;
  write(b, { indicator: ratedIndicator(), prompt: 'Why?' });
  write(b, { indicator: ratedIndicator({ ref: 'CF/C65', numberFormat: '#,##0' }) });
  write(b, { indicator: ratedIndicator({ ref: 'CF/C66' }) });
  return { b, header, first };
}

describe('indicatorHeader', () => {
  it('writes the column headers as a table header row and returns its row', () => {
    const { b, header } = table();
    expect([header, b.values[header], b.styles[0]]).toEqual([
      1,
      columns.map((c) => c.header),
      { range: { row: 1, col: 0, rows: 1, cols: columns.length }, style: STYLE.tableHeader },
    ]);
  });
});

describe('indicatorRow', () => {
  it('writes a row of each column’s value', () => {
    expect(table().b.values[2]?.slice(0, 6)).toEqual([
      'CF/C64',
      'Initial assessments within 7 working days',
      0.7,
      0.65,
      0.75,
      'Red',
    ]);
  });

  it('gives figures the indicator’s own number format and every other cell the text format', () => {
    expect(table().b.formats[3]).toEqual(['@', '@', '#,##0', '#,##0', '#,##0', '@', '@', '@', '@', '@']);
  });

  it('shares one formats array between rows of the same number format', () => {
    const { b } = table();
    expect([b.formats[2] === b.formats[4], b.formats[2] === b.formats[3]]).toEqual([true, false]);
  });
});

describe('indicatorStyles', () => {
  const { b, first } = table();
  indicatorStyles(b, columns, first);
  const rows = { row: first, rows: 3 };

  it('aligns every row of the table to the top, across the sheet', () => {
    expect(b.styles).toContainEqual({ range: { ...rows, col: 0, cols: columns.length }, style: STYLE.body });
  });

  it('wraps the wrapped columns: the name, the prompt and the commentary', () => {
    const wrapped = b.styles.filter((s) => s.style === STYLE.wrap).map((s) => s.range.col);
    expect(wrapped).toEqual([1, 8, 9]);
  });

  it('colours the RAG column by its words and the direction column by Improving and Worsening', () => {
    const byCol = (col: number) => b.textRules.filter((r) => r.range.col === col).map((r) => r.beginsWith);
    expect([byCol(5), byCol(6)]).toEqual([
      ['Green', 'Amber', 'Red', 'No target', 'No data', 'Data only'],
      ['Improving', 'Worsening'],
    ]);
  });

  it('covers exactly the table’s rows with its colour rules', () => {
    expect(new Set(b.textRules.map((r) => `${r.range.row}+${r.range.rows}`))).toEqual(new Set(['2+3']));
  });
});

describe('rowCells and sharedColumns', () => {
  it('counts the columns both tables start with: those before Commentary prompt and Notes', () => {
    const shared = sharedColumns(columns, sectionColumns(run));
    expect(columns.slice(shared).map((c) => c.header)).toEqual(['Commentary prompt', 'Commentary']);
  });

  it('takes the shared columns from the lent cells and works out the rest', () => {
    const lent = rowCells(columns, { indicator: ratedIndicator(), prompt: 'Why?', commentary: 'Typed' });
    const cells = rowCells(
      sectionColumns(run),
      { indicator: ratedIndicator({ ref: 'other' }), commentary: 'Kept' },
      { cells: ['lent', ...lent.slice(1)], count: 1 },
    );
    expect([cells[0], cells[cells.length - 1]]).toEqual(['lent', 'Kept']);
  });
});
