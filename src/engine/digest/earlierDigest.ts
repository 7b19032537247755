/**
 * Rules §6 "commentary": reading back an earlier digest of ours, so the next run keeps everything people typed into
 * it. The digest's own cells are recognised by what they say (docs/rules.md, "The officer's quarter", Q2): our headings and lines
 * in column A, our tables by their header rows, and in each table row only the columns of that table holding what
 * we write there. Every other non-empty cell was typed by a person: the Commentary cells of indicator rows, cells
 * beside an indicator's row or a table's header, and anything anywhere else.
 */
import { cellRef } from '../core/address';
import { formatAt, isEmpty, type CellValue, type SheetGrid } from '../core/grid';
import { cellText } from '../core/text';
import { digestPeriodOf, markerText } from '../read/digestMarker';
import {
  columnOfHeader,
  HEADINGS,
  ISSUE_COLUMNS,
  LINES,
  NOTE_COLUMNS,
  SEVERITY_TEXT,
  SOURCE_LINE,
  SUBTITLE,
  TITLE_PREFIX,
  type ColumnKey,
  type DigestPart,
} from './digestLayout';
import { COUNTED_DIRECTIONS, DIRECTION_TEXT, RAG_TEXT } from './digestWords';
import { ourDataNotes } from './dataNotes';

/** A cell a person typed, where it was on the earlier digest (zero-based sheet row and column). */
export interface TypedCell {
  row: number;
  col: number;
  value: Exclude<CellValue, null>;
  format: string;
}

export type IndicatorTableKind = 'exceptions' | 'sections' | 'removed';

/** An indicator's row in one of the earlier digest's tables, with what was typed on it. */
export interface EarlierRow {
  table: IndicatorTableKind;
  ref: string | null;
  name: string;
  /** The Commentary cell ('' for none). */
  commentary: string;
  /** Other cells typed on the row: beside the table, or over a cell of ours with something we never write there. */
  notes: TypedCell[];
}

/** A typed cell kept in the notes list: where it was typed (`K28`) and its value. */
export interface LooseNote {
  where: string;
  value: Exclude<CellValue, null>;
  format: string;
}

export interface EarlierDigest {
  period: string;
  /** When it was made, as its title block says (`27 November 2026`), if it still says. */
  generated: string | null;
  rows: EarlierRow[];
  /** Cells typed on the header rows of the Exceptions and Indicators by outcome tables (a person's own column). */
  headerNotes: Record<'exceptions' | 'sections', TypedCell[]>;
  /** Everything else typed, with the cell it was typed in, and the notes an earlier run kept in its list. */
  loose: LooseNote[];
}

type Table =
  | { kind: 'summary'; width: number }
  | { kind: IndicatorTableKind; columns: Map<number, ColumnKey> }
  | { kind: 'notes' | 'issues' };

const RAG_WORDS = new Set<string>(Object.values(RAG_TEXT));
const COUNT_WORDS = new Set<string>([...RAG_WORDS, ...COUNTED_DIRECTIONS.map((d) => DIRECTION_TEXT[d])]);
const DIRECTION_CELL = new RegExp(`^(${Object.values(DIRECTION_TEXT).join('|')})( [▲▼►])?$`);
const TREND_CELL = /^[▁▂▃▄▅▆▇█ ]*$/;
const PARTS = Object.keys(HEADINGS) as DigestPart[];
const HEADING_PART = new Map(PARTS.map((p) => [HEADINGS[p] as string, p]));
const OUR_LINES = new Set<string>(Object.values(LINES));

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
    case 'trend':
      return typeof value === 'string' && TREND_CELL.test(value);
    case 'prompt':
      return text.startsWith(`${name}: `) && text.endsWith('?');
    default:
      return true; // ref and name say who the row is; commentary and data notes are read apart
  }
}

