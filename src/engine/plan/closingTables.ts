/**
 * The digest's last tables: what was typed about indicators that have gone, and other notes typed into the earlier
 * digest (rules §6), then the data issues (§5).
 */
import type { RemovedIndicator } from '../digest/commentary';
import { COLUMNS, HEADINGS, ISSUE_COLUMNS, LINES, NOTE_COLUMNS, SEVERITY_TEXT } from '../digest/digestLayout';
import type { LooseNote } from '../digest/earlierDigest';
import type { DigestRun } from '../digest/runDigest';
import { keptFormat, type CarriedNotes } from './carriedNotes';
import { STYLE, type SheetBuilder } from './sheetBuilder';

/** `commentaryCol`: the Commentary column of the indicator tables above, so kept commentary lines up with it. */
export function removedIndicators(
  b: SheetBuilder,
  entries: RemovedIndicator[],
  commentaryCol: number,
  notes: CarriedNotes,
): void {
  if (entries.length === 0) return;
  b.blank();
  b.add([HEADINGS.removed], [], STYLE.heading);
  b.add([LINES.removed], [], STYLE.note);
  const row = (ref: string | null, name: string, text: string | null) => {
    const cells: (string | null)[] = [ref, name];
    cells[commentaryCol] = text;
    return Array.from(cells, (c) => c ?? null);
  };
  const formats = row('@', '@', '@').map((f) => f ?? 'General');
  const header = b.add(row(COLUMNS.ref, COLUMNS.name, COLUMNS.commentary), [], STYLE.tableHeader);
  b.fit({ row: header, col: 0, rows: 1, cols: 1 }, true);
  const first = b.row;
  for (const e of entries) notes.place(b.add(row(e.ref, e.name, e.commentary || null), formats), e.notes);
  b.fit({ row: first, col: 0, rows: b.row - first, cols: 1 });
  b.style({ row: first, col: 0, rows: b.row - first, cols: b.width }, STYLE.wrap);
}

/** Cells typed into the earlier digest away from any indicator, with the cell each was typed in. */
export function notesKept(b: SheetBuilder, notes: LooseNote[]): void {
  if (notes.length === 0) return;
  b.blank();
  b.add([HEADINGS.notes], [], STYLE.heading);
  b.add([LINES.notes], [], STYLE.note);
  const header = b.add([NOTE_COLUMNS.where, NOTE_COLUMNS.note], [], STYLE.tableHeader, 2);
  b.fit({ row: header, col: 0, rows: 1, cols: 1 }, true);
  const first = b.row;
  for (const note of notes) b.add([note.where, note.value], ['@', keptFormat(note)]);
  b.fit({ row: first, col: 0, rows: b.row - first, cols: 1 });
  b.style({ row: first, col: 0, rows: b.row - first, cols: 2 }, STYLE.wrap);
}

export function dataIssues(b: SheetBuilder, run: DigestRun): void {
  b.blank();
  b.add([HEADINGS.issues], [], STYLE.heading);
  if (run.issues.length === 0) {
    b.add([LINES.noIssues]);
    return;
  }
  const header = b.add([...ISSUE_COLUMNS], [], STYLE.tableHeader, 3);
  b.fit({ row: header, col: 0, rows: 1, cols: 1 }, true);
  const first = b.row;
  for (const i of run.issues) b.add([SEVERITY_TEXT[i.severity], i.message, i.cell], ['@', '@', '@']);
  b.fit({ row: first, col: 0, rows: b.row - first, cols: 1 });
  // The cell address stays on one line: it overflows into the empty columns beside it.
  b.style({ row: first, col: 0, rows: b.row - first, cols: 2 }, STYLE.wrap);
}
