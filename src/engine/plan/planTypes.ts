/**
 * The digest plan: a host-neutral description of the digest sheet to write.
 * Writers (ExcelJS in the CLI, Office.js in the add-in) execute a plan exactly; they make no decisions.
 * Rows and columns are zero-based sheet coordinates.
 */
import type { CellValue, SheetGrid } from '../core/grid';

export interface GridRange {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A rectangle of values with their number formats (same shape). Text is always written as text, never as a formula. */
export interface CellBlock {
  row: number;
  col: number;
  values: CellValue[][];
  numberFormats: string[][];
}

export interface CellStyle {
  /** Colours are `#RRGGBB`. */
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  fontSize?: number;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center';
  /** A thin bottom border in this colour. */
  borderBottom?: string;
}

export interface StyledRange {
  range: GridRange;
  style: CellStyle;
}

/** Colour a cell by the text it begins with (RAG and direction words), so colour follows hand edits too. */
export interface TextRule {
  range: GridRange;
  beginsWith: string;
  fill?: string;
  fontColor?: string;
}

export interface PrintSetup {
  orientation: 'landscape' | 'portrait';
  paperSize: 'A4';
  fitToPagesWide: 1;
  /** Rows repeated at the top of every printed page (zero-based, inclusive). */
  repeatRows?: { first: number; last: number };
}

/** How one series of a planned chart is drawn. */
export interface PlannedSeries {
  /** The legend's words for it: the series is never told apart by colour alone. */
  name: string;
  /** `#RRGGBB`. */
  colour: string;
  line: 'solid' | 'dash' | 'none';
  marker: 'circle' | 'none';
}

/**
 * Issue 12: a native line chart drawn from cells of its own sheet. `source` is a table: its first row names the series
 * (header cells), its first column holds the category labels (periods), and each further column is one series, in the
 * order of `series`. Blank cells are gaps.
 */
export interface PlannedChart {
  title: string;
  /** The chart in words, for its alternative text. */
  description: string;
  source: GridRange;
  series: PlannedSeries[];
  /** The cells the chart covers, from its top-left cell. */
  anchor: GridRange;
  /** The value axis's number format: the indicator's own. */
  numberFormat: string;
}

export interface PlannedSheet {
  /** A legal, unused sheet name (see `sheetNames.ts`), or the name of the sheet it replaces. */
  name: string;
  /** An earlier sheet of ours (the same report for the same period) that this one replaces, if any. */
  replaces: string | null;
  blocks: CellBlock[];
  styles: StyledRange[];
  textRules: TextRule[];
  /** Widths of columns A, B, … in Excel's character units. */
  columnWidths: number[];
  /** Rows frozen at the top (0 for none). */
  freezeRows: number;
  print: PrintSetup;
  /** Issue 12: charts drawn over the sheet (none when absent). */
  charts?: PlannedChart[];
  /**
   * False hides the sheet's gridlines, so a report reads as a page rather than a grid (issue 11's exceptions report and
   * tracker). Absent means shown, as Excel's default.
   */
  showGridlines?: boolean;
}

/** A sheet already in the workbook, as the planner sees it. */
export interface ExistingSheet {
  name: string;
  /** The sheet's cells, where the host read them (needed for our own sheets, to keep commentary and replace them). */
  grid: SheetGrid | null;
}

/**
 * The digest a run replaces, kept hidden instead of deleted so a person can restore it (one generation: an earlier
 * kept digest goes). Only the add-in asks for it; the CLI writes a new file, and its input is the way back.
 */
export interface KeptDigest {
  /** The earlier digest, as it is named now. */
  sheet: string;
  /** Its name while it is kept (see `previousDigest.ts`). */
  keptAs: string;
  /** Digests kept by earlier runs, deleted now. */
  drops: string[];
}

/** What a run carries over from the digest it replaces, so the pane can say it before it writes (rules §6). */
export interface CarriedOver {
  /** The period of the digest replaced, and where it is. */
  period: string;
  sheet: string;
  /** Indicators whose commentary was typed into it (not the source's). */
  commentary: number;
  /** Other typed cells, put beside the same indicator or table heading. */
  beside: number;
  /** Typed cells away from any indicator, put in the list of notes kept. */
  listed: number;
  /** Indicators gone from the source, kept under Removed indicators for what was typed about them. */
  removed: number;
}

/** Everything one run writes, in order: the digest sheet first, then any report sheets. */
export interface DigestPlan {
  sheets: PlannedSheet[];
  /** Set when the run replaces a digest and the host keeps it for restoring. */
  keep?: KeptDigest;
  /** Set when the run replaces a digest of ours. */
  carried?: CarriedOver;
}
