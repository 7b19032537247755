/**
 * All of the task pane's state, and every way it can change. Pure: the hook (`useDigestRun`) does the I/O and
 * dispatches what happened; what the digest would say is derived from this state (`digestPreview.ts`), never stored.
 */
import type { ComparisonBasis, DigestSettings, SheetGrid } from '../engine';
import type { HostFailure, SelectedRange, WriteStep, WrittenDigest } from './digestHost';
import type { RoleChoice } from './columnRoles';
import { thresholdText } from './rulesForm';

/** Where the indicators come from: the best sheet of tables found (the default), the sheet the user picked (or saved), or their selection. */
export type SourceChoice =
  { kind: 'best' } | { kind: 'sheet'; sheet: string } | { kind: 'selection'; range: SelectedRange };

/** The rules as typed: thresholds stay text until they are valid, so a half-typed "5" is never lost. */
export interface RulesForm {
  /** A period label, or null for the latest period with data (rules §2). */
  period: string | null;
  basis: ComparisonBasis;
  tolerance: string;
  changeThreshold: string;
}

export type WorkbookState =
  { kind: 'loading' } | { kind: 'loaded'; sheets: SheetGrid[] } | { kind: 'failed'; error: HostFailure };

export type Progress =
  | { kind: 'idle' }
  | { kind: 'running'; step: WriteStep }
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

export type DigestAction =
  /** `saved` only on opening: a re-read before writing keeps what the user chose. */
  | { type: 'workbookLoaded'; sheets: SheetGrid[]; saved?: DigestSettings | null }
  | { type: 'workbookFailed'; error: HostFailure }
  | { type: 'sourceChosen'; source: SourceChoice }
  | { type: 'roleChanged'; col: number; role: RoleChoice }
  | { type: 'rolesReset' }
  | { type: 'rulesChanged'; rules: Partial<RulesForm> }
  | { type: 'generateStarted' }
  | { type: 'generateProgressed'; step: WriteStep }
  | { type: 'generateSucceeded'; written: WrittenDigest; indicators: number; period: string }
  /** Writing failed: nothing is running any more. */
  | { type: 'generateFailed'; notice: Notice }
  /** Anything else that failed (reading the selection, going to a cell): what was running goes on. */
  | { type: 'noticeShown'; notice: Notice }
  | { type: 'noticeDismissed' };

export const DEFAULT_RULES: RulesForm = {
  period: null,
  basis: 'previous',
  tolerance: '5%',
  changeThreshold: '0',
};

export const initialDigestState: DigestState = {
  workbook: { kind: 'loading' },
  source: { kind: 'best' },
  roles: {},
  rules: DEFAULT_RULES,
  progress: { kind: 'idle' },
  notice: null,
};

function rulesFrom(saved: DigestSettings): RulesForm {
  return {
    period: saved.period ?? null,
    basis: saved.basis,
    tolerance: thresholdText(saved.tolerance),
    changeThreshold: thresholdText(saved.changeThreshold),
  };
}

/** Any change to what would be written makes an earlier "written" message stale. */
const edited = (state: DigestState, change: Partial<DigestState>): DigestState => ({
  ...state,
  ...change,
  progress: state.progress.kind === 'running' ? state.progress : { kind: 'idle' },
});

/** Column choices saved with the workbook (sheet columns) as the pane keeps them (columns of the sheet's grid). */
function savedRoles(saved: DigestSettings, sheets: SheetGrid[]): DigestState['roles'] {
  const grid = sheets.find((g) => g.name === saved.sheet);
  if (!grid || !saved.columns) return {};
  return Object.fromEntries(saved.columns.roles.map((r) => [r.col - grid.origin.col, r.role]));
}

export function digestReducer(state: DigestState, action: DigestAction): DigestState {
  switch (action.type) {
    case 'workbookLoaded':
      return {
        ...state,
        workbook: { kind: 'loaded', sheets: action.sheets },
        rules: action.saved ? rulesFrom(action.saved) : state.rules,
        source: action.saved?.sheet ? { kind: 'sheet', sheet: action.saved.sheet } : state.source,
        roles: action.saved ? savedRoles(action.saved, action.sheets) : state.roles,
      };
    case 'workbookFailed':
      return { ...state, workbook: { kind: 'failed', error: action.error } };
    case 'sourceChosen':
      return edited(state, { source: action.source, roles: {}, notice: null });
    case 'roleChanged':
      return edited(state, { roles: { ...state.roles, [action.col]: action.role } });
    case 'rolesReset':
      return edited(state, { roles: {} });
    case 'rulesChanged':
      return edited(state, { rules: { ...state.rules, ...action.rules } });
    case 'generateStarted':
      return { ...state, progress: { kind: 'running', step: 'reading' }, notice: null };
    case 'generateProgressed':
      return state.progress.kind === 'running'
        ? { ...state, progress: { kind: 'running', step: action.step } }
        : state;
    case 'generateSucceeded':
      return {
        ...state,
        progress: {
          kind: 'written',
          written: action.written,
          indicators: action.indicators,
          period: action.period,
        },
      };
    case 'generateFailed':
      return { ...state, progress: { kind: 'idle' }, notice: action.notice };
    case 'noticeShown':
      return { ...state, notice: action.notice };
    case 'noticeDismissed':
      return { ...state, notice: null };
  }
}
