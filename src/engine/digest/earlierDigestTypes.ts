/** What an earlier digest holds besides what we write: the cells a person typed, by where they were (rules §6). */
import type { CellValue } from '../core/grid';
import type { Marker } from '../read/digestMarker';

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
  /** The marker: the period and the settings the digest was made with (issue 11, history.ts). */
  marker: Marker;
  /** When it was made, as its title block says (`27 November 2026`), if it still says. */
  generated: string | null;
  rows: EarlierRow[];
  /** Cells typed on the header rows of the Exceptions and Indicators by outcome tables (a person's own column). */
  headerNotes: Record<'exceptions' | 'sections', TypedCell[]>;
  /** Everything else typed, with the cell it was typed in, and the notes an earlier run kept in its list. */
  loose: LooseNote[];
}
