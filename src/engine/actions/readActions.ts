/**
 * Issue 11 (docs/rules.md §11 "Action plans"): the action tables of a sheet and their actions, with a data issue for
 * every row that cannot be tracked. A table runs from its header to the next header of either kind; blank rows do not
 * end it. A row with text in one cell only that names a timescale (`January – June 2006`) is a band heading: the
 * actions below it are in that band and, without a due date of their own, due at its end.
 */
import { cellAt, formatAt, isEmpty, type SheetGrid } from '../core/grid';
import { addresser, issue, type Addresser } from '../core/issues';
import type { DataIssue } from '../core/model';
import { cellText } from '../core/text';
import { actionMapping, type ActionMapping } from '../read/actionColumns';
import { findTables } from '../read/tables';
import { readDue, readDueText, type DueReading } from './dueDate';
import { readActionOverride, readStatus, type ActionRag, type StatusKind } from './statusWords';

/** A timescale band: a heading's, a timescale cell's, or the quarter an action is due in. */
export interface Band {
  label: string;
  /** First and last days; `last` is null for an open band (`June 2006 –`), both null for no timescale. */
  first: number | null;
  last: number | null;
}

export interface SourceAction {
  ref: string | null;
  text: string;
  owner: string | null;
  /** The due day, from the action's own due cell, else its band heading's end. */
  due: number | null;
  /** The due cell as written (`January – June 2006`), or the band heading's text. */
  dueText: string | null;
  /** A band given by a heading above the action or by its own timescale cell; null for a plain due date. */
  band: Band | null;
  /** The status cell as written, and what it says (null where blank or unreadable). */
  status: string | null;
  statusKind: StatusKind | null;
  override: ActionRag | null;
  /** The progress text, whole: continuation rows are joined to it, one per line. */
  progress: string | null;
  /** The action's text cell, in Excel's own form. */
  cell: string;
}

export interface ActionTable {
  sheet: SheetGrid;
  headerRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
  mapping: ActionMapping;
}

/** `Timescale`, `JAR Timescale Requirement`, `Deadline:`: a label whose row's other cell is a band heading. */
const BAND_LABEL = /\b(?:timescales?|timeframe|deadline|due|milestone)(?:\s+requirement)?\s*:?$/i;

/** Every action table on a sheet, top to bottom; an indicator table's header ends the action table above it. */
export function findActionTables(grid: SheetGrid): ActionTable[] {
  const headers: { row: number; mapping: ActionMapping }[] = [];
  grid.values.forEach((row, r) => {
    const mapping = actionMapping(row);
    if (mapping) headers.push({ row: r, mapping });
  });
  if (headers.length === 0) return [];
  const indicatorHeaders = findTables(grid).map((t) => t.headerRow);
  const actionHeaders = headers.filter((h) => !indicatorHeaders.includes(h.row));
  const starts = [...indicatorHeaders, ...actionHeaders.map((h) => h.row)].sort((a, b) => a - b);
  return actionHeaders.map(({ row, mapping }) => {
    const end = (starts.find((s) => s > row) ?? grid.values.length) - 1;
    const header = grid.values[row] ?? [];
    const cols = header.flatMap((v, c) => (isEmpty(v) ? [] : [c]));
    let lastRow = row;
    for (let r = end; r > row && lastRow === row; r--)
      if ((grid.values[r] ?? []).some((v) => !isEmpty(v))) lastRow = r;
    return {
      sheet: grid,
      headerRow: row,
      lastRow,
      firstCol: Math.min(...cols),
      lastCol: Math.max(...cols),
      mapping,
    };
  });
}

/** What follows a timescale label in a heading: `JAR Timescale Requirement January – June 2006`. */
const AFTER_LABEL = /^.*\b(?:timescales?|timeframe|deadline|due|milestone)(?:\s+requirement)?\s*:?\s*(.+)$/i;

/** A heading's timescale: the whole text, else what follows a colon or a timescale label. */
function headingBand(text: string): Band | null {
  const tries = [text, /:\s*(.+)$/.exec(text)?.[1], AFTER_LABEL.exec(text)?.[1]];
  for (const t of tries) {
    if (!t) continue;
    const reading = readDueText(t);
    if (reading.kind === 'due') return { label: text, first: reading.from ?? reading.day, last: reading.day };
    if (reading.kind === 'open') return { label: text, first: reading.from, last: null };
  }
  return null;
}

/** Reading the rows of one action table. */
class ActionReader {
  readonly at: Addresser;
  readonly actions: SourceAction[] = [];
  private band: Band | null = null;
  constructor(
    readonly table: ActionTable,
    readonly issues: DataIssue[],
  ) {
    this.at = addresser(table.sheet);
  }

