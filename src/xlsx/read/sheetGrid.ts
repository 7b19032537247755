/**
 * One worksheet part, streamed, as the SheetGrid the Office.js adapter would hand over (grid.ts): from A1 to its
 * last non-empty row and column, each cell's value as Excel shows it and its number format.
 */
import { isDateFormat, type CellValue, type SheetGrid } from '../../engine';
import { streamEntryText, type InflateRaw } from '../zip/entryText';
import type { ZipEntry } from '../zip/zipIndex';
import { parseRangeRef, readCellRef, type CellPosition } from './cellAddress';
import type { CellSink } from './sheetCells';
import { sheetStream } from './sheetStream';
import { ownText } from './ownText';
import { StringItemText } from './stringItem';
import { xmlReader } from './xmlEvents';

export interface SheetContext {
  sharedStrings: string[];
  /** Number format codes by cell style index. */
  formats: string[];
  date1904: boolean;
  inflate?: InflateRaw;
}

/** Days from 1 Jan 1904 to 1 Jan 1900 in Excel's serials: a 1904 workbook's dates are this much smaller. */
const DAYS_1900_TO_1904 = 1462;
const MS_PER_DAY = 86_400_000;
/** Excel's serial of 1 Jan 1970. */
const UNIX_EPOCH_SERIAL = 25569;
/** Excel counts a 29 Feb 1900 that never was: serials before 1 Mar 1900 (61) are one lower than the calendar's. */
const FIRST_MARCH_1900 = 61;

/** An ISO date cell (`t="d"`) as the 1900 serial Excel shows; null when it is not a date. */
function isoSerial(text: string): CellValue {
  const iso = /[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes('T') ? text : `${text}Z`;
  const ms = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(ms)) return null;
  const serial = UNIX_EPOCH_SERIAL + ms / MS_PER_DAY;
  return serial < FIRST_MARCH_1900 ? serial - 1 : serial;
}

/**
 * The grid as its rows are read. A row is gathered in a scratch array and kept, when the next row starts, at its exact
 * size and ending at its last value, with its formats shared with every row of the same layout (a sheet has a
 * handful): only what the grid keeps outlives the row, and at 280,000 rows the grid takes half the memory.
 */
class CellsBuilder {
  private readonly rows: CellValue[][] = [];
  private readonly rowFormats: string[][] = [];
  private readonly layouts = new Map<string, string[]>();
  private current = -1;
  private values: CellValue[] = [];
  private formats: string[] = [];
  private readonly dateStyle: boolean[];

  constructor(private readonly context: SheetContext) {
    this.dateStyle = context.formats.map((f) => context.date1904 && isDateFormat(f));
  }

  /** A cell's value from its type (`t`) and the text of its `<v>` or inline string. */
  value(type: string | undefined, text: string | null, style: number): CellValue {
    if (text === null) return null;
    switch (type) {
      case 's':
        return this.context.sharedStrings[Number(text)] ?? null;
      case 'str':
      case 'inlineStr':
      case 'e':
        return ownText(text);
      case 'b':
        return text === '1' || text === 'true';
      case 'd':
        return isoSerial(text);
      default: {
        const n = Number(text);
        if (text.trim() === '' || Number.isNaN(n)) return null;
        return this.dateStyle[style] ? n + DAYS_1900_TO_1904 : n;
      }
    }
  }

  set(row: number, col: number, value: CellValue, style: number): void {
    if (row !== this.current) this.startRow(row);
    const { values, formats } = this;
    for (let c = values.length; c < col; c++) {
      values.push(null);
      formats.push('General');
    }
    values[col] = value === '' ? null : value;
    formats[col] = this.context.formats[style] ?? 'General';
  }

  /** Keeps the row being gathered and starts `row` (carrying on from what it had, for cells out of row order). */
  private startRow(row: number): void {
    this.keepRow();
    this.current = row;
    this.values = [...(this.rows[row] ?? [])];
    this.formats = [...(this.rowFormats[row] ?? [])];
  }

  private keepRow(): void {
    if (this.current < 0) return;
    const end = valuesEnd(this.values);
    this.rows[this.current] = this.values.slice(0, end);
    this.rowFormats[this.current] = this.layout(this.formats, end);
  }

