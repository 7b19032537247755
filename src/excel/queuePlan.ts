/**
 * Queues a planned digest sheet on a worksheet proxy, without syncing: values and number formats as 2D arrays per
 * block (in row chunks that fit a request), styles and text rules per range, column widths per run of equal widths.
 * The number of operations grows with the plan's blocks and styled ranges (its sections), never with its cells.
 */
import {
  columnLetters,
  rangeRef,
  type CellBlock,
  type CellStyle,
  type GridRange,
  type PlannedSheet,
  type TextRule,
} from '../engine';
import { columnWidthPoints } from './columnWidth';
import { literalValue } from './literalValue';
import { applyGridlines, applyPrintSetup } from './optionalFeatures';

/** Bytes of values and formats per request, leaving room for the rest of the batch under the 5 MB limit. */
export const CHUNK_BUDGET_BYTES = 3_500_000;

const rangeOf = (sheet: Excel.Worksheet, r: GridRange): Excel.Range =>
  sheet.getRange(rangeRef(r.row, r.col, r.rows, r.cols));

/** What a row of values and formats weighs in a request, as JSON. */
const rowBytesOf = (block: CellBlock, i: number): number =>
  JSON.stringify(block.values[i]).length + JSON.stringify(block.numberFormats[i] ?? []).length;

export const chunkBytes = (block: CellBlock): number =>
  block.values.reduce((sum, _, i) => sum + rowBytesOf(block, i), 0);

/** A block's rows cut into chunks whose JSON stays within the budget; most digests are one chunk. */
export function chunksOf(block: CellBlock, budget = CHUNK_BUDGET_BYTES): CellBlock[] {
  const chunks: CellBlock[] = [];
  let start = 0;
  let bytes = 0;
  block.values.forEach((row, i) => {
    const rowBytes = rowBytesOf(block, i);
    if (i > start && bytes + rowBytes > budget) {
      chunks.push(slice(block, start, i));
      start = i;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (start < block.values.length) chunks.push(slice(block, start, block.values.length));
  return chunks;
}

const slice = (b: CellBlock, from: number, to: number): CellBlock => ({
  row: b.row + from,
  col: b.col,
  values: b.values.slice(from, to),
  numberFormats: b.numberFormats.slice(from, to),
});

/** Number formats first (a Text `@` cell then keeps what is written as text), over the columns that have any. */
export function queueBlock(sheet: Excel.Worksheet, block: CellBlock): void {
  const width = Math.max(0, ...block.values.map((r) => r.length));
  if (block.values.length === 0 || width === 0) return;
  const formats = block.values.map((_, i) =>
    Array.from({ length: width }, (_, j) => block.numberFormats[i]?.[j] ?? 'General'),
  );
  const used = formats.flatMap((row) => row.flatMap((f, j) => (f === 'General' ? [] : [j])));
  if (used.length) {
    const [first, last] = [Math.min(...used), Math.max(...used)];
    const cut = formats.map((row) => row.slice(first, last + 1).map((f) => (f === 'General' ? null : f)));
    sheet.getRange(rangeRef(block.row, block.col + first, formats.length, last - first + 1)).numberFormat =
      cut;
  }
  const values = block.values.map((row) =>
    Array.from({ length: width }, (_, j) => literalValue(row[j] ?? null)),
  );
  sheet.getRange(rangeRef(block.row, block.col, values.length, width)).values = values;
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center' } as const;

function queueStyle(range: Excel.Range, style: CellStyle): void {
  const { format } = range;
  if (style.fill) format.fill.color = style.fill;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.borderBottom) {
    const edge = format.borders.getItem(Excel.BorderIndex.edgeBottom);
    edge.style = Excel.BorderLineStyle.continuous;
    edge.color = style.borderBottom;
  }
}

/** A text rule is a "text begins with" conditional format (ExcelApi 1.6), so colours follow hand edits. */
function queueTextRule(sheet: Excel.Worksheet, rule: TextRule): void {
  const cf = rangeOf(sheet, rule.range).conditionalFormats.add(Excel.ConditionalFormatType.containsText);
  const text = cf.textComparison;
  if (rule.fill) text.format.fill.color = rule.fill;
  if (rule.fontColor) text.format.font.color = rule.fontColor;
  text.rule = { operator: Excel.ConditionalTextOperator.beginsWith, text: rule.beginsWith };
}

function queueColumnWidths(sheet: Excel.Worksheet, widths: number[]): void {
  for (let c = 0; c < widths.length;) {
    let end = c;
    while (widths[end + 1] === widths[c]) end++;
    sheet.getRange(`${columnLetters(c)}:${columnLetters(end)}`).format.columnWidth = columnWidthPoints(
      widths[c] ?? 0,
    );
    c = end + 1;
  }
}

/** Everything but the cell contents: styles, text rules, widths, frozen rows, print setup and gridlines (where the API allows). */
export function queueLayout(sheet: Excel.Worksheet, plan: PlannedSheet): void {
  for (const { range, style } of plan.styles) queueStyle(rangeOf(sheet, range), style);
  for (const rule of plan.textRules) queueTextRule(sheet, rule);
  queueColumnWidths(sheet, plan.columnWidths);
  if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
  applyPrintSetup(sheet, plan.print);
  applyGridlines(sheet, plan.showGridlines);
}
