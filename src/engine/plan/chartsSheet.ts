/**
 * Issue 12: the Charts sheet that goes with a digest: one XmR chart per exception (Red, then Amber, then Worsening, as
 * in the digest), each over a table of its points. It replaces our Charts sheet of the same period, found by its
 * marker; there is always one, so that a run with no exceptions leaves no stale charts behind.
 */
import { reportMarkerText, reportOf } from '../read/digestMarker';
import type { DigestRun } from '../digest/runDigest';
import type { ExistingSheet, PlannedChart, PlannedSheet } from './planTypes';
import { builtSheet, SheetBuilder, STYLE } from './sheetBuilder';
import { unusedSheetName } from './sheetNames';
import { CHART_COL, CHART_COLS, PERIOD_COL, READING_COL, xmrChartBlock } from './xmrChart';

export const CHARTS_REPORT = 'charts';
/** More charts than this make a sheet nobody reads and a write Excel may refuse; the digest lists the rest. */
export const MAX_CHARTS = 50;

/** Character widths: the reading, the period, eight series, a gap, then the chart's columns. */
const WIDTHS = (() => {
  const widths = Array<number>(CHART_COL + CHART_COLS).fill(10);
  widths[READING_COL] = 30;
  widths[PERIOD_COL] = 11;
  widths[CHART_COL - 1] = 2;
  return widths;
})();

export function planCharts(run: DigestRun, existing: ExistingSheet[], taken: string[]): PlannedSheet {
  const label = run.period.label;
  const earlier = existing.find((s) => {
    const report = s.grid && reportOf(s.grid);
    return report?.report === CHARTS_REPORT && report.period === label;
  });
  const b = new SheetBuilder(WIDTHS.length);
  b.add([`SPC charts: ${label}`], [], STYLE.title);
  b.add(
    [
      'One XmR chart per exception, in the order of the digest. Process limits need 13 points; points that MDC rules mark as special cause are named in the Point column and coloured in the chart.',
    ],
    [],
    STYLE.subtitle,
  );
  b.add([reportMarkerText(CHARTS_REPORT, label)], [], STYLE.marker);
  b.blank();
  const charted = run.digest.exceptions.flatMap(({ indicator }) =>
    indicator.stats.spc ? [{ indicator, spc: indicator.stats.spc }] : [],
  );
  if (charted.length === 0) b.add(['No exceptions with values this period, so no charts.']);
  if (charted.length > MAX_CHARTS)
    b.add(
      [`Charts for the first ${MAX_CHARTS} of ${charted.length} exceptions; the digest lists them all.`],
      [],
      STYLE.note,
    );
  const charts: PlannedChart[] = charted
    .slice(0, MAX_CHARTS)
    .map(({ indicator, spc }) => xmrChartBlock(b, indicator, spc));
  return builtSheet(b, {
    name: earlier?.name ?? unusedSheetName(`Charts ${label}`, taken),
    replaces: earlier?.name ?? null,
    columnWidths: WIDTHS,
    freezeRows: 0,
    print: { orientation: 'landscape', paperSize: 'A4', fitToPagesWide: 1 },
    charts,
  });
}
