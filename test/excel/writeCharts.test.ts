/**
 * Issue 12 §3: the Charts sheet's XmR charts written through Office.js (ExcelApi 1.1 charts, 1.7 series formatting,
 * the value axis's format only where 1.8 is there), in the same two syncs as the rest of the digest.
 */
import type { DigestPlan, PlannedChart } from '../../src/engine';
import { planDigest } from '../../src/engine';
import { writeDigest } from '../../src/excel/writeDigest';
import { type ExcelSession, openInExcel } from '../support/excelSession';
import type { ChartModel } from '../support/fakeExcel/workbook';
import { FakeWorkbook } from '../support/fakeExcel/workbook';
import { digestOf, sheet } from '../support/grids';
import { monthlyRows, WORKED_EXAMPLE } from '../support/monthly';

let session: ExcelSession;
afterEach(() => session?.close());

/** Two Red indicators over 15 months: the MDC worked example, and one whose last point is far below its limits. */
function plan(): DigestPlan {
  const rows = [
    ...monthlyRows('Worked example', 'Higher', WORKED_EXAMPLE, 40),
    ...monthlyRows('Falling away', 'Higher', [...WORKED_EXAMPLE.slice(0, 14), 2], 40),
  ];
  const run = digestOf(sheet('Data', [['Indicator', 'Polarity', 'Period', 'Value', 'Target'], ...rows]));
  return planDigest(run, { existingSheets: [], generatedAt: new Date(Date.UTC(2021, 3, 1)) });
}

async function write(excelApi = '1.7') {
  const digest = plan();
  const workbook = new FakeWorkbook();
  workbook.addSheet('Data');
  session = await openInExcel(workbook, { excelApi });
  const before = session.host.recorder.syncCount;
  await Excel.run((ctx) => writeDigest(ctx, digest));
  const charts = workbook.sheet(digest.sheets[1]!.name)!.charts;
  return { digest, workbook, charts, syncs: session.host.recorder.syncCount - before };
}

const planned = (digest: DigestPlan, i: number): PlannedChart => digest.sheets[1]!.charts![i]!;

describe('the Charts sheet in Excel', () => {
  it('holds one native line chart per exception, titled with the indicator', async () => {
    const { charts } = await write();
    expect(charts.map((c) => [c.type, c.title])).toEqual([
      ['Line', 'Worked example'],
      ['Line', 'Falling away'],
    ]);
  });

  it('is written with the digest in the same two syncs', async () => {
    expect((await write()).syncs).toBe(2);
  });

  it('names the series from the header row, as planned', async () => {
    const { digest, charts } = await write();
    expect(charts[1]?.series.map((s) => s.name)).toEqual(planned(digest, 1).series.map((s) => s.name));
  });

  it('takes every series’ values from its column and its categories from the period column', async () => {
    const { digest, charts } = await write();
    const { source } = planned(digest, 0);
    const value = charts[0]!.series[0]!;
    expect(value.values).toEqual({
      r0: source.row + 1,
      c0: source.col + 1,
      r1: source.row + 15,
      c1: source.col + 1,
    });
    expect(value.categories).toEqual({
      r0: source.row + 1,
      c0: source.col,
      r1: source.row + 15,
      c1: source.col,
    });
  });

  it('draws each series in its planned colour, line and markers', async () => {
    const { digest, charts } = await write();
    const looks = (c: ChartModel) =>
      c.series.map((s) => [s.name, s.lineStyle, s.lineColor, s.markerStyle, s.markerBackground]);
    const expected = planned(digest, 1).series.map((s) => [
      s.name,
      { solid: 'Continuous', dash: 'Dash', none: 'None' }[s.line],
      s.line === 'none' ? null : s.colour,
      s.marker === 'circle' ? 'Circle' : 'None',
      s.marker === 'circle' ? s.colour : null,
    ]);
    expect(looks(charts[1]!)).toEqual(expected);
  });

  it('marks the special-cause point in MDC’s concern colour, as a series of its own', async () => {
    const { charts } = await write();
    const concern = charts[1]!.series.find((s) => s.name === 'Special cause concern');
    expect([concern?.lineStyle, concern?.markerBackground]).toEqual(['None', '#E46C0A']);
  });

  it('places each chart over the planned cells, legend at the bottom', async () => {
    const { digest, charts } = await write();
    const { anchor } = planned(digest, 0);
    expect(charts[0]?.position?.from).toMatch(new RegExp(`!L${anchor.row + 1}$`));
    expect(charts[0]?.position?.to).toMatch(new RegExp(`!S${anchor.row + anchor.rows}$`));
    expect(charts[0]?.legendPosition).toBe('Bottom');
  });

  it('leaves the value axis as Excel makes it on ExcelApi 1.7', async () => {
    expect((await write('1.7')).charts[0]?.valueAxisFormat).toBe('General');
  });

  it('gives the value axis the indicator’s format where ExcelApi 1.8 is there', async () => {
    const { digest, charts } = await write('1.8');
    expect(charts[0]?.valueAxisFormat).toBe(planned(digest, 0).numberFormat);
  });
});
