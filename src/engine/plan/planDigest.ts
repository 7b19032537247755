/**
 * Rules §6 laid out on a sheet: the digest plan that the file and Office.js writers execute as it is.
 * Layout, top to bottom: title block (with the marker), summary, exceptions with commentary prompts,
 * indicators by outcome (with commentary), removed indicators, data issues.
 */
import { mergeCommentary } from '../digest/commentary';
import { BASIS_TEXT, sourceLine } from '../digest/digestWords';
import { COLUMNS, readDigestSheet } from '../digest/earlierDigest';
import type { DigestRun } from '../digest/runDigest';
import { describeThreshold } from '../rate/thresholds';
import { markerText } from '../read/digestMarker';
import { dataIssues, removedIndicators } from './closingTables';
import { exceptionColumns, sectionColumns, type IndicatorColumn } from './indicatorColumns';
import { indicatorHeader, indicatorRow, indicatorStyles } from './indicatorTable';
import { planCharts } from './chartsSheet';
import type { DigestPlan, ExistingSheet } from './planTypes';
import { SheetBuilder, STYLE } from './sheetBuilder';
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

export interface PlanContext {
  existingSheets: ExistingSheet[];
  generatedAt: Date;
}

function generatedOn(d: Date): string {
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function planDigest(run: DigestRun, { existingSheets, generatedAt }: PlanContext): DigestPlan {
  const earlier = existingSheets
    .map((s) => ({ name: s.name, digest: s.grid && readDigestSheet(s.grid) }))
    .find((s) => s.digest?.period === run.period.label);
  const merged = mergeCommentary(run.indicators, earlier?.digest?.commentary ?? []);
  const columns = sectionColumns(run);
  const b = new SheetBuilder(columns.length);
  const several = run.sources.length > 1;
  const { settings } = run;
  b.add([`Performance digest: ${run.period.label}`], [], STYLE.title);
  const source = several ? `Sources: the ${run.sources.length} below` : `Source: ${run.digest.source}`;
  b.add(
    [
      `Compared with ${run.comparisonPeriod.label} (${BASIS_TEXT[settings.basis]}). Tolerance ${describeThreshold(settings.tolerance)} unless a row gives an amber threshold. ${source}. Generated ${generatedOn(generatedAt)}.`,
    ],
    [],
    STYLE.subtitle,
  );
  b.add([markerText(run.period.label)], [], STYLE.marker);
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
  return {
    sheets: [
      {
        name,
        replaces: earlier?.name ?? null,
        blocks: [{ row: 0, col: 0, values: b.values, numberFormats: b.formats }],
        styles: b.styles,
        textRules: b.textRules,
        columnWidths: columns.map((c) => c.width),
        freezeRows: 1,
        print: {
          orientation: 'landscape',
          paperSize: 'A4',
          fitToPagesWide: 1,
          repeatRows: { first: header, last: header },
        },
      },
      planCharts(run, existingSheets, [...existingSheets.map((s) => s.name), name]),
    ],
  };
}
