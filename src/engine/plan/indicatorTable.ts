/** Writing an indicator table from its columns: the header, the rows, and styles and colour rules by column. */
import { directionRules, ragRules, spcRules, STYLE, type SheetBuilder } from './sheetBuilder';
import type { IndicatorColumn, IndicatorRow } from './indicatorColumns';

export function indicatorHeader(b: SheetBuilder, columns: IndicatorColumn[]): number {
  return b.add(
    columns.map((c) => c.header),
    [],
    STYLE.tableHeader,
  );
}

/** Figures in the indicator's own format, the rest as text; one array per number format, shared by its rows. */
function formatsOf(b: SheetBuilder, columns: IndicatorColumn[], numberFormat: string): string[] {
  return b.sharedFormats(`${columns.map((c) => (c.figure ? 'f' : 't')).join('')}|${numberFormat}`, () =>
    columns.map((c) => (c.figure ? numberFormat : '@')),
  );
}

export function indicatorRow(b: SheetBuilder, columns: IndicatorColumn[], row: IndicatorRow): void {
  b.add(
    columns.map((c) => c.value(row)),
    formatsOf(b, columns, row.indicator.numberFormat),
  );
}

/** Styles for the indicator rows from `first` to the last row added: top-aligned, wrapped text, coloured by rules. */
export function indicatorStyles(b: SheetBuilder, columns: IndicatorColumn[], first: number): void {
  const rows = b.row - first;
  b.style({ row: first, col: 0, rows, cols: b.width }, STYLE.body);
  columns.forEach((column, col) => {
    const range = { row: first, col, rows, cols: 1 };
    if (column.wrap) b.style(range, STYLE.wrap);
    if (column.colour === 'rag') ragRules(b, range);
    if (column.colour === 'direction') directionRules(b, range);
    if (column.colour === 'spc') spcRules(b, range);
  });
}
