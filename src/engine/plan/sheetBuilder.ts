/** Building a digest sheet row by row: one block of values and number formats, styles and colour rules by range. */
import { DIRECTION_TEXT, RAG_COLOURS, RAG_TEXT } from '../digest/digestWords';
import type { CellValue } from '../core/grid';
import type { Rag } from '../core/model';
import { SPC_CELL_COLOURS, SPC_LEADS } from '../digest/statsWords';
import type { PointClass } from '../stats/spcTypes';
import type { FittedRange } from './columnWidths';
import type { CellStyle, GridRange, PlannedSheet, StyledRange, TextRule } from './planTypes';

export const STYLE = {
  title: { bold: true, fontSize: 16, fontColor: '#1F3864' },
  subtitle: { italic: true, fontColor: '#404040' },
  marker: { fontSize: 8, fontColor: '#595959' },
  heading: { bold: true, fontSize: 13, fontColor: '#1F3864', borderBottom: '#1F3864' },
  note: { italic: true, fontColor: '#404040' },
  tableHeader: { bold: true, fill: '#1F4E78', fontColor: '#FFFFFF', wrap: true, vertical: 'center' },
  outcome: { bold: true, fill: '#DDEBF7', fontColor: '#1F3864' },
  total: { bold: true, borderBottom: '#1F4E78' },
  body: { vertical: 'top' },
  wrap: { wrap: true, vertical: 'top' },
} satisfies Record<string, CellStyle>;

/** Rows given no formats share this (and so its padded copy). */
const NO_FORMATS: string[] = [];

/** The row filled out to `width` with `fill`. */
function padded<T>(row: readonly T[], width: number, fill: T): T[] {
  const full = row.slice(0, width);
  while (full.length < width) full.push(fill);
  return full;
}

/** Appends rows and remembers their styles; everything lands in one block of values and formats. */
export class SheetBuilder {
  /** `width`: the sheet's columns, from A; every row has a cell in each. */
  constructor(readonly width: number) {}

  readonly values: CellValue[][] = [];
  readonly formats: string[][] = [];
  readonly styles: StyledRange[] = [];
  readonly textRules: TextRule[] = [];
  /** The ranges whose cells the column widths must show (columnWidths.ts). */
  readonly fitted: FittedRange[] = [];

  get row(): number {
    return this.values.length;
  }

  add(cells: CellValue[], formats: string[] = NO_FORMATS, style?: CellStyle, cols = this.width): number {
    const r = this.row;
    // A full row (an indicator table's) is kept as given, not copied: one array less per row.
    this.values.push(cells.length === this.width ? cells : padded(cells, this.width, null));
    this.formats.push(formats.length === this.width ? formats : this.paddedFormats(formats));
    // A style covers the row from its first filled cell, so tables that start in column B are not banded from A.
    const from = Math.max(
      0,
      cells.findIndex((c) => c !== null),
    );
    if (style) this.style({ row: r, col: from, rows: 1, cols: cols - from }, style);
    return r;
  }

  blank(): void {
    this.add([]);
  }

  private readonly shared = new Map<string, string[]>();
  private readonly padded = new WeakMap<string[], string[]>();

  /** A narrower table's formats (shared by its rows) padded to the sheet's width once, and shared again. */
  private paddedFormats(formats: string[]): string[] {
    let full = this.padded.get(formats);
    if (!full) this.padded.set(formats, (full = padded(formats, this.width, 'General')));
    return full;
  }

  /** One array of number formats for every row that has the same (`key`), not one per row: less garbage at scale. */
  sharedFormats(key: string, make: () => string[]): string[] {
    let formats = this.shared.get(key);
    if (!formats) this.shared.set(key, (formats = make()));
    return formats;
  }

  style(range: GridRange, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  /** The columns must show these cells whole (a table's headings: their longest word). */
  fit(range: GridRange, header = false): void {
    if (range.rows <= 0 || range.cols <= 0) return;
    const last = this.fitted[this.fitted.length - 1];
    // Rows fitted one by one, as a table is written, make one range.
    const continues =
      last !== undefined &&
      !header &&
      !last.header &&
      last.range.col === range.col &&
      last.range.cols === range.cols &&
      last.range.row + last.range.rows === range.row;
    if (continues) last.range.rows += range.rows;
    else this.fitted.push({ range: { ...range }, header });
  }
}

/** The sheet a builder made: its cells as one block from A1, its styles and its colour rules, and `sheet`'s setup. */
export function builtSheet(
  b: SheetBuilder,
  sheet: Omit<PlannedSheet, 'blocks' | 'styles' | 'textRules'>,
): PlannedSheet {
  return {
    ...sheet,
    blocks: [{ row: 0, col: 0, values: b.values, numberFormats: b.formats }],
    styles: b.styles,
    textRules: b.textRules,
  };
}

/** A rule per word: a cell beginning with it takes its fill and text colour. */
function fillRules<K extends string>(
  b: SheetBuilder,
  range: GridRange,
  words: Readonly<Record<K, string>>,
  colours: Readonly<Record<K, { fill: string; font: string }>>,
): void {
  for (const key of Object.keys(words) as K[])
    b.textRules.push({
      range,
      beginsWith: words[key],
      fill: colours[key].fill,
      fontColor: colours[key].font,
    });
}

export function ragRules(b: SheetBuilder, range: GridRange): void {
  fillRules<Rag>(b, range, RAG_TEXT, RAG_COLOURS);
}

export function directionRules(b: SheetBuilder, range: GridRange): void {
  b.textRules.push({ range, beginsWith: DIRECTION_TEXT.improving, fontColor: RAG_COLOURS.green.font });
  b.textRules.push({ range, beginsWith: DIRECTION_TEXT.worsening, fontColor: RAG_COLOURS.red.font });
}

/** Issue 12: SPC cells in MDC's colours, by the words they begin with (which always say the class too). */
export function spcRules(b: SheetBuilder, range: GridRange): void {
  fillRules<PointClass>(b, range, SPC_LEADS, SPC_CELL_COLOURS);
}
