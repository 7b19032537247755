/** Writing an indicator table from its columns: the header, the rows, and styles, colour rules and widths by column. */
import type { CellValue } from '../core/grid';
import { directionRules, ragRules, spcRules, STYLE, type SheetBuilder } from './sheetBuilder';
import type { IndicatorColumn, IndicatorRow } from './indicatorColumns';

export function indicatorHeader(b: SheetBuilder, columns: IndicatorColumn[]): number {
  const row = b.add(
    columns.map((c) => c.header),
    [],
    STYLE.tableHeader,
  );
  b.fit({ row, col: 0, rows: 1, cols: columns.length }, true);
  return row;
}

/** Which columns of a table hold figures (`ft…`), worked out once per table rather than once per row. */
const figurePatterns = new WeakMap<IndicatorColumn[], string>();

function figurePattern(columns: IndicatorColumn[]): string {
  let pattern = figurePatterns.get(columns);
  if (pattern === undefined)
    figurePatterns.set(columns, (pattern = columns.map((c) => (c.figure ? 'f' : 't')).join('')));
  return pattern;
}

/** Figures in the indicator's own format, the rest as text; one array per number format, shared by its rows. */
function formatsOf(b: SheetBuilder, columns: IndicatorColumn[], numberFormat: string): string[] {
  return b.sharedFormats(`${figurePattern(columns)}|${numberFormat}`, () =>
    columns.map((c) => (c.figure ? numberFormat : '@')),
  );
}

/** How many columns two tables start with in common (the same specs): the cells one row can lend another. */
export function sharedColumns(a: IndicatorColumn[], b: IndicatorColumn[]): number {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
}

/**
 * A row's cells, left to right. `lent`: the same indicator's cells in another table, whose first `count` columns are
 * this table's too (sharedColumns), so they are not worked out again.
 */
export function rowCells(
  columns: IndicatorColumn[],
  row: IndicatorRow,
  lent?: { cells: readonly CellValue[]; count: number },
): CellValue[] {
  return columns.map((c, i) => (lent !== undefined && i < lent.count ? lent.cells[i]! : c.value(row)));
}

/** Returns the row written. Its cells size the columns not wrapped (an outcome's row, between, sizes none). */
export function indicatorRow(
  b: SheetBuilder,
  columns: IndicatorColumn[],
  numberFormat: string,
  cells: CellValue[],
): number {
  const r = b.add(cells, formatsOf(b, columns, numberFormat));
  b.fit({ row: r, col: 0, rows: 1, cols: columns.length });
  return r;
}

/** The rows from `first` to the last row added: top-aligned, wrapped text, coloured by rules. */
export function indicatorStyles(b: SheetBuilder, columns: IndicatorColumn[], first: number): void {
  const rows = b.row - first;
  b.style({ row: first, col: 0, rows, cols: b.width }, STYLE.body);
  columns.forEach((column, col) => {
    const range = { row: first, col, rows, cols: 1 };
    if (column.wrapWidth !== undefined) b.style(range, STYLE.wrap);
    if (column.colour === 'rag') ragRules(b, range);
    if (column.colour === 'direction') directionRules(b, range);
    if (column.colour === 'spc') spcRules(b, range);
  });
}

/** The width of each column of the tables: a wrapped column's own, else null (sized by its content). */
export function wrapWidths(tables: IndicatorColumn[][]): (number | null)[] {
  const width = Math.max(...tables.map((t) => t.length));
  return Array.from({ length: width }, (_, c) => {
    const wrapped = tables.flatMap((t) => t[c]?.wrapWidth ?? []);
    return wrapped.length ? Math.max(...wrapped) : null;
  });
}
