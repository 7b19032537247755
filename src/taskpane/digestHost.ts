/**
 * What the task pane needs from the workbook it runs in. The pane never calls Office.js: `excelHost.ts` implements this
 * over `src/excel`, and tests pass an in-memory one. Every call returns a result instead of throwing, so the pane can
 * always say what happened in words.
 */
import type { DigestPlan, DigestSettings, RestorePlan, SheetGrid } from '../engine';
import type { RunStep, WrittenDigest } from '../excel/writeDigest';

/** A failure, already in the user's words (`message`), with the host's code kept for tests and logs. */
export interface HostFailure {
  code: string;
  message: string;
}

export type HostResult<T> = { ok: true; value: T } | { ok: false; error: HostFailure };

/** The range the user has selected, read like a sheet: only its cells, with their position on the sheet. */
export interface SelectedRange {
  /** Excel's address of the range, e.g. `'PIs'!A5:L40`. */
  address: string;
  grid: SheetGrid;
}

export type { RunStep, WrittenDigest, WrittenSheet } from '../excel/writeDigest';

export interface DigestHost {
  /** Every sheet of the workbook (digest sheets included: the engine recognises and skips them). */
  readWorkbook(): Promise<HostResult<SheetGrid[]>>;
  readSelection(): Promise<HostResult<SelectedRange>>;
  /** Writes the plan safely (an earlier digest stays until the new one is complete) and activates the new sheet. */
  writeDigest(plan: DigestPlan, onStep: (step: RunStep) => void): Promise<HostResult<WrittenDigest>>;
  /** Puts back the digest the last run replaced (kept hidden), keeping the one it replaces in its place. */
  restoreDigest(): Promise<HostResult<RestorePlan>>;
  /** Selects one cell, given in Excel's form (`'PIs Q3'!D7`), and brings its sheet to the front. */
  selectCell(address: string): Promise<HostResult<void>>;
  /** The settings saved with this workbook by an earlier run, if any. */
  loadSettings(): Promise<HostResult<DigestSettings | null>>;
  /** Saves the settings with the workbook, and the digest just written, for Refresh digest to find. */
  saveSettings(settings: DigestSettings, written: WrittenDigest): Promise<HostResult<void>>;
}
