/**
 * What the pane shows of a workbook, as `digestPreview.ts` derives it: the types and constants the components need,
 * apart from the engine's reading and digesting, which load as their own chunk.
 */
import type { DigestOutcome, DigestSettings, RestorePlan, RoleChoice } from '../engine';
import type { RulesErrors } from './rulesForm';

/** A table as the pane lists it. */
export interface TableOption {
  id: string;
  label: string;
}

export interface MappedColumn {
  col: number;
  /** `B: Indicator`, the column letter and its header as the sheet shows it. */
  label: string;
  role: RoleChoice;
}

export interface PanePreview {
  options: TableOption[];
  /** The id of the chosen option; the user's selection has its own id. */
  selectedId: string | null;
  columns: MappedColumn[];
  facts: string[];
  mappingError: string | null;
  rulesErrors: RulesErrors;
  /** Rules accepted as they stand that are probably not what was meant. */
  rulesWarnings: RulesErrors;
  /** The rules in force that are not the defaults, in words (saved rules come back visibly). */
  rulesChanged: string[];
  /** The chosen table's periods, latest first. */
  periods: string[];
  /** What Generate would write; while a rule has an error, what the last good rules gave (see `stale`). */
  outcome: DigestOutcome | null;
  /** Why the preview is not what Generate would write (a rule with an error); Generate is then blocked. */
  stale: string | null;
  /** The settings Generate saves with the workbook; null while Generate is blocked. */
  settings: DigestSettings | null;
  /** The sheets of this workbook in the digest: the one chosen, or those ticked to compile several. */
  ticked: string[];
  /** Workbooks from disk in a compiled digest, by file name: read in this session, or not (left out, saying so). */
  workbooks: { file: string; read: boolean }[];
  /** The digest the last run replaced, kept hidden, which Restore previous digest puts back. */
  restorable: RestorePlan | null;
}

export const SELECTION_ID = '\u0000selection';

/** Before the workbook (and the preview's code) has loaded. */
export const NO_PREVIEW: PanePreview = {
  options: [],
  selectedId: null,
  columns: [],
  facts: [],
  mappingError: null,
  rulesErrors: {},
  rulesWarnings: {},
  rulesChanged: [],
  periods: [],
  outcome: null,
  stale: null,
  settings: null,
  ticked: [],
  workbooks: [],
  restorable: null,
};