  private text(r: number, c: number | null): string {
    return c === null ? '' : cellText(cellAt(this.table.sheet, r, c));
  }

  read(): SourceAction[] {
    for (let r = this.table.headerRow + 1; r <= this.table.lastRow; r++) this.row(r);
    return this.actions;
  }

  private row(r: number): void {
    const { mapping: m, firstCol, lastCol } = this.table;
    const filled: number[] = [];
    for (let c = firstCol; c <= lastCol; c++) if (!isEmpty(cellAt(this.table.sheet, r, c))) filled.push(c);
    if (filled.length === 0) return;
    const heading = this.heading(r, filled);
    if (heading) {
      this.band = heading;
      return;
    }
    const [text, progress] = [this.text(r, m.text), this.text(r, m.progress)];
    const fields = [m.owner, m.due, m.status].some((c) => this.text(r, c) !== '');
    const previous = this.actions[this.actions.length - 1];
    if (text === '' && !fields && progress !== '' && previous) {
      previous.progress = previous.progress ? `${previous.progress}\n${progress}` : progress;
      return;
    }
    if (text === '') {
      this.issues.push(
        issue(
          'error',
          this.at.address(r, m.text),
          `Row ${this.at.rowNumber(r)} of the action plan has no action in ${this.at.ref(r, m.text)}, so it cannot be tracked. Add the action's text.`,
        ),
      );
      return;
    }
    this.actions.push(this.action(r, text, progress));
  }

  /** A band heading: one cell of text that names a timescale, or a timescale label with its band beside it. */
  private heading(r: number, filled: number[]): Band | null {
    const texts = filled.map((c) => this.text(r, c));
    if (filled.length === 1 && typeof cellAt(this.table.sheet, r, filled[0]!) === 'string')
      return headingBand(texts[0]!);
    if (filled.length >= 2 && BAND_LABEL.test(texts[0]!)) {
      const band = headingBand(texts[1]!);
      return band && { ...band, label: texts[1]! };
    }
    return null;
  }

  private action(r: number, text: string, progress: string): SourceAction {
    const { mapping: m, sheet } = this.table;
    const due =
      m.due === null
        ? ({ kind: 'none' } as DueReading)
        : readDue(cellAt(sheet, r, m.due), formatAt(sheet, r, m.due));
    if (due.kind === 'unreadable' && m.due !== null)
      this.issues.push(
        issue(
          'warning',
          this.at.address(r, m.due),
          `Due date "${due.text}" in ${this.at.ref(r, m.due)} is not a date I recognise; the action is rated by its status alone. Write it as, for example, 31/05/2006, 31 May 2006 or May 2006.`,
        ),
      );
    const status = this.text(r, m.status);
    const reading = readStatus(status);
    if (reading.kind === 'unreadable' && m.status !== null)
      this.issues.push(
        issue(
          'warning',
          this.at.address(r, m.status),
          `Status "${reading.text}" in ${this.at.ref(r, m.status)} is not one I recognise (Completed, On track, At risk, Slipping, Overdue, Not started, or R, A, G); the action is rated by its due date alone.`,
        ),
      );
    const override = m.override === null ? null : readActionOverride(cellAt(sheet, r, m.override));
    if (override === 'unreadable' && m.override !== null)
      this.issues.push(
        issue(
          'warning',
          this.at.address(r, m.override),
          `RAG override "${this.text(r, m.override)}" in ${this.at.ref(r, m.override)} is not Red, Amber, Green or Complete (or R, A, G, B); it is ignored.`,
        ),
      );
    const dueText = m.due === null ? '' : this.text(r, m.due);
    const ownBand: Band | null =
      due.kind === 'open'
        ? { label: dueText, first: due.from, last: null }
        : due.kind === 'due' && due.from !== null
          ? { label: dueText, first: due.from, last: due.day }
          : null;
    // The heading the action sits under groups it; its own due date, where it has one, says when it is due.
    const band = this.band ?? ownBand;
    return {
      ref: this.text(r, m.ref) || null,
      text,
      owner: this.text(r, m.owner) || null,
      due: due.kind === 'due' ? due.day : due.kind === 'open' ? null : (band?.last ?? null),
      dueText: dueText || (band?.label ?? null),
      band,
      status: status || null,
      statusKind: reading.kind === 'status' ? reading.status : null,
      override: override === 'unreadable' ? null : override,
      progress: progress || null,
      cell: this.at.address(r, m.text),
    };
  }
}

/** The actions of one table, in table order; data issues go to `issues`. */
export function readActionTable(table: ActionTable, issues: DataIssue[]): SourceAction[] {
  return new ActionReader(table, issues).read();
}
