/**
 * Issue 12: a planned chart as DrawingML (ECMA-376 Part 1 §21.2, CT_ChartSpace / CT_LineChart / CT_LineSer, and
 * §20.5 CT_TwoCellAnchor): well-formed, elements in the schema's order, every series referring to the sheet's cells
 * with their values cached, each drawn as planned, and each chart anchored over its planned cells.
 */
import type { CellValue, PlannedChart } from '../../src/engine';
import { readXml } from '../../src/xlsx/read/xmlEvents';
import { chartPartXml, drawingPartXml } from '../../src/xlsx/write/chartXml';

/** The table the chart is drawn from: a header row at row 5 (B: Period, C: Value, D: Mean, E: Special cause concern). */
const CELLS: Record<string, CellValue> = {
  '5,1': 'Period',
  '5,2': 'Value',
  '5,3': 'Mean',
  '5,4': 'Special cause concern',
  '6,1': 'Jan 2020',
  '6,2': 0.65,
  '6,3': 0.6,
  '7,1': 'Feb 2020',
  '7,2': 0.4,
  '7,3': 0.6,
  '7,4': 0.4,
};
const at = (r: number, c: number) => CELLS[`${r},${c}`] ?? null;

const CHART: PlannedChart = {
  title: 'SS2 Reviews <on time> & "done"',
  description: 'XmR chart of reviews: 2 points',
  source: { row: 5, col: 1, rows: 3, cols: 4 },
  series: [
    { name: 'Value', colour: '#595959', line: 'solid', marker: 'circle' },
    { name: 'Mean', colour: '#000000', line: 'dash', marker: 'none' },
    { name: 'Special cause concern', colour: '#E46C0A', line: 'none', marker: 'circle' },
  ],
  anchor: { row: 4, col: 11, rows: 18, cols: 8 },
  numberFormat: '0%',
};

interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Element[];
  text: string;
}

/** The document as a tree (readXml throws on XML that is not well-formed). */
function tree(xml: string): Element {
  const root: Element = { name: '#root', attributes: {}, children: [], text: '' };
  const stack = [root];
  readXml(xml, {
    open: (name, attributes) => {
      const el: Element = { name, attributes, children: [], text: '' };
      stack[stack.length - 1]!.children.push(el);
      stack.push(el);
    },
    close: () => void stack.pop(),
    text: (t) => void (stack[stack.length - 1]!.text += t),
  });
  return root.children[0]!;
}

const all = (el: Element, name: string): Element[] => [
  ...el.children.filter((c) => c.name === name),
  ...el.children.flatMap((c) => all(c, name)),
];
const one = (el: Element, name: string) => all(el, name)[0]!;
const names = (el: Element) => el.children.map((c) => c.name);

