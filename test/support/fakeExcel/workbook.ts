/** The fake host's in-memory workbook: sheets, cells with their formats, column widths, panes, rules, page setup. */
import { type Area, columnCount, MAX_COL, MAX_ROW, rowCount } from './a1';
import { generalException, invalidArgument, invalidOperation, itemAlreadyExists } from './hostError';
import type { StoredValue } from './typedEntry';

export interface CellFormat {
  numberFormat: string;
  fill: string | null;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  fontSize: number;
  wrap: boolean;
  horizontal: string;
  vertical: string;
  borderBottom: string | null;
}

export interface Cell extends CellFormat {
  /** `''` is an empty cell, as Office.js reports it. */
  value: StoredValue;
  formula: string | null;
  quotePrefix: boolean;
}

export const BLANK: Readonly<Cell> = Object.freeze({
  value: '',
  formula: null,
  quotePrefix: false,
  numberFormat: 'General',
  fill: null,
  fontColor: '#000000',
  bold: false,
  italic: false,
  fontSize: 11,
  wrap: false,
  horizontal: 'General',
  vertical: 'Bottom',
  borderBottom: null,
});

/** A text rule as Excel keeps it (conditional format of type containsText). */
export interface TextRuleFormat {
  area: Area;
  operator: string;
  text: string;
  fill: string | null;
  fontColor: string | null;
}

export interface PageSetup {
  orientation: string;
  paperSize: string;
  fitToPagesWide: number | null;
  printTitleRows: string | null;
}

export const VISIBILITIES = ['Visible', 'Hidden', 'VeryHidden'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Excel's default column width: 8.43 characters of Calibri 11 = 64 px = 48 points. */
export const DEFAULT_COLUMN_WIDTH = 48;

/** A chart series as Excel keeps it: its name, values and categories (cell areas of the chart's sheet) and looks. */
export interface ChartSeriesModel {
  name: string;
  values: Area;
  /** Null until SetXAxisValues: Excel then numbers the categories 1, 2, … */
  categories: Area | null;
  lineColor: string | null;
  lineStyle: string;
  markerStyle: string;
  markerBackground: string | null;
  markerForeground: string | null;
}

export interface ChartModel {
  name: string;
  type: string;
  title: string;
  legendPosition: string;
  /** The cells the chart covers (SetPosition's start and end cells); null until placed. */
  position: { from: string; to: string } | null;
  series: ChartSeriesModel[];
  valueAxisFormat: string;
}

export interface Sheet {
  id: string;
  name: string;
  cells: Map<string, Cell>;
  columnWidths: Map<number, number>;
  frozenRows: number;
  textRules: TextRuleFormat[];
  page: PageSetup;
  charts: ChartModel[];
  visibility: Visibility;
  /** Whether the sheet shows its gridlines (ExcelApi 1.8); a new sheet does. */
  showGridlines: boolean;
}

const ILLEGAL = /[[\]:*?/\\]/;

/** Excel's sheet-name rules (docs/excel-host-behaviour.md, "Sheet names"). */
export function checkSheetName(name: unknown): string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 31)
    throw invalidArgument(`sheet name length`);
  if (ILLEGAL.test(name)) throw invalidArgument(`sheet name "${name}" has one of [ ] : * ? / \\`);
  if (name.startsWith("'") || name.endsWith("'"))
    throw invalidArgument(`sheet name "${name}" begins or ends with '`);
  if (name.toLowerCase() === 'history') throw invalidArgument('"History" is reserved');
  return name;
}

const key = (r: number, c: number): string => `${r},${c}`;

export class FakeWorkbook {
  readonly sheets: Sheet[] = [];
  private nextId = 1;

