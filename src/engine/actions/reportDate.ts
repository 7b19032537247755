/**
 * Issue 11 (docs/rules.md §11 "Report date"): the date an action plan reports on, when written above its table, as
 * seed 003 does (`DATE: 19.05.06`): a cell `Date: …`, `As at …` or `Report date …`, or such a label with the date in
 * the next cell, among the rows above the header. Day first, as every due date.
 */
import { cellAt, formatAt, isEmpty, type SheetGrid } from '../core/grid';
import { addresser } from '../core/issues';
import { cellText } from '../core/text';
import { readDue, readDueText } from './dueDate';

const LABEL =
  /^(?:report(?:ing)?\s+)?(?:date|dated|as\s+at|as\s+of|position\s+at|progress\s+(?:at|to)|(?:last\s+)?updated(?:\s+on)?)\s*[:.\-–]?\s*(.*)$/i;

/** How far above the header a report date may be. */
const ROWS_ABOVE = 15;

/** A single day (not a month or a band): what a report date is. */
function dayIn(reading: ReturnType<typeof readDue>): number | null {
  return reading.kind === 'due' && reading.from === null ? reading.day : null;
}

/** The report date written above the header row, with its cell; null where there is none. */
export function reportDateAbove(grid: SheetGrid, headerRow: number): { day: number; cell: string } | null {
  const at = addresser(grid);
  for (let r = headerRow - 1; r >= Math.max(0, headerRow - ROWS_ABOVE); r--) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const m = LABEL.exec(cellText(cellAt(grid, r, c)));
      if (!m) continue;
      const inline = m[1] ? dayIn(readDueText(m[1])) : null;
      if (inline !== null) return { day: inline, cell: at.address(r, c) };
      const next = row.findIndex((v, i) => i > c && !isEmpty(v));
      const beside = next > c ? dayIn(readDue(cellAt(grid, r, next), formatAt(grid, r, next))) : null;
      if (beside !== null) return { day: beside, cell: at.address(r, next) };
    }
  }
  return null;
}
