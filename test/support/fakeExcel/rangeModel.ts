/** Range and its formats (Range, RangeFormat, RangeFill, RangeFont, RangeBorderCollection, RangeBorder). */
import { type Area, columnCount, formatArea, rowCount } from './a1';
import { invalidArgument } from './hostError';
import {
  areaOf,
  color,
  type Handle,
  type ModelContext,
  num,
  oneOf,
  same,
  sheetOf,
  type TypeTable,
} from './objectTypes';
import { typedEntry, type StoredValue } from './typedEntry';
import { applyEntry } from './typing';
import { type Cell, DEFAULT_COLUMN_WIDTH } from './workbook';

const HORIZONTAL = [
  'General',
  'Left',
  'Center',
  'Right',
  'Fill',
  'Justify',
  'CenterAcrossSelection',
  'Distributed',
] as const;
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'] as const;
const BORDERS = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
] as const;

function storedValue(x: unknown): StoredValue {
  if (typeof x === 'number' && Number.isFinite(x)) return x;
  if (typeof x === 'string' || typeof x === 'boolean') return x;
  throw invalidArgument(`cell value ${JSON.stringify(x)}`);
}

export function rangeTypes({ workbook }: ModelContext): TypeTable {
  const grid = <T>(h: Handle, read: (cell: Readonly<Cell>) => T): T[][] => {
    const g = areaOf(h);
    if (rowCount(g) * columnCount(g) > 5_000_000) throw invalidArgument('range too large to read');
    return Array.from({ length: rowCount(g) }, (_, i) =>
      Array.from({ length: columnCount(g) }, (_, j) => read(workbook.peek(sheetOf(h), g.r0 + i, g.c0 + j))),
    );
  };
  const setGrid = <T>(h: Handle, v: unknown, apply: (cell: Cell, x: T) => void): void =>
    workbook.setGrid(sheetOf(h), areaOf(h), v, apply);
  /** A format property over a range: read as one value (null when mixed), set on every cell. */
  const formatProp = <K extends keyof Cell>(prop: K, parse: (v: unknown) => Cell[K]) => ({
    get: (h: Handle) => same(workbook.cellsIn(sheetOf(h), areaOf(h)).map((c) => c[prop])),
    set: (h: Handle, v: unknown) => {
      const x = parse(v);
      workbook.setAll(sheetOf(h), areaOf(h), (cell) => {
        cell[prop] = x;
      });
    },
  });
  const sub = (h: Handle, area: Area): Handle => ({ t: 'Range', sheet: sheetOf(h), area });
  const border = (h: Handle, key: unknown): Handle => {
    if (oneOf(BORDERS, key) !== 'EdgeBottom')
      throw invalidArgument(`the fake models only EdgeBottom borders`);
    return { ...h, t: 'RangeBorder' };
  };
  const widthOf = (h: Handle, c: number): number => sheetOf(h).columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;

  return {
    Range: {
      props: {
        Address: { get: (h) => formatArea(sheetOf(h).name, areaOf(h)) },
        RowCount: { get: (h) => rowCount(areaOf(h)) },
        ColumnCount: { get: (h) => columnCount(areaOf(h)) },
        RowIndex: { get: (h) => areaOf(h).r0 },
        ColumnIndex: { get: (h) => areaOf(h).c0 },
        Values: {
          get: (h) => grid(h, (c) => c.value),
          set: (h, v) => setGrid<unknown>(h, v, (cell, x) => applyEntry(cell, typedEntry(storedValue(x)))),
        },
        Formulas: { get: (h) => grid(h, (c) => c.formula ?? c.value) },
        NumberFormat: {
          get: (h) => grid(h, (c) => c.numberFormat),
          set: (h, v) =>
            setGrid<unknown>(h, v, (cell, x) => {
              if (typeof x !== 'string') throw invalidArgument(`number format ${JSON.stringify(x)}`);
              cell.numberFormat = x;
            }),
        },
      },
      nav: {
        Format: (h) => ({ ...h, t: 'RangeFormat' }),
        ConditionalFormats: (h) => ({ ...h, t: 'ConditionalFormatCollection' }),
        Worksheet: (h) => ({ t: 'Worksheet', sheet: sheetOf(h) }),
      },
      methods: {
        _KeepReference: () => undefined,
        /** The client's check before it splits a large 2D array into row chunks (getRow + getBoundingRect). */
        _ValidateArraySize: (h, [rows, cols]) => {
          if (rows !== rowCount(areaOf(h)) || cols !== columnCount(areaOf(h)))
            throw invalidArgument(
              "the number of rows or columns in the input array doesn't match the size of the range",
            );
        },
        GetRow: (h, [r]) => {
          const g = areaOf(h);
          const row = g.r0 + num(r, 0, g.r1 - g.r0);
          return sub(h, { ...g, r0: row, r1: row });
        },
        GetBoundingRect: (h, [other]) => {
          const a = areaOf(h);
          const b = areaOf(other as Handle);
          const area = {
            r0: Math.min(a.r0, b.r0),
            c0: Math.min(a.c0, b.c0),
            r1: Math.max(a.r1, b.r1),
            c1: Math.max(a.c1, b.c1),
          };
          return sub(h, area);
        },
        GetCell: (h, [r, c]) => {
          const g = areaOf(h);
          const row = g.r0 + num(r, 0, 1048575);
          const col = g.c0 + num(c, 0, 16383);
          return sub(h, { r0: row, c0: col, r1: row, c1: col });
        },
        Clear: (h) => {
          const g = areaOf(h);
          for (let r = g.r0; r <= g.r1; r++)
            for (let c = g.c0; c <= g.c1; c++) sheetOf(h).cells.delete(`${r},${c}`);
        },
      },
    },
    RangeFormat: {
      props: {
        ColumnWidth: {
          get: (h) =>
            same(
              Array.from({ length: Math.min(columnCount(areaOf(h)), 200) }, (_, i) =>
                widthOf(h, areaOf(h).c0 + i),
              ),
            ),
          set: (h, v) => {
            const width = num(v, 0, 255 * 7.5);
            for (let c = areaOf(h).c0; c <= areaOf(h).c1; c++) sheetOf(h).columnWidths.set(c, width);
          },
        },
        WrapText: formatProp('wrap', (v) => Boolean(v)),
        HorizontalAlignment: formatProp('horizontal', (v) => oneOf(HORIZONTAL, v)),
        VerticalAlignment: formatProp('vertical', (v) => oneOf(VERTICAL, v)),
      },
      nav: {
        Fill: (h) => ({ ...h, t: 'RangeFill' }),
        Font: (h) => ({ ...h, t: 'RangeFont' }),
        Borders: (h) => ({ ...h, t: 'RangeBorderCollection' }),
      },
    },
    RangeFill: {
      props: {
        Color: {
          get: (h) => formatProp('fill', color).get(h) ?? '#FFFFFF',
          set: (h, v) => formatProp('fill', color).set(h, v),
        },
      },
      methods: { Clear: (h) => workbook.setAll(sheetOf(h), areaOf(h), (cell) => void (cell.fill = null)) },
    },
    RangeFont: {
      props: {
        Bold: formatProp('bold', (v) => Boolean(v)),
        Italic: formatProp('italic', (v) => Boolean(v)),
        Color: formatProp('fontColor', color),
        Size: formatProp('fontSize', (v) => num(v, 1, 409)),
      },
    },
    RangeBorderCollection: {
      item: (h, key) => border(h, key),
      methods: { GetItem: (h, [key]) => border(h, key) },
    },
    /** Only the bottom edge is modelled (the digest's section rules); asking for another edge is an InvalidArgument. */
    RangeBorder: {
      props: {
        Style: {
          get: (h) =>
            same(
              workbook.cellsIn(sheetOf(h), areaOf(h)).map((c) => (c.borderBottom ? 'Continuous' : 'None')),
            ),
          set: (h, v) => {
            const on = oneOf(['Continuous', 'None'] as const, v) === 'Continuous';
            workbook.setAll(
              sheetOf(h),
              areaOf(h),
              (cell) => void (cell.borderBottom = on ? (cell.borderBottom ?? '#000000') : null),
            );
          },
        },
        Color: formatProp('borderBottom', color),
      },
    },
  };
}
