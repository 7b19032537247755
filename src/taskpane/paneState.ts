/** The task pane's state: what it has read, what the user chose, and what is running or was written. */
import type { SheetGrid, WorkbookSource } from '../engine';
import type { RoleChoice } from './columnRoles';
import type { HostFailure, SelectedRange, RunStep, WrittenDigest } from './digestHost';
import type { RulesForm } from './rulesForm';

/**
 * Where the indicators come from: the best sheet of tables found (the default), the sheet the user picked (or saved),
 * their selection, or several sources compiled into one digest (docs/rules.md §9): sheets of this workbook by name
 * and sheets of added workbooks as `file.xlsx:Sheet`.
 */
export type SourceChoice =
  | { kind: 'best' }
  | { kind: 'sheet'; sheet: string }
  | { kind: 'selection'; range: SelectedRange }
  | { kind: 'several'; names: string[] };

export type WorkbookState =
  { kind: 'loading' } | { kind: 'loaded'; sheets: SheetGrid[] } | { kind: 'failed'; error: HostFailure };

export type Progress =
  | { kind: 'idle' }
  | { kind: 'running'; step: RunStep }
  | { kind: 'written'; written: WrittenDigest; indicators: number; period: string };

export interface Notice {
  title: string;
  message: string;
}

export interface DigestState {
  workbook: WorkbookState;
  source: SourceChoice;
  /** Workbooks added from disk in this session, read in the pane (or why one could not be read). */
  added: WorkbookSource[];
  /** The user's corrections to the detected column roles, by grid column. */
  roles: Record<number, RoleChoice>;
  rules: RulesForm;
  progress: Progress;
  /** A failure to show in a MessageBar until the user dismisses it or tries again. */
  notice: Notice | null;
  /** Today (`YYYY-MM-DD`, from the hook's clock): an action plan's report date when none is written or chosen. */
  today: string | null;
}
