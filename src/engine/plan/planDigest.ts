/**
 * Rules §6 laid out on a sheet: the digest plan that the file and Office.js writers execute as it is.
 * Layout, top to bottom: title block (with the marker), summary, exceptions with commentary prompts,
 * indicators by outcome (with commentary), removed indicators, data issues.
 */
import { BASIS_TEXT, sourceLine } from '../digest/digestWords';
import { COLUMNS } from '../digest/earlierDigest';
import { earlierDigest, mergedCommentary } from './earlierSheets';
import type { DigestRun } from '../digest/runDigest';
import { hasIndicatorTable } from '../digest/runFacts';
import { recordedFields } from '../digest/history';
import { actionTracker } from './actionTracker';
import { exceptionsReport } from './exceptionsReport';
import { describeThreshold } from '../rate/thresholds';
import { markerText } from '../read/digestMarker';
import { dataIssues, removedIndicators } from './closingTables';
import { exceptionColumns, sectionColumns, type IndicatorColumn } from './indicatorColumns';
import { indicatorHeader, indicatorRow, indicatorStyles } from './indicatorTable';
import { planCharts } from './chartsSheet';
import type { DigestPlan, PlannedSheet } from './planTypes';
import { generatedOn, type PlanContext } from './planContext';
import { builtSheet, SheetBuilder, STYLE } from './sheetBuilder';
import { unusedSheetName } from './sheetNames';
import { summary } from './summaryTables';

function exceptions(b: SheetBuilder, run: DigestRun): void {
  b.add(['Exceptions'], [], STYLE.heading);
  b.add(
    ['Red and Amber indicators, then those getting worse, each with a question for the officer who owns it.'],
    [],
    STYLE.note,
  );
  if (run.digest.exceptions.length === 0) {
    b.add(['No exceptions this period: no indicator is Red or Amber, and none is getting worse.']);
    return;
  }
  const columns = exceptionColumns(run);
  indicatorHeader(b, columns);
  const first = b.row;
  for (const { indicator, prompt } of run.digest.exceptions) indicatorRow(b, columns, { indicator, prompt });
  indicatorStyles(b, columns, first);
}

/** Every indicator under its outcome, with its commentary; returns the header row, repeated on printed pages. */
function sections(
  b: SheetBuilder,
  run: DigestRun,
  columns: IndicatorColumn[],
  commentary: (string | null)[],
) {
  b.add(['Indicators by outcome'], [], STYLE.heading);
  const header = indicatorHeader(b, columns);
  const index = new Map(run.indicators.map((ind, i) => [ind, i]));
  const first = b.row;
  for (const section of run.digest.sections) {
    b.add([section.outcome ?? 'Other indicators'], [], STYLE.outcome);
    for (const indicator of section.indicators)
      indicatorRow(b, columns, { indicator, commentary: commentary[index.get(indicator) ?? -1] ?? null });
  }
  indicatorStyles(b, columns, first);
  return header;
}

export type { PlanContext } from './planContext';

/** The digest sheet itself (rules §6). */
function digestSheet(run: DigestRun, context: PlanContext): PlannedSheet {
  const { existingSheets, generatedAt } = context;
  const earlier = earlierDigest(existingSheets, run.period.label);
  const merged = mergedCommentary(run, context);
  const columns = sectionColumns(run);
  const b = new SheetBuilder(columns.length);
  const several = run.sources.length > 1;
  const { settings } = run;
  b.add([`Performance digest: ${run.period.label}`], [], STYLE.title);
  const source = several ? `Sources: the ${run.sources.length} below` : `Source: ${run.digest.source}`;
  b.add(
    [
      `Compared with ${run.comparisonPeriod.label} (${BASIS_TEXT[settings.basis]}). Tolerance ${describeThreshold(settings.tolerance)} unless a row gives an amber threshold. ${source}. Generated ${generatedOn(generatedAt)}.${run.historyNote ? ` ${run.historyNote}` : ''}`,
    ],
    [],
    STYLE.subtitle,
  );
  const polarities = run.digest.sections.flatMap((s) => s.indicators.map((i) => i.polarity));
  const plan = run.actions && { asOf: run.asOf, dueSoonDays: run.actions.dueSoonDays };
  b.add([markerText(run.period.label, recordedFields(settings, polarities, plan))], [], STYLE.marker);
  // Listed under the marker, which must stay within the sheet's first rows however many sources there are.
  if (several) for (const s of run.sources) b.add([sourceLine(s)], [], STYLE.subtitle);
  b.blank();
  summary(b, run);
  b.blank();
  exceptions(b, run);
  b.blank();
  const header = sections(b, run, columns, merged.byIndicator);
  removedIndicators(
    b,
    merged.removed,
    columns.findIndex((c) => c.header === COLUMNS.commentary),
  );
  dataIssues(b, run);
  const name = earlier
    ? earlier.name
    : unusedSheetName(
        `Digest ${run.period.label}`,
        existingSheets.map((s) => s.name),
      );
  return builtSheet(b, {
    name,
    replaces: earlier?.name ?? null,
    columnWidths: columns.map((c) => c.width),
    freezeRows: 1,
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      fitToPagesWide: 1,
      repeatRows: { first: header, last: header },
    },
  });
}

/**
 * The digest and its Charts sheet, then the report sheets asked for (issue 11): the exceptions report, and the
 * action-plan tracker (by default wherever the workbook holds an action plan). A workbook holding only an action plan
 * gets the tracker alone.
 */
export function planDigest(run: DigestRun, context: PlanContext): DigestPlan {
  const indicators = hasIndicatorTable(run);
  const kinds = run.settings.reports ?? (run.actions ? ['actions'] : []);
  const sheets: PlannedSheet[] = [];
  const taken = () => [...context.existingSheets.map((s) => s.name), ...sheets.map((s) => s.name)];
  if (indicators) sheets.push(digestSheet(run, context));
  // Issue 12's Charts sheet goes with the digest.
  if (indicators) sheets.push(planCharts(run, context.existingSheets, taken()));
  if (indicators && kinds.includes('exceptions')) sheets.push(exceptionsReport(run, context, taken()));
  if (run.actions && (kinds.includes('actions') || !indicators))
    sheets.push(actionTracker(run, run.actions, context, taken()));
  return { sheets };
}
