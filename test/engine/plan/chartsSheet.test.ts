/**
 * Issue 12 §3: the Charts sheet planned with the digest: one XmR chart per exception over a table of its points, the
 * series the indicator has (limits from 13 points, a target where there is one, a series per special-cause class),
 * its marker, and the earlier Charts sheet of the same period replaced.
 */
import {
  isDigestSheet,
  planDigest,
  type CellValue,
  type DigestPlan,
  type PlannedSheet,
} from '../../../src/engine';
import { MAX_CHARTS } from '../../../src/engine/plan/chartsSheet';
import { digestOf, sheet } from '../../support/grids';
import { monthlyRows, WORKED_EXAMPLE } from '../../support/monthly';

const HEADER = ['Indicator', 'Polarity', 'Period', 'Value', 'Target'];
const GENERATED = new Date(Date.UTC(2021, 3, 1));

function planOf(
  rows: CellValue[][],
  existingSheets: { name: string; grid: ReturnType<typeof sheet> | null }[] = [],
) {
  return planDigest(digestOf(sheet('Data', [HEADER, ...rows])), { existingSheets, generatedAt: GENERATED });
}

const chartsOf = (plan: DigestPlan): PlannedSheet => plan.sheets[1]!;
const cellsOf = (s: PlannedSheet) => s.blocks.flatMap((b) => b.values);

/** Red (target 40) over the worked example, its last point far below the limits. */
const falling = monthlyRows('Falling away', 'Higher', [...WORKED_EXAMPLE.slice(0, 14), 2], 40);
/** Green and improving (target 10, ending up): no exception, so no chart. */
const steady = monthlyRows('Steady', 'Higher', [...WORKED_EXAMPLE.slice(0, 14), 25], 10);

describe('the Charts sheet', () => {
  const plan = planOf([...falling, ...steady]);
  const charts = chartsOf(plan);

  it('comes after the digest, named for the period', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(['Digest Mar 2021', 'Charts Mar 2021']);
  });

  it('carries a marker by which it is never read as a source of indicators', () => {
    expect(isDigestSheet(sheet(charts.name, cellsOf(charts)))).toBe(true);
  });

  it('draws a chart for each exception only', () => {
    expect(charts.charts?.map((c) => c.title)).toEqual(['Falling away']);
  });

  it('names its series: value, mean, process limits, target and the special-cause class that occurs', () => {
    expect(charts.charts?.[0]?.series.map((s) => s.name)).toEqual([
      'Value',
      'Mean',
      'Lower process limit',
      'Upper process limit',
      'Target',
      'Special cause concern',
    ]);
  });

  it('draws the special-cause points as markers in MDC’s colour, with no line', () => {
    expect(charts.charts?.[0]?.series[5]).toEqual({
      name: 'Special cause concern',
      colour: '#E46C0A',
      line: 'none',
      marker: 'circle',
    });
  });

  it('reads the chart from a table whose header names the series and whose rows are the periods', () => {
    const { source } = charts.charts![0]!;
    const cells = cellsOf(charts);
    expect(cells[source.row]?.slice(source.col, source.col + source.cols)).toEqual([
      'Period',
      ...charts.charts![0]!.series.map((s) => s.name),
    ]);
    expect(cells[source.row + 15]?.slice(source.col - 1, source.col + 2)).toEqual([
      'Special cause concern, low',
      'Mar 2021',
      2,
    ]);
  });

  it('leaves a special-cause column blank at common-cause points, so the chart draws no marker there', () => {
    const { source } = charts.charts![0]!;
    const concern = cellsOf(charts)
      .slice(source.row + 1, source.row + 16)
      .map((r) => r[source.col + 6]);
    expect(concern).toEqual([...Array(14).fill(null), 2]);
  });

  it('describes the chart in words for its alternative text', () => {
    expect(charts.charts?.[0]?.description).toMatch(
      /^XmR chart of Falling away: 15 points from Jan 2020 to Mar 2021; mean .*, process limits .* to .*, target 40\. Special cause concern, low; target: fail\.$/,
    );
  });
});

describe('a chart of fewer than 13 points', () => {
  /** Worsening with no target: an exception. */
  const short = monthlyRows('Short', 'Higher', [8, 7, 6, 5], 10).map((r) => [...r.slice(0, 4), null]);

  it('has no process limits and, without a target, no target line', () => {
    const charts = chartsOf(planOf(short)).charts;
    expect(charts?.[0]?.series.map((s) => s.name)).toEqual(['Value', 'Mean']);
  });
});

describe('charts that do not overlap', () => {
  const rows = ['A', 'B', 'C'].flatMap((n) => monthlyRows(n, 'Higher', WORKED_EXAMPLE, 40));

  it('anchors each chart below the one before', () => {
    const anchors = chartsOf(planOf(rows)).charts!.map((c) => c.anchor);
    anchors
      .slice(1)
      .forEach((a, i) => expect(a.row).toBeGreaterThanOrEqual(anchors[i]!.row + anchors[i]!.rows));
  });
});

describe('at most MAX_CHARTS charts', () => {
  const rows = Array.from({ length: MAX_CHARTS + 2 }, (_, i) =>
    monthlyRows(`Indicator ${i}`, 'Higher', [1, 2], 40),
  ).flat();
  const charts = chartsOf(planOf(rows));

  it(`draws the first ${MAX_CHARTS} exceptions`, () => {
    expect(charts.charts).toHaveLength(MAX_CHARTS);
  });

  it('says the digest lists the rest', () => {
    expect(cellsOf(charts).flat()).toContain(
      `Charts for the first ${MAX_CHARTS} of ${MAX_CHARTS + 2} exceptions; the digest lists them all.`,
    );
  });
});

describe('replacing', () => {
  it('replaces our Charts sheet of the same period, keeping its name', () => {
    const first = chartsOf(planOf(falling));
    const renamed = { name: 'My charts', grid: sheet('My charts', cellsOf(first)) };
    const again = chartsOf(planOf(falling, [renamed]));
    expect([again.name, again.replaces]).toEqual(['My charts', 'My charts']);
  });

  it('does not replace a sheet of the user’s named like it, and takes another name', () => {
    const users = { name: 'Charts Mar 2021', grid: sheet('Charts Mar 2021', [['My own notes']]) };
    const charts = chartsOf(planOf(falling, [users]));
    expect([charts.name, charts.replaces]).toEqual(['Charts Mar 2021 (2)', null]);
  });

  it('is planned without exceptions too, saying so, so an earlier one leaves no stale charts', () => {
    const charts = chartsOf(planOf(steady));
    expect(charts.charts).toEqual([]);
    expect(cellsOf(charts).flat()).toContain('No exceptions with values this period, so no charts.');
  });
});