describe('chartPartXml', () => {
  const chart = tree(chartPartXml(CHART, 'Charts Q3 2006-07', at));

  it('is a chart space holding one line chart with a series per planned series', () => {
    expect(chart.name).toBe('chartSpace');
    expect(all(one(chart, 'lineChart'), 'ser')).toHaveLength(3);
  });

  it('puts the chart’s children in the schema’s order', () => {
    expect(names(one(chart, 'chart'))).toEqual([
      'title',
      'autoTitleDeleted',
      'plotArea',
      'legend',
      'plotVisOnly',
      'dispBlanksAs',
    ]);
    expect(names(one(chart, 'plotArea'))).toEqual(['layout', 'lineChart', 'catAx', 'valAx']);
  });

  it('puts each series’ children in the schema’s order (CT_LineSer)', () => {
    for (const ser of all(chart, 'ser'))
      expect(names(ser)).toEqual(['idx', 'order', 'tx', 'spPr', 'marker', 'cat', 'val', 'smooth']);
  });

  it('names each series by its header cell, with absolute references on the quoted sheet', () => {
    const refs = all(chart, 'ser').map((s) => one(one(s, 'tx'), 'f').text);
    expect(refs).toEqual([
      "'Charts Q3 2006-07'!$C$6",
      "'Charts Q3 2006-07'!$D$6",
      "'Charts Q3 2006-07'!$E$6",
    ]);
  });

  it('takes the categories from the period column and each series’ values from its own column', () => {
    const [value, , concern] = all(chart, 'ser');
    expect(one(one(value!, 'cat'), 'f').text).toBe("'Charts Q3 2006-07'!$B$7:$B$8");
    expect(one(one(concern!, 'val'), 'f').text).toBe("'Charts Q3 2006-07'!$E$7:$E$8");
  });

  it('caches the values, leaving blank cells out as gaps', () => {
    const concern = all(chart, 'ser')[2]!;
    const points = all(one(concern, 'val'), 'pt').map((p) => [p.attributes.idx, one(p, 'v').text]);
    expect(points).toEqual([['1', '0.4']]);
    expect(one(one(concern, 'val'), 'ptCount').attributes.val).toBe('2');
    expect(one(chart, 'dispBlanksAs').attributes.val).toBe('gap');
  });

  it('caches the category labels', () => {
    const cat = one(all(chart, 'ser')[0]!, 'cat');
    expect(all(cat, 'v').map((v) => v.text)).toEqual(['Jan 2020', 'Feb 2020']);
  });

  it('draws a solid line, a dashed line, and markers without a line, in the planned colours', () => {
    const looks = all(chart, 'ser').map((s) => {
      const ln = one(one(s, 'spPr'), 'ln');
      return {
        line: all(ln, 'noFill').length ? 'none' : all(ln, 'prstDash').length ? 'dash' : 'solid',
        colour: all(ln, 'srgbClr')[0]?.attributes.val ?? null,
        marker: one(one(s, 'marker'), 'symbol').attributes.val,
      };
    });
    expect(looks).toEqual([
      { line: 'solid', colour: '595959', marker: 'circle' },
      { line: 'dash', colour: '000000', marker: 'none' },
      { line: 'none', colour: null, marker: 'circle' },
    ]);
  });

  it('fills a marker in its series’ colour: MDC’s concern orange', () => {
    const marker = one(all(chart, 'ser')[2]!, 'marker');
    expect(all(marker, 'srgbClr').map((c) => c.attributes.val)).toEqual(['E46C0A', 'E46C0A']);
  });

  it('writes the title as text, escaped', () => {
    expect(all(one(chart, 'title'), 't').map((t) => t.text)).toEqual(['SS2 Reviews <on time> & "done"']);
  });

  it('shows the value axis in the indicator’s format and the legend at the bottom', () => {
    expect(one(one(chart, 'valAx'), 'numFmt').attributes.formatCode).toBe('0%');
    expect(one(chart, 'legendPos').attributes.val).toBe('b');
  });

  it('crosses the two axes by their ids', () => {
    const ids = all(one(chart, 'lineChart'), 'axId').map((a) => a.attributes.val);
    expect(one(one(chart, 'catAx'), 'crossAx').attributes.val).toBe(ids[1]);
    expect(one(one(chart, 'valAx'), 'crossAx').attributes.val).toBe(ids[0]);
  });
});

describe('drawingPartXml', () => {
  const drawing = tree(
    drawingPartXml([
      { chart: CHART, relationshipId: 'rId1' },
      { chart: { ...CHART, anchor: { row: 24, col: 11, rows: 18, cols: 8 } }, relationshipId: 'rId2' },
    ]),
  );

  it('anchors each chart from its first cell to just past its last (zero-based columns and rows)', () => {
    const corners = all(drawing, 'twoCellAnchor').map((a) =>
      ['from', 'to'].map((c) => [one(one(a, c), 'col').text, one(one(a, c), 'row').text]),
    );
    expect(corners).toEqual([
      [
        ['11', '4'],
        ['19', '22'],
      ],
      [
        ['11', '24'],
        ['19', '42'],
      ],
    ]);
  });

  it('refers to each chart part by its relationship id', () => {
    expect(all(drawing, 'chart').map((c) => c.attributes['r:id'])).toEqual(['rId1', 'rId2']);
  });

  it('gives each chart a unique id, its title and its description as alternative text', () => {
    const props = all(drawing, 'cNvPr').map((p) => [p.attributes.id, p.attributes.title, p.attributes.descr]);
    expect(props).toEqual([
      ['2', CHART.title, CHART.description],
      ['3', CHART.title, CHART.description],
    ]);
  });
});