  /** The first `end` formats of a row, as the one array every row laid out so shares. */
  private layout(formats: readonly string[], end: number): string[] {
    // Most rows are laid out as the row above: that is checked in place, before any copy or key is made.
    const above = this.rowFormats[this.current - 1];
    if (above !== undefined && above.length === end && startsWith(formats, above)) return above;
    const own = formats.slice(0, end);
    const key = own.join('\u0000');
    return this.layouts.get(key) ?? this.layouts.set(key, own).get(key)!;
  }

  /** Only a merged range's top-left cell keeps its value (rules §1: a merged value is never counted twice). */
  unmerge(ref: string): void {
    const range = parseRangeRef(ref);
    if (!range) return;
    this.keepRow();
    this.current = -1;
    for (let r = range.first.row; r <= range.last.row; r++) {
      const row = this.rows[r];
      if (!row) continue;
      const last = Math.min(range.last.col, row.length - 1);
      for (let c = range.first.col; c <= last; c++)
        if (r !== range.first.row || c !== range.first.col) row[c] = null;
      // The row still ends at its last value.
      const end = valuesEnd(row);
      if (end < row.length) {
        row.length = end;
        this.rowFormats[r] = this.rowFormats[r]!.slice(0, end);
      }
    }
  }

  /** From A1 to the last row with a value; rows not in the sheet are empty. */
  grid(name: string): SheetGrid {
    this.keepRow();
    this.current = -1;
    let rows = this.rows.length;
    while (rows > 0 && (this.rows[rows - 1]?.length ?? 0) === 0) rows--;
    const values: CellValue[][] = [];
    const formats: string[][] = [];
    for (let r = 0; r < rows; r++) {
      values.push(this.rows[r] ?? []);
      formats.push(this.rowFormats[r] ?? []);
    }
    return { name, origin: { row: 0, col: 0 }, values, formats };
  }
}

/** Where a row's values end: after its last one that is not empty. */
function valuesEnd(row: readonly CellValue[]): number {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return end;
}

/** Whether `row` begins with every entry of `start`. */
function startsWith(row: readonly string[], start: readonly string[]): boolean {
  for (let c = 0; c < start.length; c++) if (row[c] !== start[c]) return false;
  return true;
}

/** Reads the sheet as it is unpacked: cells and merged ranges, nothing else. */
export function readSheetGrid(name: string, entry: ZipEntry, context: SheetContext): SheetGrid {
  const cells = new CellsBuilder(context);
  const inline = new StringItemText();
  const at: CellPosition = { row: -1, col: -1 };
  let type: string | undefined;
  let style = 0;
  let text: string | null = null;
  let inValue = false;
  let inInline = false;
  const wantText = () => (sink.wantsText = inValue || inInline);

  const sink: CellSink = {
    wantsText: false,
    open: (element, r, s, t) => {
      if (inInline) inline.open(element);
      else if (element === 'c') {
        if (r === undefined || !readCellRef(r, at)) at.col++;
        type = t;
        style = s === undefined ? 0 : Number(s);
        text = null;
      } else if (element === 'v') {
        inValue = true;
        wantText();
      } else if (element === 'is') {
        inInline = true;
        wantText();
      } else if (element === 'row') {
        at.row = r === undefined ? at.row + 1 : Number(r) - 1;
        at.col = -1;
      }
    },
    close: (element) => {
      if (element === 'is') {
        inInline = false;
        wantText();
        text = inline.take();
      } else if (inInline) inline.close(element);
      else if (element === 'v') {
        inValue = false;
        wantText();
      } else if (element === 'c') cells.set(at.row, at.col, cells.value(type, text, style), style);
    },
    text: (chunk) => {
      if (inValue) text = text === null ? chunk : text + chunk;
      else inline.text(chunk);
    },
  };
  const outside = xmlReader({
    open: (element, attributes) => {
      if (element === 'mergeCell' && attributes.ref) cells.unmerge(attributes.ref);
    },
  });
  const reader = sheetStream(outside, sink);
  streamEntryText(entry, reader.write, context.inflate);
  reader.end();
  return cells.grid(name);
}
