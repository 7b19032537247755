/**
 * Issue 11: an outcome's status line in the exceptions report, and reading back a status a person typed over it.
 * The status word sits in column A, and column B says what it was calculated as; a word in A that differs from the
 * calculated one (or one already marked as set by hand) was typed, and the next run keeps it, as it keeps commentary.
 */
import { cellAt, type SheetGrid } from '../core/grid';
import { RAG_COLOURS, RAG_TEXT } from '../digest/digestWords';
import { cellText } from '../core/text';
import type { RatedIndicator } from '../rate/rateIndicator';
import { ragRules, type SheetBuilder } from './sheetBuilder';

/** The status of an outcome none of whose indicators has a RAG. */
export const NOT_RATED = 'Not rated';

const SET_BY_HAND = 'Status set by hand; calculated';
const CALCULATED =
  /^Status (?:set by hand; calculated )?([A-Za-z ]+?)[:,] the worst of its \d+ indicators? \(/;

function countsText(indicators: RatedIndicator[]): string {
  const parts = (['red', 'amber', 'green'] as const).flatMap((rag) => {
    const n = indicators.filter((i) => i.rag === rag).length;
    return n > 0 ? [`${n} ${RAG_TEXT[rag]}`] : [];
  });
  const others = indicators.filter((i) => i.rag !== 'red' && i.rag !== 'amber' && i.rag !== 'green').length;
  if (others > 0) parts.push(`${others} not rated`);
  return parts.join(', ');
}

/** The status line: the status shown (typed, else calculated) in A, and how it came about in B. */
export function statusLine(
  b: SheetBuilder,
  calculated: string,
  indicators: RatedIndicator[],
  typed: string | undefined,
): void {
  const n = indicators.length;
  const of = `the worst of its ${n} indicator${n === 1 ? '' : 's'} (${countsText(indicators)}).`;
  const row = b.add([
    typed ?? calculated,
    typed ? `${SET_BY_HAND} ${calculated}, ${of}` : `Status ${calculated}: ${of}`,
  ]);
  const cell = { row, col: 0, rows: 1, cols: 1 };
  b.style(cell, { bold: true, horizontal: 'center', vertical: 'top' });
  b.style({ row, col: 1, rows: 1, cols: 1 }, { wrap: true, vertical: 'top' });
  ragRules(b, cell);
  if ((typed ?? calculated) === NOT_RATED)
    b.style(cell, { fill: RAG_COLOURS['no data'].fill, fontColor: RAG_COLOURS['no data'].font });
}

/**
 * The statuses typed into an earlier exceptions report, by outcome: each status line's word in A, where it differs
 * from the status B says was calculated, or B says it was set by hand. An emptied cell gives the calculated status back.
 */
export function readStatusOverrides(grid: SheetGrid | null): Map<string, string> {
  const typed = new Map<string, string>();
  if (!grid) return typed;
  let outcome: string | null = null;
  for (let r = 0; r < grid.values.length; r++) {
    const [a, b] = [cellText(cellAt(grid, r, 0)), cellText(cellAt(grid, r, 1))];
    const calculated = CALCULATED.exec(b)?.[1];
    if (calculated === undefined) {
      // An outcome heading: text in A alone.
      if (a !== '' && b === '') outcome = a;
      continue;
    }
    const byHand = b.startsWith(SET_BY_HAND) || a.toLowerCase() !== calculated.toLowerCase();
    if (outcome !== null && a !== '' && byHand) typed.set(outcome, a);
  }
  return typed;
}