  sheet(nameOrId: string): Sheet | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === lower);
  }

  addSheet(name: unknown = `Sheet${this.sheets.length + 1}`): Sheet {
    const checked = checkSheetName(name);
    if (this.sheet(checked)) throw itemAlreadyExists(`sheet "${checked}"`);
    const id = `{${String(this.nextId++).padStart(8, '0')}-0001-0000-0000-000000000000}`;
    const page = { orientation: 'Portrait', paperSize: 'Letter', fitToPagesWide: null, printTitleRows: null };
    const s: Sheet = {
      id,
      name: checked,
      cells: new Map(),
      columnWidths: new Map(),
      frozenRows: 0,
      textRules: [],
      page,
      charts: [],
      visibility: 'Visible',
      showGridlines: true,
    };
    this.sheets.push(s);
    return s;
  }

  rename(s: Sheet, name: unknown): void {
    const checked = checkSheetName(name);
    const other = this.sheet(checked);
    if (other && other !== s) throw itemAlreadyExists(`sheet "${checked}"`);
    s.name = checked;
  }

  deleteSheet(s: Sheet): void {
    if (this.sheets.length === 1) throw invalidOperation('a workbook must keep at least one sheet');
    // Excel protects a very hidden sheet from deletion (docs/excel-host-behaviour.md, "Worksheets").
    if (s.visibility === 'VeryHidden') throw generalException('a very hidden sheet cannot be deleted');
    if (this.visibleSheets().every((v) => v === s))
      throw invalidOperation('a workbook must keep at least one visible sheet');
    this.sheets.splice(this.sheets.indexOf(s), 1);
  }

  visibleSheets(): Sheet[] {
    return this.sheets.filter((s) => s.visibility === 'Visible');
  }

  /** Excel's rule: the last visible sheet cannot be hidden. */
  setVisibility(s: Sheet, visibility: Visibility): void {
    if (visibility !== 'Visible' && this.visibleSheets().every((v) => v === s))
      throw invalidOperation('the only visible sheet of a workbook cannot be hidden');
    s.visibility = visibility;
  }

  /** The visible sheet Excel shows when `s` is hidden or deleted: the next to its right, else to its left. */
  neighbourOf(s: Sheet): Sheet | undefined {
    const i = this.sheets.indexOf(s);
    const visible = (t: Sheet) => t !== s && t.visibility === 'Visible';
    return this.sheets.slice(i + 1).find(visible) ?? [...this.sheets.slice(0, i)].reverse().find(visible);
  }

  peek(s: Sheet, r: number, c: number): Readonly<Cell> {
    return s.cells.get(key(r, c)) ?? BLANK;
  }

  /** The cell to change; an unchanged blank cell is dropped again by `tidy`. */
  cell(s: Sheet, r: number, c: number): Cell {
    let cell = s.cells.get(key(r, c));
    if (!cell) {
      cell = { ...BLANK };
      s.cells.set(key(r, c), cell);
    }
    return cell;
  }

  /** Sets every cell of `area` from a 2D array of its exact shape; `null` leaves a cell as it is (Office.js rule). */
  setGrid<T>(s: Sheet, area: Area, grid: unknown, apply: (cell: Cell, x: T) => void): void {
    const rows = rowCount(area);
    const cols = columnCount(area);
    if (
      !Array.isArray(grid) ||
      grid.length !== rows ||
      grid.some((row) => !Array.isArray(row) || row.length !== cols)
    ) {
      throw invalidArgument(
        "the number of rows or columns in the input array doesn't match the size of the range",
      );
    }
    (grid as T[][]).forEach((row, i) =>
      row.forEach((x, j) => {
        if (x !== null) apply(this.cell(s, area.r0 + i, area.c0 + j), x);
      }),
    );
  }

  /** Applies one value to every cell of the area (format properties set on a whole range). */
  setAll(s: Sheet, area: Area, apply: (cell: Cell) => void): void {
    if (rowCount(area) * columnCount(area) > 4_000_000)
      throw invalidOperation('the fake does not format whole sheets');
    for (let r = area.r0; r <= area.r1; r++)
      for (let c = area.c0; c <= area.c1; c++) apply(this.cell(s, r, c));
  }

  /** Cells in the area that exist (non-blank), for reading formats of large areas without visiting every cell. */
  cellsIn(s: Sheet, area: Area): Cell[] {
    const out: Cell[] = [];
    const size = rowCount(area) * columnCount(area);
    if (size > s.cells.size) {
      for (const [k, cell] of s.cells) {
        const [r = 0, c = 0] = k.split(',').map(Number);
        if (r >= area.r0 && r <= area.r1 && c >= area.c0 && c <= area.c1) out.push(cell);
      }
      if (out.length < size) out.push(BLANK);
      return out;
    }
    for (let r = area.r0; r <= area.r1; r++)
      for (let c = area.c0; c <= area.c1; c++) out.push(this.peek(s, r, c));
    return out;
  }

  /** Used range: cells with a value (valuesOnly) or with a value or any format; null when there are none. */
  usedArea(s: Sheet, valuesOnly: boolean): Area | null {
    let g: Area | null = null;
    for (const [k, cell] of s.cells) {
      const formatted = Object.keys(BLANK).some(
        (p) => p !== 'value' && cell[p as keyof Cell] !== BLANK[p as keyof Cell],
      );
      if (cell.value === '' && (valuesOnly || !formatted)) continue;
      const [r = 0, c = 0] = k.split(',').map(Number);
      g = g
        ? { r0: Math.min(g.r0, r), c0: Math.min(g.c0, c), r1: Math.max(g.r1, r), c1: Math.max(g.c1, c) }
        : { r0: r, c0: c, r1: r, c1: c };
    }
    return g;
  }
}

export const WHOLE_SHEET: Area = { r0: 0, c0: 0, r1: MAX_ROW, c1: MAX_COL };
