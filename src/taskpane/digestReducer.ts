/**
 * All of the task pane's state, and every way it can change. Pure: the hook (`useDigestRun`) does the I/O and
 * dispatches what happened; what the digest would say is derived from this state (`digestPreview.ts`), never stored.
 */
import { parseSourceName, type DigestSettings, type SheetGrid, type WorkbookSource } from '../engine';
import type { HostFailure, RunStep } from './digestHost';
import type { GenerateResult } from './generateDigest';
import type { DigestState, Notice, SourceChoice, WorkbookState } from './paneState';
import type { RoleChoice } from './columnRoles';
import { FIELD_SETTING, thresholdText, type RulesForm } from './rulesForm';

export type DigestAction =
  /** `saved` only on opening: a re-read before writing keeps what the user chose. */
  | { type: 'workbookLoaded'; sheets: SheetGrid[]; saved?: DigestSettings | null }
  | { type: 'workbookFailed'; error: HostFailure }
  | { type: 'sourceChosen'; source: SourceChoice }
  /** The sheets of this workbook ticked for a compiled digest (added workbooks stay). */
  | { type: 'sheetsTicked'; sheets: string[] }
  /** Workbooks read from disk, each added to the sources as its best table (`names`). */
  | { type: 'workbooksAdded'; workbooks: WorkbookSource[]; names: string[] }
  | { type: 'roleChanged'; col: number; role: RoleChoice }
  | { type: 'rolesReset' }
  | { type: 'rulesChanged'; rules: Partial<RulesForm> }
  | { type: 'generateStarted' }
  | { type: 'generateProgressed'; step: RunStep }
  /** Written or not, nothing is running any more; the workbook as read for writing is the one shown. */
  | { type: 'generateFinished'; result: GenerateResult }
  /** Anything else that failed (reading the selection, going to a cell): what was running goes on. */
  | { type: 'noticeShown'; notice: Notice }
  | { type: 'noticeDismissed' };

export const DEFAULT_RULES: RulesForm = {
  period: null,
  basis: 'previous',
  tolerance: '5%',
  changeThreshold: '0',
  project: false,
  reports: { exceptions: false, actions: true },
  asOf: '',
  dueSoon: '30',
  onPurpose: [],
};

export const initialDigestState: DigestState = {
  workbook: { kind: 'loading' },
  source: { kind: 'best' },
  added: [],
  roles: {},
  rules: DEFAULT_RULES,
  progress: { kind: 'idle' },
  notice: null,
  today: null,
};

function rulesFrom(saved: DigestSettings): RulesForm {
  return {
    ...DEFAULT_RULES,
    period: saved.period ?? null,
    basis: saved.basis,
    tolerance: thresholdText(saved.tolerance),
    changeThreshold: thresholdText(saved.changeThreshold),
    project: saved.forecast === 'linear',
    ...(saved.reports && {
      reports: {
        exceptions: saved.reports.includes('exceptions'),
        actions: saved.reports.includes('actions'),
      },
    }),
    ...(saved.dueSoonDays !== undefined && { dueSoon: String(saved.dueSoonDays) }),
  };
}

/** The form with `change` applied, remembering which recorded settings the user changed on purpose. */
function changedRules(rules: RulesForm, change: Partial<RulesForm>): RulesForm {
  const touched = (Object.keys(change) as (keyof RulesForm)[]).flatMap((k) => FIELD_SETTING[k] ?? []);
  return { ...rules, ...change, onPurpose: [...new Set([...rules.onPurpose, ...touched])] };
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

function savedSource(saved: DigestSettings | null | undefined): SourceChoice | null {
  if (saved?.sources?.length) return { kind: 'several', names: saved.sources };
  return saved?.sheet ? { kind: 'sheet', sheet: saved.sheet } : null;
}

/** The names compiled so far. */
const namesOf = (source: SourceChoice): string[] => (source.kind === 'several' ? source.names : []);

const ofOtherWorkbook = (name: string) => parseSourceName(name).file !== null;

/** With no name left, the best table again. */
const severalOf = (names: string[]): SourceChoice =>
  names.length > 0 ? { kind: 'several', names } : { kind: 'best' };

export function digestReducer(state: DigestState, action: DigestAction): DigestState {
  switch (action.type) {
    case 'workbookLoaded':
      return {
        ...state,
        workbook: { kind: 'loaded', sheets: action.sheets },
        rules: action.saved ? rulesFrom(action.saved) : state.rules,
        source: savedSource(action.saved) ?? state.source,
        roles: action.saved ? savedRoles(action.saved, action.sheets) : state.roles,
      };
    case 'workbookFailed':
      return { ...state, workbook: { kind: 'failed', error: action.error } };
    case 'sourceChosen':
      return edited(state, { source: action.source, roles: {}, notice: null });
    case 'sheetsTicked': {
      const files = namesOf(state.source).filter(ofOtherWorkbook);
      return edited(state, { source: severalOf([...action.sheets, ...files]), roles: {} });
    }
    case 'workbooksAdded': {
      const names = namesOf(state.source);
      const files = new Set(action.workbooks.map((w) => w.file?.toLowerCase()));
      return edited(state, {
        source: severalOf([...names, ...action.names.filter((n) => !names.includes(n))]),
        added: [...state.added.filter((w) => !files.has(w.file?.toLowerCase())), ...action.workbooks],
        roles: {},
      });
    }
    case 'roleChanged':
      return edited(state, { roles: { ...state.roles, [action.col]: action.role } });
    case 'rolesReset':
      return edited(state, { roles: {} });
    case 'rulesChanged':
      return edited(state, { rules: changedRules(state.rules, action.rules) });
    case 'generateStarted':
      return { ...state, progress: { kind: 'running', step: 'reading' }, notice: null };
    case 'generateProgressed':
      return state.progress.kind === 'running'
        ? { ...state, progress: { kind: 'running', step: action.step } }
        : state;
    case 'generateFinished': {
      const { result } = action;
      const workbook: WorkbookState = result.sheets
        ? { kind: 'loaded', sheets: result.sheets }
        : state.workbook;
      if (!result.ok) return { ...state, workbook, progress: { kind: 'idle' }, notice: result.notice };
      const { written, indicators, period } = result;
      return {
        ...state,
        workbook,
        progress: { kind: 'written', written, indicators, period },
        notice: result.notice,
      };
    }
    case 'noticeShown':
      return { ...state, notice: action.notice };
    case 'noticeDismissed':
      return { ...state, notice: null };
  }
}
