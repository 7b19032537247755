/**
 * docs/rules.md, "The officer's quarter", Q2: how an earlier digest's own cells are told from what a person typed, row
 * by row: our lines by what column A says, our tables by their header rows, and in a table's row only the columns of
 * that table holding what we write there.
 */
import { isEmpty, type CellValue } from '../core/grid';
import { cellText } from '../core/text';
import { parseMarker } from '../read/digestMarker';
import { SEVERITY_TEXT, SOURCE_LINE, SUBTITLE, TITLE_PREFIX, type ColumnKey } from './digestLayout';
import { COUNTED_DIRECTIONS, DIRECTION_TEXT, NO_SIGNIFICANT_CHANGE, RAG_TEXT } from './digestWords';
import type { EarlierRow, IndicatorTableKind, TypedCell } from './earlierDigestTypes';

/** The table of ours a row is in: the summary (its width), an indicator table (its columns), the notes or the issues. */
export type Table =
  | { kind: 'summary'; width: number }
  | { kind: IndicatorTableKind; columns: Map<number, ColumnKey> }
  | { kind: 'notes' | 'issues' };

const RAG_WORDS = new Set<string>(Object.values(RAG_TEXT));
const COUNT_WORDS = new Set<string>([...RAG_WORDS, ...COUNTED_DIRECTIONS.map((d) => DIRECTION_TEXT[d])]);
const DIRECTION_WORDS = [...Object.values(DIRECTION_TEXT), NO_SIGNIFICANT_CHANGE];
const DIRECTION_CELL = new RegExp(`^(${DIRECTION_WORDS.join('|')})( [▲▼►])?$`);
const TREND_CELL = /^[▁▂▃▄▅▆▇█ ]*$/;
/** reportWords' forecastText: `65% vs 75% — Red`, `(projected)` after a projection. */
const FORECAST_CELL = new RegExp(`^.+ — (${Object.values(RAG_TEXT).join('|')})( \\(projected\\))?$`);

/** What a cell of an indicator row holds when it is ours; anything else there was typed over it. */
function isOurs(key: ColumnKey, value: CellValue, name: string): boolean {
  if (value === null) return true;
  const text = cellText(value);
  switch (key) {
    case 'previous':
    case 'current':
    case 'target':
      return typeof value === 'number';
    case 'rag':
      return RAG_WORDS.has(text);
    case 'direction':
      return DIRECTION_CELL.test(text);
    case 'forecast':
      return FORECAST_CELL.test(text);
    case 'trend':
      return typeof value === 'string' && TREND_CELL.test(value);
    case 'prompt':
      return text.startsWith(`${name}: `) && text.endsWith('?');
    default:
      return true; // ref and name say who the row is; commentary and data notes are read apart
  }
}

export function isTitleBlock(text: string, period: string): boolean {
  return (
    text === `${TITLE_PREFIX}${period}` ||
    SUBTITLE.test(text) ||
    parseMarker(text)?.period === period ||
    SOURCE_LINE.test(text)
  );
}

export const isSeverity = (text: string) => text === SEVERITY_TEXT.error || text === SEVERITY_TEXT.warning;

/** A summary header row ([empty], Outcome, then status words): its width, else 0. */
export function summaryHeaderWidth(at: (col: number) => CellValue): number {
  if (!isEmpty(at(0)) || cellText(at(1)) !== 'Outcome') return 0;
  let c = 2;
  while (COUNT_WORDS.has(cellText(at(c)))) c++;
  return c > 2 && isEmpty(at(c)) ? c : 0;
}

export function isSummaryRow(at: (col: number) => CellValue, width: number): boolean {
  if (!isEmpty(at(0)) || typeof at(1) !== 'string') return false;
  for (let c = 2; c < width; c++) if (typeof at(c) !== 'number') return false;
  return true;
}

/**
 * An indicator's row of a table: it has a name and a RAG cell beginning with a status; in Removed indicators, a name
 * and something kept about it (a row there holding a name only was typed into a spare row, and is kept as typed).
 */
export function readIndicatorRow(
  table: IndicatorTableKind,
  columns: Map<number, ColumnKey>,
  at: (col: number) => CellValue,
  sheetRow: number,
  filled: number[],
): { row: EarlierRow; ours: number[]; dataNotes: TypedCell | null } | null {
  const colOf = (key: ColumnKey) => [...columns].find(([, k]) => k === key)?.[0] ?? -1;
  const name = cellText(at(colOf('name')));
  if (name === '') return null;
  if (table !== 'removed' && ![...RAG_WORDS].some((w) => cellText(at(colOf('rag'))).startsWith(w)))
    return null;
  const keepsSomething = filled.some((col) => [undefined, 'commentary'].includes(columns.get(col)));
  if (table === 'removed' && !keepsSomething) return null;
  const ref = cellText(at(colOf('ref')));
  const row: EarlierRow = { table, ref: ref || null, name, commentary: '', notes: [] };
  const ours: number[] = [];
  let dataNotes: TypedCell | null = null;
  for (const [col, key] of columns) {
    const value = at(col);
    if (key === 'commentary') row.commentary = cellText(value);
    else if (key === 'notes' && value !== null) dataNotes = { row: sheetRow, col, value, format: 'General' };
    if (key === 'commentary' || key === 'notes' || isOurs(key, value, name)) ours.push(col);
  }
  return { row, ours, dataNotes };
}
