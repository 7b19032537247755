/**
 * Issue 11 (docs/rules.md §11 "The tracker"): the action-plan tracker sheet, as seed 003's JAR plan reads: the report
 * date, counts of completed / on track / at risk / overdue actions, then the actions by timescale band in order, each
 * with its owner, due date, status, RAG (never colour alone; Complete in blue), progress kept whole, and a question
 * for the owner of each Red or Amber action. A4 landscape, one page wide, no gridlines.
 */
import type { CellValue } from '../core/grid';
import type { ActionBand, ActionPlan, RatedAction } from '../actions/actionPlan';
import type { ActionRag } from '../actions/statusWords';
import {
  ACTION_RAG_COLOURS,
  ACTION_RAG_MEANING,
  ACTION_RAG_ORDER,
  ACTION_RAG_TEXT,
} from '../digest/actionWords';
import type { DigestRun } from '../digest/runDigest';
import { dayText } from '../periods/calendarDate';
import { reportMarkerText } from '../read/digestMarker';
import { earlierReport } from './earlierSheets';
import { generatedOn, type PlanContext } from './planContext';
import type { PlannedSheet } from './planTypes';
import { builtSheet, SheetBuilder, STYLE } from './sheetBuilder';
import { unusedSheetName } from './sheetNames';

/** How the sheet's marker names it. */
const ACTION_TRACKER = 'action plan tracker';

/** Excel's serial of a day (days since 1 January 1970): dates are written as dates, in the `d mmm yyyy` format. */
const serialOf = (day: number) => day + 25_569;
const DATE_FORMAT = 'd mmm yyyy';

interface TrackerColumn {
  header: string;
  width: number;
  wrap?: boolean;
  value: (a: RatedAction) => CellValue;
  format?: (a: RatedAction) => string;
}

const COLUMNS: TrackerColumn[] = [
  { header: 'Action', width: 44, wrap: true, value: (a) => (a.ref ? `${a.ref} ${a.text}` : a.text) },
  { header: 'Owner', width: 14, wrap: true, value: (a) => a.owner },
  {
    header: 'Due',
    width: 12,
    value: (a) => (a.due === null ? a.dueText : serialOf(a.due)),
    format: (a) => (a.due === null ? '@' : DATE_FORMAT),
  },
  { header: 'Status', width: 13, wrap: true, value: (a) => a.status },
  { header: 'RAG', width: 10, value: (a) => ACTION_RAG_TEXT[a.rag] },
  { header: 'Summary of progress', width: 60, wrap: true, value: (a) => a.progress },
  { header: 'Question for the owner', width: 36, wrap: true, value: (a) => a.prompt },
];
const RAG_COL = COLUMNS.findIndex((c) => c.header === 'RAG');

const LIGHT_RULE = '#BFBFBF';

function countsText(actions: RatedAction[]): string {
  return ACTION_RAG_ORDER.flatMap((rag) => {
    const n = actions.filter((a) => a.rag === rag).length;
    return n > 0 ? [`${n} ${ACTION_RAG_MEANING[rag].toLowerCase()}`] : [];
  }).join(', ');
}

function ragRules(b: SheetBuilder, row: number, rows: number): void {
  const range = { row, col: RAG_COL, rows, cols: 1 };
  for (const rag of ACTION_RAG_ORDER)
    b.textRules.push({
      range,
      beginsWith: ACTION_RAG_TEXT[rag],
      fill: ACTION_RAG_COLOURS[rag].fill,
      fontColor: ACTION_RAG_COLOURS[rag].font,
    });
}

/** The counts under coloured headings, from column B, beside the number of actions in A. */
function summary(b: SheetBuilder, plan: ActionPlan): void {
  b.add(['Summary'], [], STYLE.heading);
  const cols = ACTION_RAG_ORDER.length + 1;
  const header = b.add(
    ['Actions', ...ACTION_RAG_ORDER.map((rag: ActionRag) => ACTION_RAG_MEANING[rag])],
    [],
    { ...STYLE.tableHeader, horizontal: 'center' },
    cols,
  );
  ACTION_RAG_ORDER.forEach((rag, i) =>
    b.style(
      { row: header, col: i + 1, rows: 1, cols: 1 },
      { fill: ACTION_RAG_COLOURS[rag].fill, fontColor: ACTION_RAG_COLOURS[rag].font },
    ),
  );
  const counts = b.add([plan.actions.length, ...ACTION_RAG_ORDER.map((rag) => plan.counts[rag])]);
  b.style({ row: counts, col: 0, rows: 1, cols }, { horizontal: 'center', bold: true });
}

