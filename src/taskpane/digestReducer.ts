/**
 * All of the task pane's state, and every way it can change. Pure: the hook (`useDigestRun`) does the I/O and
 * dispatches what happened; what the digest would say is derived from this state (`digestPreview.ts`), never stored.
 */
import {
  parseSourceName,
  type CarriedOver,
  type DigestSettings,
  type SheetGrid,
  type WorkbookSource,
} from '../engine';
import type { HostFailure, RunStep } from './digestHost';
import type { DigestState, PaneMessage, SourceChoice } from './paneState';
import type { RoleChoice } from './columnRoles';
import { changedRules, DEFAULT_RULES, lastGood, rulesFrom, type RulesForm } from './rulesForm';

/** An action that ended: the workbook as it was read for it (null where it was not read), and what to say. */
export interface ActionResult {
  sheets: SheetGrid[] | null;
  message: PaneMessage;
}

export type DigestAction =
  /** `saved` only on opening: a re-read before writing keeps what the user chose. */
  | { type: 'workbookLoaded'; sheets: SheetGrid[]; saved?: DigestSettings | null }
  | { type: 'workbookFailed'; error: HostFailure }
  | { type: 'sourceChosen'; source: SourceChoice; message?: PaneMessage }
  /** The sheets of this workbook ticked for a compiled digest (added workbooks stay). */
  | { type: 'sheetsTicked'; sheets: string[] }
  /** Workbooks read from disk, each added to the sources as its best table (`names`). */
  | { type: 'workbooksAdded'; workbooks: WorkbookSource[]; names: string[] }
  | { type: 'roleChanged'; col: number; role: RoleChoice }
  | { type: 'rolesReset' }
  | { type: 'rulesChanged'; rules: Partial<RulesForm> }
  | { type: 'rulesReset' }
  | { type: 'runStarted'; step: RunStep }
  | { type: 'runProgressed'; step: RunStep }
  /** Generate asks before replacing a digest that holds typed text. */
  | { type: 'confirmAsked'; carried: CarriedOver }
  | { type: 'confirmAnswered' }
  /** Written, restored or not, nothing is running any more. */
  | { type: 'runFinished'; result: ActionResult }
  /** Anything else to say (a selection that could not be read, a cell that could not be selected). */
  | { type: 'messageShown'; message: PaneMessage }
  | { type: 'messageDismissed' };

export const initialDigestState: DigestState = {
  workbook: { kind: 'loading' },
  source: { kind: 'best' },
  added: [],
  roles: {},
  rules: DEFAULT_RULES,
  goodRules: DEFAULT_RULES,
  progress: { kind: 'idle' },
  message: null,
  confirming: null,
  shown: 0,
  today: null,
};

/** Any change to what would be written makes an earlier message about it stale. */
const edited = (state: DigestState, change: Partial<DigestState>): DigestState => ({
  ...state,
  ...change,
  message: null,
});

/** The question about what is carried over, answered: closed, its words kept for the dialog's way out. */
const closed = (state: DigestState): DigestState =>
  state.confirming ? { ...state, confirming: { ...state.confirming, open: false } } : state;

const say = (state: DigestState, message: PaneMessage): DigestState => ({
  ...state,
  message,
  shown: state.shown + 1,
});

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

/** Column choices saved with the workbook (sheet columns) as the pane keeps them (columns of the sheet's grid). */
function savedRoles(saved: DigestSettings, sheets: SheetGrid[]): DigestState['roles'] {
  const grid = sheets.find((g) => g.name === saved.sheet);
  if (!grid || !saved.columns) return {};
  return Object.fromEntries(saved.columns.roles.map((r) => [r.col - grid.origin.col, r.role]));
}

const UNDONE: PaneMessage = {
  place: 'columns',
  intent: 'info',
  title: 'Corrections undone',
  text: 'Every column is read as it was found.',
};

const RULES_RESET: PaneMessage = {
  place: 'rules',
  intent: 'info',
  title: 'Rules back to the defaults',
  text: 'The latest period with data, compared with the previous period, tolerance 5%, change threshold 0, no projections; the report date and due-soon days at their defaults.',
};

export function digestReducer(state: DigestState, action: DigestAction): DigestState {
  switch (action.type) {
    case 'workbookLoaded': {
      const rules = action.saved ? rulesFrom(action.saved) : state.rules;
      return {
        ...state,
        workbook: { kind: 'loaded', sheets: action.sheets },
        rules,
        goodRules: action.saved ? rules : state.goodRules,
        source: savedSource(action.saved) ?? state.source,
        roles: action.saved ? savedRoles(action.saved, action.sheets) : state.roles,
      };
    }
    case 'workbookFailed':
      return { ...state, workbook: { kind: 'failed', error: action.error } };
    case 'sourceChosen': {
      const next = edited(state, { source: action.source, roles: {} });
      return action.message ? say(next, action.message) : next;
    }
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
      return say(edited(state, { roles: {} }), UNDONE);
    case 'rulesChanged': {
      const rules = changedRules(state.rules, action.rules);
      return edited(state, { rules, goodRules: lastGood(state.goodRules, rules) });
    }
    case 'rulesReset': {
      // The report sheets chosen are what to write, not rules: they stay.
      const rules = { ...DEFAULT_RULES, reports: state.rules.reports };
      return say(edited(state, { rules, goodRules: rules }), RULES_RESET);
    }
    case 'runStarted':
      return { ...state, progress: { kind: 'running', step: action.step }, message: null };
    case 'runProgressed':
      return state.progress.kind === 'running'
        ? { ...state, progress: { kind: 'running', step: action.step } }
        : state;
    case 'confirmAsked':
      return { ...state, confirming: { carried: action.carried, open: true } };
    case 'confirmAnswered':
      return closed(state);
    case 'runFinished': {
      const { sheets, message } = action.result;
      const workbook = sheets ? { kind: 'loaded' as const, sheets } : state.workbook;
      return say({ ...closed(state), workbook, progress: { kind: 'idle' } }, message);
    }
    case 'messageShown':
      return say(state, action.message);
    case 'messageDismissed':
      return { ...state, message: null };
  }
}
