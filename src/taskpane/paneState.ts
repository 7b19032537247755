/** The task pane's state: what it has read, what the user chose, and what is running or was written. */
import type { SheetGrid } from '../engine';
import type { RoleChoice } from './columnRoles';
import type { HostFailure, SelectedRange, RunStep, WrittenDigest } from './digestHost';
import type { RulesForm } from './rulesForm';

/** Where the indicators come from: the best sheet of tables found (the default), the sheet the user picked (or saved), or their selection. */
export type SourceChoice =
  { kind: 'best' } | { kind: 'sheet'; sheet: string } | { kind: 'selection'; range: SelectedRange };

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
  /** The user's corrections to the detected column roles, by grid column. */
  roles: Record<number, RoleChoice>;
  rules: RulesForm;
  progress: Progress;
  /** A failure to show in a MessageBar until the user dismisses it or tries again. */
  notice: Notice | null;
}