export function readDigestSheet(grid: SheetGrid): EarlierDigest | null {
  const period = digestPeriodOf(grid);
  if (period === null) return null;
  const digest: EarlierDigest = {
    period,
    generated: null,
    rows: [],
    headerNotes: { exceptions: [], sections: [] },
    loose: [],
  };
  const issueMessages: string[] = [];
  const dataNotes: { row: EarlierRow; cell: TypedCell }[] = [];
  const outcomes = new Set<string>(['Other indicators']);
  let part: DigestPart | 'top' = 'top';
  let table: Table | null = null;

  grid.values.forEach((values, i) => {
    const row = grid.origin.row + i;
    const cells = values.flatMap((value, c) =>
      isEmpty(value) ? [] : [{ col: grid.origin.col + c, value: value!, format: formatAt(grid, i, c) }],
    );
    if (cells.length === 0) {
      table = null;
      return;
    }
    const at = (col: number): CellValue => values[col - grid.origin.col] ?? null;
    const text = (col: number) => cellText(at(col));
    const first = typeof at(0) === 'string' ? text(0) : '';
    const ours = new Set<number>();
    let typedOn: TypedCell[] | null = null;

    // Lines of ours are recognised by what column A says; anything typed beside them is kept apart.
    const heading = HEADING_PART.get(first);
    if (part === 'top' && isTitleBlock(first, period)) {
      ours.add(0);
      digest.generated ??= SUBTITLE.exec(first)?.[1] ?? null;
    } else if (heading && PARTS.indexOf(heading) > (part === 'top' ? -1 : PARTS.indexOf(part))) {
      part = heading;
      table = null;
      ours.add(0);
    } else if (OUR_LINES.has(first)) {
      ours.add(0);
    } else if (part === 'summary') {
      const width = summaryHeaderWidth(values, grid.origin.col);
      if (width > 0) table = { kind: 'summary', width };
      const t = table as Table | null;
      if (t?.kind === 'summary' && (width > 0 || isSummaryRow(at, t.width))) {
        for (let c = 1; c < t.width; c++) ours.add(c);
        if (width === 0 && text(1) !== 'All indicators') outcomes.add(text(1));
      }
    } else if (part === 'exceptions' || part === 'sections' || part === 'removed') {
      const kind: IndicatorTableKind = part;
      const texts = cells.map((c) => cellText(c.value));
      if (texts.includes('Ref') && texts.includes('Indicator')) {
        const columns = new Map<number, ColumnKey>();
        for (const c of cells) {
          const key = columnOfHeader(cellText(c.value));
          if (key && ![...columns.values()].includes(key)) columns.set(c.col, key);
        }
        table = { kind, columns };
        for (const col of columns.keys()) ours.add(col);
        if (kind !== 'removed') typedOn = digest.headerNotes[kind];
      } else if (table && 'columns' in table) {
        const found = readIndicatorRow(
          table.kind,
          table.columns,
          at,
          row,
          cells.map((c) => c.col),
        );
        if (found) {
          digest.rows.push(found.row);
          typedOn = found.row.notes;
          for (const col of found.ours) ours.add(col);
          if (found.dataNotes) dataNotes.push({ row: found.row, cell: found.dataNotes });
        } else if (kind === 'sections' && outcomes.has(first)) ours.add(0);
      }
    } else if (part === 'notes') {
      const header = text(0) === NOTE_COLUMNS.where && text(1) === NOTE_COLUMNS.note;
      if (header) table = { kind: 'notes' };
      const body = !header && (table as Table | null)?.kind === 'notes' && text(0) !== '' && !isEmpty(at(1));
      if (body)
        digest.loose.push({ where: text(0), value: at(1)!, format: formatAt(grid, i, 1 - grid.origin.col) });
      if (header || body) [0, 1].forEach((c) => ours.add(c));
    } else if (part === 'issues') {
      const header = ISSUE_COLUMNS.every((h, c) => text(c) === h);
      if (header) table = { kind: 'issues' };
      const body = !header && (table as Table | null)?.kind === 'issues' && isSeverity(text(0));
      if (body) issueMessages.push(text(1));
      if (header || body) [0, 1, 2].forEach((c) => ours.add(c));
    }

    for (const cell of cells) {
      if (ours.has(cell.col)) continue;
      const typed: TypedCell = { row, col: cell.col, value: cell.value, format: cell.format };
      if (typedOn) typedOn.push(typed);
      else digest.loose.push({ where: cellRef(row, cell.col), value: cell.value, format: cell.format });
    }
  });

  // Data notes are ours only as far as they repeat the earlier digest's own data issues and notes.
  for (const { row, cell } of dataNotes) {
    const typed = typeof cell.value === 'string' ? ourDataNotes(cell.value, issueMessages) : cell.value;
    if (typed !== '') row.notes.push({ ...cell, value: typed });
  }
  return digest;
}

function isTitleBlock(text: string, period: string): boolean {
  return (
    text === `${TITLE_PREFIX}${period}` ||
    SUBTITLE.test(text) ||
    text === markerText(period) ||
    SOURCE_LINE.test(text)
  );
}

const isSeverity = (text: string) => text === SEVERITY_TEXT.error || text === SEVERITY_TEXT.warning;

/** A summary header row ([empty], Outcome, then status words): its width, else 0. */
function summaryHeaderWidth(values: CellValue[], originCol: number): number {
  const at = (c: number) => values[c - originCol] ?? null;
  if (!isEmpty(at(0)) || cellText(at(1)) !== 'Outcome') return 0;
  let c = 2;
  while (COUNT_WORDS.has(cellText(at(c)))) c++;
  return c > 2 && isEmpty(at(c)) ? c : 0;
}

function isSummaryRow(at: (col: number) => CellValue, width: number): boolean {
  if (!isEmpty(at(0)) || typeof at(1) !== 'string') return false;
  for (let c = 2; c < width; c++) if (typeof at(c) !== 'number') return false;
  return true;
}

/**
 * An indicator's row of a table: it has a name and a RAG cell beginning with a status; in Removed indicators, a name
 * and something kept about it (a row there holding a name only was typed into a spare row, and is kept as typed).
 */
function readIndicatorRow(
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