function band(b: SheetBuilder, { label, actions }: ActionBand): void {
  b.add(
    [`${label} (${actions.length} action${actions.length === 1 ? '' : 's'}: ${countsText(actions)})`],
    [],
    STYLE.outcome,
  );
  const first = b.row;
  for (const action of actions)
    b.add(
      COLUMNS.map((c) => c.value(action)),
      COLUMNS.map((c) => c.format?.(action) ?? '@'),
    );
  b.style(
    { row: first, col: 0, rows: b.row - first, cols: COLUMNS.length },
    { ...STYLE.body, horizontal: 'left' },
  );
  COLUMNS.forEach((c, col) => {
    if (c.wrap) b.style({ row: first, col, rows: b.row - first, cols: 1 }, STYLE.wrap);
  });
  b.style({ row: first, col: COLUMNS.length - 1, rows: b.row - first, cols: 1 }, { italic: true });
  // A light rule under each action (one range per row: a range's bottom border is only its last row's).
  for (let r = first; r < b.row; r++)
    b.style({ row: r, col: 0, rows: 1, cols: COLUMNS.length }, { borderBottom: LIGHT_RULE });
  ragRules(b, first, b.row - first);
}

function reportDateText(plan: ActionPlan): string {
  if (plan.asOf === null) return 'No report date: actions are rated by their status alone.';
  const from =
    plan.asOfFrom === 'sheet'
      ? ` (written above the plan, ${plan.asOfCell})`
      : plan.asOfFrom === 'setting'
        ? ' (as chosen)'
        : ' (today: no date is written above the plan)';
  return `Report date ${dayText(plan.asOf)}${from}.`;
}

function issues(b: SheetBuilder, plan: ActionPlan): void {
  if (plan.issues.length === 0) return;
  b.blank();
  b.add(['Data issues in the action plan'], [], STYLE.heading);
  const first = b.row;
  for (const i of plan.issues)
    b.add([`${i.severity === 'error' ? 'Error' : 'Warning'}: ${i.message}`, null, i.cell], ['@', '@', '@']);
  b.style({ row: first, col: 0, rows: b.row - first, cols: 1 }, STYLE.wrap);
}

export function actionTracker(
  run: DigestRun,
  plan: ActionPlan,
  context: PlanContext,
  taken: string[],
): PlannedSheet {
  const earlier = earlierReport(context.existingSheets, ACTION_TRACKER, run.period.label);
  const b = new SheetBuilder(COLUMNS.length);
  b.add([`Action plan tracker: ${plan.sheet}`], [], STYLE.title);
  b.add(
    [
      `${reportDateText(plan)} Due soon: within ${plan.dueSoonDays} days. Source: ${plan.source}. Generated ${generatedOn(context.generatedAt)}.`,
    ],
    [],
    STYLE.subtitle,
  );
  b.add([reportMarkerText(ACTION_TRACKER, run.period.label)], [], STYLE.marker);
  b.blank();
  summary(b, plan);
  b.blank();
  b.add(['Actions by timescale'], [], STYLE.heading);
  b.add(
    [
      `RAG: Complete (blue) once completed; Red when past its due date and not complete; Amber when due within ${plan.dueSoonDays} days and not marked on track; otherwise the colour its status says. A RAG override column wins.`,
    ],
    [],
    STYLE.note,
  );
  const header = b.add(
    COLUMNS.map((c) => c.header),
    [],
    STYLE.tableHeader,
  );
  for (const each of plan.bands) band(b, each);
  issues(b, plan);
  return builtSheet(b, {
    name: earlier?.name ?? unusedSheetName(`Actions ${run.period.label}`, taken),
    replaces: earlier?.name ?? null,
    columnWidths: COLUMNS.map((c) => c.width),
    freezeRows: 0,
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      fitToPagesWide: 1,
      repeatRows: { first: header, last: header },
    },
    showGridlines: false,
  });
}
