/** Rules §6 "summary": counts of each status and direction of travel, per outcome and overall. */
import type { StatusCounts } from '../digest/buildDigest';
import {
  conflictNote,
  COUNTED_DIRECTIONS,
  DIRECTION_TEXT,
  RAG_COLOURS,
  RAG_ORDER,
  RAG_TEXT,
} from '../digest/digestWords';
import type { DigestRun } from '../digest/runDigest';
import { STYLE, type SheetBuilder } from './sheetBuilder';

export function summary(b: SheetBuilder, run: DigestRun): void {
  const { overall, byOutcome } = run.digest.summary;
  b.add(['Summary'], [], STYLE.heading);
  const rows: [string, StatusCounts][] = [
    ...byOutcome.map((o) => [o.outcome, o.counts] as [string, StatusCounts]),
    ['All indicators', overall],
  ];
  const header = b.add(
    [null, 'Outcome', ...RAG_ORDER.map((r) => RAG_TEXT[r])],
    [],
    STYLE.tableHeader,
    2 + RAG_ORDER.length,
  );
  RAG_ORDER.forEach((rag, i) =>
    b.style(
      { row: header, col: 2 + i, rows: 1, cols: 1 },
      { fill: RAG_COLOURS[rag].fill, fontColor: RAG_COLOURS[rag].font },
    ),
  );
  const counts = (first: number, cols: number) => {
    // Counts and their headings centred, so each number sits under its word, and each word whole.
    b.style({ row: first, col: 2, rows: b.row - first, cols }, { horizontal: 'center' });
    b.style({ row: b.row - 1, col: 1, rows: 1, cols: cols + 1 }, STYLE.total);
    b.fit({ row: first, col: 2, rows: 1, cols }, true);
    b.fit({ row: first + 1, col: 2, rows: b.row - first - 1, cols });
  };
  for (const [outcome, c] of rows) b.add([null, outcome, ...RAG_ORDER.map((r) => c[r])]);
  counts(header, RAG_ORDER.length);
  b.blank();
  const directions = b.add(
    [null, 'Outcome', ...COUNTED_DIRECTIONS.map((d) => DIRECTION_TEXT[d])],
    [],
    STYLE.tableHeader,
    2 + COUNTED_DIRECTIONS.length,
  );
  for (const [outcome, c] of rows) b.add([null, outcome, ...COUNTED_DIRECTIONS.map((d) => c[d])]);
  counts(directions, COUNTED_DIRECTIONS.length);
  const { conflicts } = run.digest.summary;
  if (conflicts > 0) b.add([conflictNote(conflicts)], [], STYLE.note);
}
