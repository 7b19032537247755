/**
 * Issue 12: the package writer adds the Charts sheet's charts as parts (a drawing related from the sheet, a chart part
 * per chart related from the drawing, each with its content type, and `<drawing r:id>` in the sheet), and a run made
 * again on its own output replaces them, leaving no earlier drawing or chart behind.
 */
import { strFromU8, unzipSync } from 'fflate';
import { planDigest, type CellValue, type DigestPlan } from '../../src/engine';
import { readRelationships, relsPartOf } from '../../src/xlsx/read/relationships';
import { readWorkbookBytes } from '../../src/xlsx/read/readWorkbook';
import { digestWorkbookBytes } from '../../src/xlsx/writeWorkbookFile';
import { digestOf } from '../support/grids';
import { monthlyRows, WORKED_EXAMPLE } from '../support/monthly';
import { workbookPackage } from './packages';

/** A long table of two Red indicators over 15 months, as inline strings and numbers. */
function input(): Uint8Array {
  const rows: CellValue[][] = [
    ['Indicator', 'Polarity', 'Period', 'Value', 'Target'],
    ...monthlyRows('Worked example', 'Higher', WORKED_EXAMPLE, 40),
    ...monthlyRows('Second', 'Higher', WORKED_EXAMPLE, 40),
  ];
  const cell = (v: CellValue, r: number, c: number) => {
    const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
    return typeof v === 'number'
      ? `<c r="${ref}"><v>${v}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  };
  const body = rows.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, r, c)).join('')}</row>`);
  return workbookPackage({ sheets: { Data: `<sheetData>${body.join('')}</sheetData>` } });
}

function digestOfPackage(bytes: Uint8Array): { plan: DigestPlan; out: Uint8Array } {
  const read = readWorkbookBytes(bytes, 'in.xlsx');
  const run = digestOf(read.grids);
  const plan = planDigest(run, {
    existingSheets: read.grids.map((grid) => ({ name: grid.name, grid })),
    generatedAt: new Date(Date.UTC(2021, 3, 1)),
  });
  return { plan, out: digestWorkbookBytes(read.pkg, plan) };
}

const partsOf = (bytes: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

/** The Charts sheet's part, found through the workbook's relationships. */
function chartsSheetPart(parts: Record<string, string>): string {
  const sheet = /<sheet name="Charts Mar 2021" sheetId="\d+" r:id="(\w+)"/.exec(
    parts['xl/workbook.xml']!,
  )?.[1];
  return readRelationships('xl/workbook.xml', parts['xl/_rels/workbook.xml.rels']!).find(
    (r) => r.id === sheet,
  )!.part;
}

describe('the Charts sheet in the package', () => {
  const { out } = digestOfPackage(input());
  const parts = partsOf(out);
  const sheet = chartsSheetPart(parts);

  it('refers from the Charts sheet to one drawing, by the relationship id its <drawing> names', () => {
    const drawings = readRelationships(sheet, parts[relsPartOf(sheet)]!).filter((r) => r.kind === 'drawing');
    expect(drawings).toHaveLength(1);
    expect(parts[sheet]).toContain(`<drawing r:id="${drawings[0]!.id}"/>`);
  });

  it('relates a chart part from the drawing for each exception', () => {
    const drawing = readRelationships(sheet, parts[relsPartOf(sheet)]!)[0]!.part;
    const charts = readRelationships(drawing, parts[relsPartOf(drawing)]!).filter((r) => r.kind === 'chart');
    expect(charts.map((c) => c.part)).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml']);
    expect(charts.every((c) => parts[c.part]?.includes('<c:lineChart>'))).toBe(true);
  });

  it('gives the drawing and each chart its content type', () => {
    const types = parts['[Content_Types].xml']!;
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    for (const n of [1, 2])
      expect(types).toContain(
        `<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
  });

  it('gives the digest sheet no drawing', () => {
    expect(Object.keys(parts).filter((p) => p.startsWith('xl/drawings/') && p.endsWith('.xml'))).toEqual([
      'xl/drawings/drawing1.xml',
    ]);
  });

  it('replaces the drawing and charts when made again on its own output, leaving none of the earlier ones', () => {
    const again = partsOf(digestOfPackage(out).out);
    const drawn = Object.keys(again).filter((p) => /^xl\/(drawings|charts)\//.test(p));
    expect(drawn.sort()).toEqual([
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/drawings/drawing1.xml',
    ]);
    expect(again['[Content_Types].xml']!.match(/drawingml\.chart\+xml/g)).toHaveLength(2);
    expect(chartsSheetPart(again)).toBe(sheet);
  });
});

it('keeps the sheet part well formed for readers: the Charts sheet reads back with its marker', () => {
  const read = readWorkbookBytes(digestOfPackage(input()).out, 'out.xlsx');
  const charts = read.grids.find((g) => g.name === 'Charts Mar 2021');
  expect(charts?.values[2]?.[0]).toMatch(/^Made by Performance Digest \(v1; charts for period Mar 2021\)/);
});
