/**
 * The user's selection in the fake host (ExcelApi 1.1): `Range.select` (the pane's Go to cell) and
 * `Workbook.getSelectedRange` (its Use selection). Excel keeps one selection per workbook, on the active sheet;
 * with nothing selected yet it is A1 of the active (else the first) sheet.
 */
import type { Area } from './a1';
import { invalidOperation } from './hostError';
import { areaOf, sheetOf, type ModelContext, type TypeTable } from './objectTypes';
import type { FakeWorkbook, Sheet } from './workbook';

export interface Selection {
  sheet: Sheet;
  area: Area;
}

const selections = new WeakMap<FakeWorkbook, Selection>();

export const selectionOf = (workbook: FakeWorkbook): Selection | null => selections.get(workbook) ?? null;

/** What a user's click or drag does: selects the area and brings its sheet to the front. */
export function selectArea({ workbook, active }: ModelContext, selection: Selection): void {
  selections.set(workbook, selection);
  active.sheetId = selection.sheet.id;
}

/** The Workbook and Range types with their selection members added. */
export function withSelection(types: TypeTable, ctx: ModelContext): TypeTable {
  const { workbook, active } = ctx;
  const current = (): Selection | null => {
    const chosen = selections.get(workbook);
    if (chosen && workbook.sheets.includes(chosen.sheet)) return chosen;
    const sheet = workbook.sheets.find((s) => s.id === active.sheetId) ?? workbook.visibleSheets()[0];
    return sheet ? { sheet, area: { r0: 0, c0: 0, r1: 0, c1: 0 } } : null;
  };
  const { Workbook: book = {}, Range: range = {} } = types;
  return {
    ...types,
    Workbook: {
      ...book,
      methods: { ...book.methods, GetSelectedRange: () => ({ t: 'Range', ...current() }) },
    },
    Range: {
      ...range,
      methods: {
        ...range.methods,
        Select: (h) => {
          if (sheetOf(h).visibility !== 'Visible')
            throw invalidOperation('a cell of a hidden sheet cannot be selected');
          selectArea(ctx, { sheet: sheetOf(h), area: areaOf(h) });
        },
      },
    },
  };
}
