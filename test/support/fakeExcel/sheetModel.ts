/** Workbook, worksheets, frozen panes and page layout. */
import { parseArea } from './a1';
import { invalidArgument, invalidOperation, itemNotFound } from './hostError';
import { areaOf, type Handle, type ModelContext, num, oneOf, sheetOf, type TypeTable } from './objectTypes';
import { type Sheet, VISIBILITIES } from './workbook';

const ORIENTATION = ['Portrait', 'Landscape'] as const;
const PAPER = ['Letter', 'Legal', 'A3', 'A4', 'A5', 'B4', 'B5', 'Executive', 'Tabloid'] as const;

export function sheetTypes({ workbook, active }: ModelContext): TypeTable {
  const find = (key: unknown): Handle | null => {
    const sheet = typeof key === 'string' ? workbook.sheet(key) : undefined;
    return sheet ? { t: 'Worksheet', sheet } : null;
  };
  /** Hiding the active sheet shows its neighbour, as Excel does. */
  const showNeighbour = (sheet: Sheet) => {
    const next = workbook.neighbourOf(sheet);
    if (next) active.sheetId = next.id;
  };
  const getItem = (key: unknown): Handle => {
    const h = find(key);
    if (!h) throw itemNotFound(`worksheet ${JSON.stringify(key)}`);
    return h;
  };
  const usedRange = (h: Handle, valuesOnly: unknown, orNull: boolean): Handle | null => {
    const area = workbook.usedArea(sheetOf(h), valuesOnly === true);
    if (area) return { t: 'Range', sheet: sheetOf(h), area };
    // An empty sheet's used range is A1; the OrNullObject variant gives a null object instead.
    return orNull ? null : { t: 'Range', sheet: sheetOf(h), area: { r0: 0, c0: 0, r1: 0, c1: 0 } };
  };

  return {
    Workbook: {
      nav: { Worksheets: () => ({ t: 'WorksheetCollection' }) },
      methods: { _RemoveReference: () => undefined },
    },
    WorksheetCollection: {
      items: () => workbook.sheets.map((sheet) => ({ t: 'Worksheet', sheet })),
      item: (_h, key) => getItem(key),
      methods: {
        GetItem: (_h, [key]) => getItem(key),
        GetItemOrNullObject: (_h, [key]) => find(key),
        GetCount: () => workbook.sheets.length,
        GetActiveWorksheet: () => {
          const sheet = workbook.sheets.find((s) => s.id === active.sheetId) ?? workbook.visibleSheets()[0];
          if (!sheet) throw itemNotFound('the active worksheet');
          return { t: 'Worksheet', sheet };
        },
        Add: (_h, [name]) => ({ t: 'Worksheet', sheet: workbook.addSheet(name ?? undefined) }),
      },
    },
    Worksheet: {
      id: (h) => sheetOf(h).id,
      props: {
        Id: { get: (h) => sheetOf(h).id },
        Name: { get: (h) => sheetOf(h).name, set: (h, v) => workbook.rename(sheetOf(h), v) },
        Position: { get: (h) => workbook.sheets.indexOf(sheetOf(h)) },
        Visibility: {
          get: (h) => sheetOf(h).visibility,
          set: (h, v) => {
            const sheet = sheetOf(h);
            workbook.setVisibility(sheet, oneOf(VISIBILITIES, v));
            if (sheet.visibility !== 'Visible' && active.sheetId === sheet.id) showNeighbour(sheet);
          },
        },
        ShowGridlines: {
          get: (h) => sheetOf(h).showGridlines,
          set: (h, v) => {
            if (typeof v !== 'boolean') throw invalidArgument('showGridlines must be true or false');
            sheetOf(h).showGridlines = v;
          },
        },
      },
      nav: {
        FreezePanes: (h) => ({ ...h, t: 'WorksheetFreezePanes' }),
        Charts: (h) => ({ ...h, t: 'ChartCollection' }),
        PageLayout: (h) => ({ ...h, t: 'PageLayout' }),
      },
      methods: {
        GetRange: (h, [a]) => ({
          t: 'Range',
          sheet: sheetOf(h),
          area: parseArea(typeof a === 'string' ? a : 'A:XFD'),
        }),
        GetUsedRange: (h, [valuesOnly]) => usedRange(h, valuesOnly, false),
        GetUsedRangeOrNullObject: (h, [valuesOnly]) => usedRange(h, valuesOnly, true),
        Delete: (h) => {
          const sheet = sheetOf(h);
          const shown = active.sheetId === sheet.id ? workbook.neighbourOf(sheet) : undefined;
          workbook.deleteSheet(sheet);
          if (shown) active.sheetId = shown.id;
        },
        Activate: (h) => {
          if (sheetOf(h).visibility !== 'Visible')
            throw invalidOperation('a hidden sheet cannot be activated');
          active.sheetId = sheetOf(h).id;
        },
      },
    },
    WorksheetFreezePanes: {
      methods: {
        FreezeRows: (h, [n]) => void (sheetOf(h).frozenRows = n === undefined ? 1 : num(n, 0, 1048575)),
        Unfreeze: (h) => void (sheetOf(h).frozenRows = 0),
      },
    },
    PageLayout: {
      props: {
        Orientation: {
          get: (h) => sheetOf(h).page.orientation,
          set: (h, v) => void (sheetOf(h).page.orientation = oneOf(ORIENTATION, v)),
        },
        PaperSize: {
          get: (h) => sheetOf(h).page.paperSize,
          set: (h, v) => void (sheetOf(h).page.paperSize = oneOf(PAPER, v)),
        },
        Zoom: {
          get: (h) => ({ horizontalFitToPages: sheetOf(h).page.fitToPagesWide }),
          set: (h, v) => {
            const wide = (v as { horizontalFitToPages?: unknown } | null)?.horizontalFitToPages;
            sheetOf(h).page.fitToPagesWide = num(wide, 1, 999);
          },
        },
      },
      methods: {
        /** Rows given as an address (`$1:$4`) or a Range. */
        SetPrintTitleRows: (h, [rows]) => {
          const area = typeof rows === 'string' ? parseArea(rows) : areaOf(rows as Handle);
          if (area.c0 !== 0 || area.c1 !== 16383)
            throw invalidArgument('print title rows must be whole rows');
          sheetOf(h).page.printTitleRows = `$${area.r0 + 1}:$${area.r1 + 1}`;
        },
      },
    },
  };
}
