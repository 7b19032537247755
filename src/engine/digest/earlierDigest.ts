/**
 * Rules §6 "commentary": reading back an earlier digest of ours, so the next run keeps everything people typed into
 * it. The digest's own cells are recognised by what they say (docs/rules.md, "The officer's quarter", Q2; the tests
 * of each row in ourCells.ts); every other non-empty cell was typed by a person: the Commentary cells of indicator
 * rows, cells beside an indicator's row or a table's header, and anything anywhere else.
 */
import { cellRef } from '../core/address';
import { formatAt, isEmpty, type CellValue, type SheetGrid } from '../core/grid';
import { cellText } from '../core/text';
import { markerOf, type Marker } from '../read/digestMarker';
import { ourDataNotes } from './dataNotes';
import {
  columnOfHeader,
  HEADINGS,
  ISSUE_COLUMNS,
  LINES,
  NOTE_COLUMNS,
  SUBTITLE,
  type ColumnKey,
  type DigestPart,
} from './digestLayout';
import type { EarlierDigest, EarlierRow, TypedCell } from './earlierDigestTypes';
import {
  isSeverity,
  isSummaryRow,
  isTitleBlock,
  readIndicatorRow,
  summaryHeaderWidth,
  type Table,
} from './ourCells';

export type {
  EarlierDigest,
  EarlierRow,
  IndicatorTableKind,
  LooseNote,
  TypedCell,
} from './earlierDigestTypes';

const PARTS = Object.keys(HEADINGS) as DigestPart[];
const HEADING_PART = new Map(PARTS.map((p) => [HEADINGS[p] as string, p]));
const OUR_LINES = new Set<string>(Object.values(LINES));

/** One row of the sheet: its non-empty cells, by sheet column, and a way to read any cell of it. */
interface SheetRow {
  row: number;
  cells: { col: number; value: Exclude<CellValue, null>; format: string }[];
  at: (col: number) => CellValue;
  /** Column A's text, when it holds text. */
  first: string;
  format: (col: number) => string;
}

/** What a row holds of ours, and where what was typed on it goes (its indicator's or header's notes, else loose). */
interface RowReading {
  ours: number[];
  typedOn?: TypedCell[];
}

/** Reads the sheet top to bottom, knowing which part of the digest it is in and which table, if any. */
class EarlierDigestReader {
  readonly digest: EarlierDigest;
  private part: DigestPart | 'top' = 'top';
  private table: Table | null = null;
  private readonly outcomes = new Set<string>(['Other indicators']);
  private readonly issueMessages: string[] = [];
  private readonly dataNotes: { row: EarlierRow; cell: TypedCell }[] = [];

  constructor(marker: Marker) {
    this.digest = {
      period: marker.period,
      marker,
      generated: null,
      rows: [],
      headerNotes: { exceptions: [], sections: [] },
      loose: [],
    };
  }

  read(r: SheetRow): void {
    if (r.cells.length === 0) {
      this.table = null;
      return;
    }
    const { ours, typedOn } = this.ourCellsOf(r);
    for (const cell of r.cells) {
      if (ours.includes(cell.col)) continue;
      const typed: TypedCell = { row: r.row, col: cell.col, value: cell.value, format: cell.format };
      if (typedOn) typedOn.push(typed);
      else
        this.digest.loose.push({ where: cellRef(r.row, cell.col), value: cell.value, format: cell.format });
    }
  }

  /** Data notes are ours only as far as they repeat the earlier digest's own data issues and notes. */
  finish(): EarlierDigest {
    for (const { row, cell } of this.dataNotes) {
      const typed =
        typeof cell.value === 'string' ? ourDataNotes(cell.value, this.issueMessages) : cell.value;
      if (typed !== '') row.notes.push({ ...cell, value: typed });
    }
    return this.digest;
  }

