/**
 * Issue 12: a planned chart as DrawingML (ECMA-376 Part 1, §21.2 charts and §20.5 spreadsheet drawings): a chart part
 * (`c:chartSpace` with one `c:lineChart`, a series per planned series, referring to the sheet's cells with their
 * values cached) and the drawing part that anchors each chart over its cells. Pure: text in, text out.
 */
import {
  columnLetters,
  quoteSheetName,
  type CellValue,
  type GridRange,
  type PlannedChart,
  type PlannedSeries,
} from '../../engine';

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const CHART_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const DRAWING_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/** The category and value axes' ids, shared by every chart (ids are per chart part). */
const CAT_AX = 50010;
const VAL_AX = 50020;

/** Text for DrawingML: the five XML escapes; characters XML cannot hold are dropped. */
function text(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!)
  );
}

/** `'Charts Q3 2006-07'!$B$6:$B$20` */
function reference(sheet: string, r: GridRange): string {
  const cell = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  const first = cell(r.row, r.col);
  const last = cell(r.row + r.rows - 1, r.col + r.cols - 1);
  return `${quoteSheetName(sheet)}!${first === last ? first : `${first}:${last}`}`;
}

const colour = (hex: string) => `<a:srgbClr val="${hex.replace('#', '').toUpperCase()}"/>`;

function lineLook(s: PlannedSeries): string {
  if (s.line === 'none') return '<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>';
  const dash = s.line === 'dash' ? '<a:prstDash val="dash"/>' : '';
  return `<c:spPr><a:ln w="19050" cap="rnd"><a:solidFill>${colour(s.colour)}</a:solidFill>${dash}<a:round/></a:ln></c:spPr>`;
}

function markerLook(s: PlannedSeries): string {
  if (s.marker === 'none') return '<c:marker><c:symbol val="none"/></c:marker>';
  const fill = `<a:solidFill>${colour(s.colour)}</a:solidFill>`;
  return `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${fill}<a:ln>${fill}</a:ln></c:spPr></c:marker>`;
}

/** A cache of the cells' text (names, categories) or numbers (values), blank cells left out. */
function cache(kind: 'str' | 'num', cells: CellValue[], formatCode = 'General'): string {
  const points = cells
    .map((v, i) => {
      if (v === null || v === '') return '';
      if (kind === 'num' && typeof v !== 'number') return '';
      return `<c:pt idx="${i}"><c:v>${text(String(v))}</c:v></c:pt>`;
    })
    .join('');
  const format = kind === 'num' ? `<c:formatCode>${text(formatCode)}</c:formatCode>` : '';
  return `<c:${kind}Cache>${format}<c:ptCount val="${cells.length}"/>${points}</c:${kind}Cache>`;
}

const column = (r: GridRange, offset: number): GridRange => ({
  row: r.row + 1,
  col: r.col + offset,
  rows: r.rows - 1,
  cols: 1,
});

const cellsOf = (r: GridRange, at: (row: number, col: number) => CellValue): CellValue[] =>
  Array.from({ length: r.rows }, (_, i) => at(r.row + i, r.col));

function seriesXml(
  chart: PlannedChart,
  i: number,
  sheet: string,
  at: (row: number, col: number) => CellValue,
): string {
  const s = chart.series[i]!;
  const name: GridRange = { row: chart.source.row, col: chart.source.col + 1 + i, rows: 1, cols: 1 };
  const categories = column(chart.source, 0);
  const values = column(chart.source, 1 + i);
  return [
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>`,
    `<c:tx><c:strRef><c:f>${text(reference(sheet, name))}</c:f>${cache('str', [s.name])}</c:strRef></c:tx>`,
    lineLook(s),
    markerLook(s),
    `<c:cat><c:strRef><c:f>${text(reference(sheet, categories))}</c:f>${cache('str', cellsOf(categories, at))}</c:strRef></c:cat>`,
    `<c:val><c:numRef><c:f>${text(reference(sheet, values))}</c:f>${cache('num', cellsOf(values, at), chart.numberFormat)}</c:numRef></c:val>`,
    '<c:smooth val="0"/></c:ser>',
  ].join('');
}

function titleXml(title: string): string {
  const run = `<a:r><a:rPr lang="en-GB" sz="1200" b="1"/><a:t>${text(title)}</a:t></a:r>`;
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>${run}</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

const AXES = [
  `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>`,
  '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>',
  `<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`,
].join('');

function valueAxis(numberFormat: string): string {
  return [
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>`,
    '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>',
    `<c:numFmt formatCode="${text(numberFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`,
    `<c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`,
  ].join('');
}

/**
 * The chart part for a chart drawn from cells of `sheet`; `at` gives a cell's planned value, for the caches a reader
 * shows before it recalculates.
 */
export function chartPartXml(
  chart: PlannedChart,
  sheet: string,
  at: (row: number, col: number) => CellValue,
): string {
  const series = chart.series.map((_, i) => seriesXml(chart, i, sheet, at)).join('');
  return [
    DECLARATION,
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:roundedCorners val="0"/><c:chart>`,
    titleXml(chart.title),
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>',
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>`,
    `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:lineChart>`,
    AXES,
    valueAxis(chart.numberFormat),
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>',
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>',
  ].join('');
}

function anchorXml(chart: PlannedChart, relationshipId: string, id: number): string {
  const { row, col, rows, cols } = chart.anchor;
  const corner = (tag: string, c: number, r: number) =>
    `<xdr:${tag}><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return [
    '<xdr:twoCellAnchor editAs="oneCell">',
    corner('from', col, row),
    corner('to', col + cols, row + rows),
    '<xdr:graphicFrame macro="">',
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="Chart ${id}" title="${text(chart.title)}" descr="${text(chart.description)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`,
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>',
    `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="${relationshipId}"/></a:graphicData></a:graphic>`,
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>',
  ].join('');
}

/** The drawing part that places each chart (by its relationship id from the drawing) over its cells. */
export function drawingPartXml(charts: { chart: PlannedChart; relationshipId: string }[]): string {
  const anchors = charts
    .map(({ chart, relationshipId }, i) => anchorXml(chart, relationshipId, i + 1))
    .join('');
  return `${DECLARATION}<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">${anchors}</xdr:wsDr>`;
}
