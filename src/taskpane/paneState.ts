/** The task pane's state: what it has read, what the user chose, and what is running or was done. */
import type { CarriedOver, SheetGrid, WorkbookSource } from '../engine';
import type { RoleChoice } from './columnRoles';
import type { HostFailure, SelectedRange, RunStep } from './digestHost';
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

export type Progress = { kind: 'idle' } | { kind: 'running'; step: RunStep };

/** Where a message about an action shows: at the top of the pane, or in the step the action was in. */
export type MessagePlace = 'top' | 'source' | 'columns' | 'rules';

/**
 * What an action did, in words, where it was done. It takes the focus when it appears (a screen reader reads it, and
 * a keyboard user goes on from there) and stays until dismissed or until something it describes changes.
 */
export interface PaneMessage {
  place: MessagePlace;
  intent: 'success' | 'info' | 'warning' | 'error';
  title: string;
  text: string;
}

export interface DigestState {
  workbook: WorkbookState;
  source: SourceChoice;
  /** Workbooks added from disk in this session, read in the pane (or why one could not be read). */
  added: WorkbookSource[];
  /** The user's corrections to the detected column roles, by grid column. */
  roles: Record<number, RoleChoice>;
  rules: RulesForm;
  /** The last rules that could be read: the preview shows them, greyed, while `rules` has an error. */
  goodRules: RulesForm;
  progress: Progress;
  message: PaneMessage | null;
  /**
   * What Generate last asked to carry over from the digest it replaces, and whether it is asking now (`open`). Kept
   * once asked, so the dialog closes as Fluent closes it (giving the rest of the pane back to screen readers).
   */
  confirming: { carried: CarriedOver; open: boolean } | null;
  /** Counts the messages shown, so each new one takes the focus even when it says the same as the last. */
  shown: number;
  /** Today (`YYYY-MM-DD`, from the hook's clock): an action plan's report date when none is written or chosen. */
  today: string | null;
}