  private ourCellsOf(r: SheetRow): RowReading {
    const { first } = r;
    // Lines of ours are recognised by what column A says; anything typed beside them is kept apart.
    const heading = HEADING_PART.get(first);
    if (this.part === 'top' && isTitleBlock(first, this.digest.period)) {
      this.digest.generated ??= SUBTITLE.exec(first)?.[1] ?? null;
      return { ours: [0] };
    }
    if (heading && PARTS.indexOf(heading) > (this.part === 'top' ? -1 : PARTS.indexOf(this.part))) {
      this.part = heading;
      this.table = null;
      return { ours: [0] };
    }
    if (OUR_LINES.has(first)) return { ours: [0] };
    switch (this.part) {
      case 'summary':
        return this.summaryRow(r);
      case 'exceptions':
      case 'sections':
      case 'removed':
        return this.indicatorTableRow(r, this.part);
      case 'notes':
        return this.notesRow(r);
      case 'issues':
        return this.issuesRow(r);
      default:
        return { ours: [] };
    }
  }

  private summaryRow(r: SheetRow): RowReading {
    const width = summaryHeaderWidth(r.at);
    if (width > 0) this.table = { kind: 'summary', width };
    const table = this.table;
    if (table?.kind !== 'summary' || (width === 0 && !isSummaryRow(r.at, table.width))) return { ours: [] };
    const label = cellText(r.at(1));
    if (width === 0 && label !== 'All indicators') this.outcomes.add(label);
    return { ours: Array.from({ length: table.width - 1 }, (_, i) => i + 1) };
  }

  private indicatorTableRow(r: SheetRow, kind: EarlierRow['table']): RowReading {
    const texts = r.cells.map((c) => cellText(c.value));
    if (texts.includes('Ref') && texts.includes('Indicator')) {
      const columns = new Map<number, ColumnKey>();
      for (const c of r.cells) {
        const key = columnOfHeader(cellText(c.value));
        if (key && ![...columns.values()].includes(key)) columns.set(c.col, key);
      }
      this.table = { kind, columns };
      return {
        ours: [...columns.keys()],
        ...(kind !== 'removed' && { typedOn: this.digest.headerNotes[kind] }),
      };
    }
    const table = this.table;
    if (!table || !('columns' in table)) return { ours: [] };
    const filled = r.cells.map((c) => c.col);
    const found = readIndicatorRow(table.kind, table.columns, r.at, r.row, filled);
    if (!found) return { ours: kind === 'sections' && this.outcomes.has(r.first) ? [0] : [] };
    this.digest.rows.push(found.row);
    if (found.dataNotes) this.dataNotes.push({ row: found.row, cell: found.dataNotes });
    return { ours: found.ours, typedOn: found.row.notes };
  }

  private notesRow(r: SheetRow): RowReading {
    const header = cellText(r.at(0)) === NOTE_COLUMNS.where && cellText(r.at(1)) === NOTE_COLUMNS.note;
    if (header) this.table = { kind: 'notes' };
    const body = !header && this.table?.kind === 'notes' && cellText(r.at(0)) !== '' && !isEmpty(r.at(1));
    // A note kept by an earlier run keeps the address it was first typed at.
    if (body) this.digest.loose.push({ where: cellText(r.at(0)), value: r.at(1)!, format: r.format(1) });
    return { ours: header || body ? [0, 1] : [] };
  }

  private issuesRow(r: SheetRow): RowReading {
    const header = ISSUE_COLUMNS.every((h, c) => cellText(r.at(c)) === h);
    if (header) this.table = { kind: 'issues' };
    const body = !header && this.table?.kind === 'issues' && isSeverity(cellText(r.at(0)));
    if (body) this.issueMessages.push(cellText(r.at(1)));
    return { ours: header || body ? [0, 1, 2] : [] };
  }
}

/** Our digest's period and everything typed into it, or null if the sheet is not one of our digests. */
export function readDigestSheet(grid: SheetGrid): EarlierDigest | null {
  const marker = markerOf(grid);
  if (marker === null) return null;
  const reader = new EarlierDigestReader(marker);
  const { row: top, col: left } = grid.origin;
  grid.values.forEach((values, i) => {
    const at = (col: number): CellValue => values[col - left] ?? null;
    reader.read({
      row: top + i,
      cells: values.flatMap((value, c) =>
        isEmpty(value) ? [] : [{ col: left + c, value: value!, format: formatAt(grid, i, c) }],
      ),
      at,
      first: typeof at(0) === 'string' ? cellText(at(0)) : '',
      format: (col) => formatAt(grid, i, col - left),
    });
  });
  return reader.finish();
}
