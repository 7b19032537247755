/** The digest's last tables: commentary kept for indicators that have gone (rules §6), and the data issues (§5). */
import type { CommentaryEntry } from '../digest/commentary';
import { COLUMNS } from '../digest/earlierDigest';
import type { DigestRun } from '../digest/runDigest';
import { STYLE, type SheetBuilder } from './sheetBuilder';

/** `commentaryCol`: the Commentary column of the indicator tables above, so kept commentary lines up with it. */
export function removedIndicators(b: SheetBuilder, entries: CommentaryEntry[], commentaryCol: number): void {
  if (entries.length === 0) return;
  b.blank();
  b.add(['Removed indicators'], [], STYLE.heading);
  b.add(
    [
      'These indicators are no longer in the source table. Their commentary is kept here so that nothing typed is lost.',
    ],
    [],
    STYLE.note,
  );
  const row = (ref: string | null, name: string, text: string) => {
    const cells: (string | null)[] = [ref, name];
    cells[commentaryCol] = text;
    return Array.from(cells, (c) => c ?? null);
  };
  const formats = row('@', '@', '@').map((f) => f ?? 'General');
  b.add(row(COLUMNS.ref, COLUMNS.name, COLUMNS.commentary), [], STYLE.tableHeader);
  const first = b.row;
  for (const e of entries) b.add(row(e.ref, e.name, e.text), formats);
  b.style({ row: first, col: 0, rows: b.row - first, cols: b.width }, STYLE.wrap);
}

export function dataIssues(b: SheetBuilder, run: DigestRun): void {
  b.blank();
  b.add(['Data issues'], [], STYLE.heading);
  if (run.issues.length === 0) {
    b.add(['No data issues: every row was read as it stands.']);
    return;
  }
  b.add(['Severity', 'Message', 'Cell'], [], STYLE.tableHeader, 3);
  const first = b.row;
  for (const i of run.issues)
    b.add([i.severity === 'error' ? 'Error' : 'Warning', i.message, i.cell], ['@', '@', '@']);
  // The cell address stays on one line: it overflows into the empty columns beside it.
  b.style({ row: first, col: 0, rows: b.row - first, cols: 2 }, STYLE.wrap);
}
