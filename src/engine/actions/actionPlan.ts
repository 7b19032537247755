/**
 * Issue 11: every action plan in the workbook, rated on its report date and grouped by timescale band, with a
 * question for the owner of each Red or Amber action (docs/rules.md §11 "Action plans").
 */
import { rangeAddress } from '../core/address';
import type { SheetGrid } from '../core/grid';
import type { DataIssue } from '../core/model';
import { DEFAULT_DUE_SOON_DAYS, type DigestSettings } from '../core/settings';
import { dayOfIso, daysOf, dayText, monthStartOf } from '../periods/calendarDate';
import { makePeriod } from '../periods/period';
import { isDigestSheet } from '../read/digestMarker';
import { rateAction, type ActionRating } from './rateAction';
import { findActionTables, readActionTable, type Band, type SourceAction } from './readActions';
import { reportDateAbove } from './reportDate';
import type { ActionRag } from './statusWords';

export interface RatedAction extends SourceAction, ActionRating {
  /** The band the tracker lists the action under. */
  band: Band;
  /** A question for the owner of a Red or Amber action; null for the others. */
  prompt: string | null;
}

export interface ActionBand extends Band {
  actions: RatedAction[];
}

export type AsOfSource = 'setting' | 'sheet' | 'today';

export interface ActionPlan {
  /** The sheet of the first action table. */
  sheet: string;
  /** Every sheet holding an action table, in workbook order. */
  sheets: string[];
  /** Where the actions were read from, e.g. `'Action plan'!A6:F30`. */
  source: string;
  /** The report date (a day), where it came from, and its cell when it was written above the table. */
  asOf: number | null;
  asOfFrom: AsOfSource | null;
  asOfCell: string | null;
  dueSoonDays: number;
  actions: RatedAction[];
  /** In timescale order: dated bands by their end, then open bands, then actions with no due date. */
  bands: ActionBand[];
  counts: Record<ActionRag, number>;
  issues: DataIssue[];
}

const RAG_WORD: Record<ActionRag, string> = {
  complete: 'Complete',
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
};

/** The question for the owner of a Red or Amber action, from why it is so. */
export function actionPrompt(action: SourceAction & ActionRating, asOf: number | null): string | null {
  if (action.rag !== 'red' && action.rag !== 'amber') return null;
  const due = action.due === null ? null : dayText(action.due);
  if (action.ragOverridden) return `Set by hand to ${RAG_WORD[action.rag]}: what is left to do, and by when?`;
  if (action.reason === 'past due') return `Due ${due}, not complete: what is left, and the new date?`;
  if (action.reason === 'due soon' && action.due !== null && asOf !== null) {
    const days = action.due - asOf;
    const when = days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`;
    return `Due ${due}, ${when}, and not marked on track: will it be done in time, and if not, what is the new date?`;
  }
  const marked = `Marked "${action.status ?? ''}"`;
  return action.rag === 'red'
    ? `${marked}: what is holding it up, and what is the new date?`
    : `${marked}: what is at risk, and what will bring it back on track${due ? ` by ${due}` : ''}?`;
}

const NO_DUE_DATE: Band = { label: 'No due date', first: null, last: null };

/** The band an action is listed under: its own or its heading's, else the quarter it is due in. */
function bandOf(action: SourceAction): Band {
  if (action.band) return action.band;
  if (action.due === null) return NO_DUE_DATE;
  const month = monthStartOf(action.due);
  const quarter = makePeriod('quarter', month - ((month - 3 + 12) % 3));
  const { first, last } = daysOf(quarter);
  return { label: `Due in ${quarter.label} (${dayText(first)} to ${dayText(last)})`, first, last };
}

function grouped(actions: RatedAction[]): ActionBand[] {
  const bands = new Map<string, ActionBand>();
  for (const action of actions) {
    const band = bands.get(action.band.label) ?? { ...action.band, actions: [] };
    band.actions.push(action);
    bands.set(action.band.label, band);
  }
  const order = (b: Band) => [b.last ?? Infinity, b.first ?? Infinity];
  // Array.prototype.sort is stable: bands with the same dates stay in the order first met.
  return [...bands.values()].sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || 0;
  });
}

function countOf(actions: RatedAction[]): Record<ActionRag, number> {
  const counts: Record<ActionRag, number> = { complete: 0, green: 0, amber: 0, red: 0 };
  for (const a of actions) counts[a.rag] += 1;
  return counts;
}

/**
 * Every action table of the workbook (our own digest sheets aside), rated on the report date: `settings.asOf`, else
 * the date written above the first table that has one, else `today` (a day, from the host's clock). Null where the
 * workbook holds no action table.
 */
export function readActionPlan(
  sheets: SheetGrid[],
  settings: Pick<DigestSettings, 'asOf' | 'dueSoonDays'>,
  today: number | null,
): ActionPlan | null {
  const tables = sheets.filter((s) => !isDigestSheet(s)).flatMap(findActionTables);
  const first = tables[0];
  if (!first) return null;
  const issues: DataIssue[] = [];
  const source = tables.flatMap((t) => readActionTable(t, issues));
  const given = settings.asOf === undefined ? null : dayOfIso(settings.asOf);
  const above = tables.map((t) => reportDateAbove(t.sheet, t.headerRow)).find((d) => d !== null) ?? null;
  const asOf = given ?? above?.day ?? today;
  const asOfFrom: AsOfSource | null =
    given !== null ? 'setting' : above ? 'sheet' : today !== null ? 'today' : null;
  const dueSoonDays = settings.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const actions = source.map((a): RatedAction => {
    const rating = rateAction(a, asOf, dueSoonDays);
    return { ...a, ...rating, band: bandOf(a), prompt: actionPrompt({ ...a, ...rating }, asOf) };
  });
  const sources = tables.map((t) => {
    const { row, col } = t.sheet.origin;
    return rangeAddress(t.sheet.name, t.headerRow + row, t.firstCol + col, t.lastRow + row, t.lastCol + col);
  });
  return {
    sheet: first.sheet.name,
    sheets: [...new Set(tables.map((t) => t.sheet.name))],
    source: sources.join(', '),
    asOf,
    asOfFrom,
    asOfCell: given === null ? (above?.cell ?? null) : null,
    dueSoonDays,
    actions,
    bands: grouped(actions),
    counts: countOf(actions),
    issues,
  };
}
