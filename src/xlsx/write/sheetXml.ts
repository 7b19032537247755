/**
 * A planned sheet as a worksheet part (SpreadsheetML), exactly as planned: values (text always as an inline string,
 * never a formula, so sharedStrings.xml is never touched), styles by index, text rules as conditional formats,
 * column widths, wrapped rows' heights, the frozen title and the print setup.
 */
import {
  cellRef,
  columnLetters,
  rangeRef,
  type CellValue,
  type PlannedSheet,
  type TextRule,
} from '../../engine';
import type { Namespaces } from './namespaces';
import { NO_CELL, type PlannedCells } from './plannedCells';
import { DEFAULT_WIDTH, rowHeight, wrappedHeight, type WrappedFont } from './rowHeights';
import type { CellLook } from './styleParts';
import { Utf8Chunks } from './utf8Chunks';
import { xmlEscape } from './xmlText';

const A4 = 9;

export interface SheetStyles {
  /** cellXfs index by look. */
  xfIds: number[];
  /** dxfs index by text rule. */
  dxfIds: number[];
  /** The workbook's default font size, for looks that set none. */
  fontSize: number;
}

/** Every cell needs its reference: the letters of a digest's few columns are worked out once. */
const LETTERS = Array.from({ length: 64 }, (_, c) => columnLetters(c));

/** What a look's cells need in their XML, worked out once per look rather than per cell. */
interface LookXml {
  /** ` s="N"`: the cell's style attribute. */
  style: string;
  /** The font of its text when it wraps (the row's height counts it), else null. */
  wrapped: WrappedFont | null;
}

function lookXmls(looks: CellLook[], styles: SheetStyles): LookXml[] {
  return looks.map((look, i) => ({
    style: ` s="${styles.xfIds[i]}"`,
    wrapped: look.wrap ? { bold: look.bold === true, size: look.fontSize ?? styles.fontSize } : null,
  }));
}

function cellXml(ref: string, style: string, value: CellValue): string {
  if (value === null) return `<c r="${ref}"${style}/>`;
  if (typeof value === 'number') return `<c r="${ref}"${style}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${xmlEscape(value)}</t></is></c>`;
}

/** The `<row>`, or null when the plan puts nothing in row `r`. */
function rowXml(r: number, cells: PlannedCells, looks: LookXml[], widths: number[]): string | null {
  let xml = '';
  let tallest = 0;
  const rowNumber = String(r + 1);
  for (let c = 0, slot = r * cells.cols; c < cells.cols; c++, slot++) {
    const look = cells.lookIds[slot]!;
    if (look === NO_CELL) continue;
    const value = cells.values[slot] ?? null;
    const { style, wrapped } = looks[look]!;
    if (wrapped && typeof value === 'string')
      tallest = Math.max(tallest, wrappedHeight(value, widths[c] ?? DEFAULT_WIDTH, wrapped));
    xml += cellXml(`${LETTERS[c] ?? columnLetters(c)}${rowNumber}`, style, value);
  }
  if (xml === '') return null;
  const height = rowHeight(tallest);
  const ht = height === null ? '' : ` ht="${height}" customHeight="1"`;
  return `<row r="${rowNumber}"${ht}>${xml}</row>`;
}

function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** One conditional format per range, its rules in the plan's order (first rule first, highest priority). */
function conditionalFormats(rules: TextRule[], dxfIds: number[]): string {
  const byRange = new Map<string, string[]>();
  rules.forEach((rule, i) => {
    const { row, col, rows, cols } = rule.range;
    const ref = rangeRef(row, col, rows, cols);
    const text = formulaText(rule.beginsWith);
    const formula = `LEFT(${cellRef(rule.range.row, rule.range.col)},LEN(${text}))=${text}`;
    const cfRule = `<cfRule type="beginsWith" dxfId="${dxfIds[i]}" priority="${i + 1}" operator="beginsWith" text="${xmlEscape(rule.beginsWith)}"><formula>${xmlEscape(formula)}</formula></cfRule>`;
    byRange.set(ref, [...(byRange.get(ref) ?? []), cfRule]);
  });
  return [...byRange]
    .map(
      ([ref, cfRules]) => `<conditionalFormatting sqref="${ref}">${cfRules.join('')}</conditionalFormatting>`,
    )
    .join('');
}

/** The sheet's view: its frozen rows, and its gridlines hidden where the plan says so (`showGridLines="0"`). */
function sheetViews(freezeRows: number, showGridlines: boolean | undefined): string {
  const view = `<sheetView${showGridlines === false ? ' showGridLines="0"' : ''} workbookViewId="0"`;
  if (freezeRows === 0) return `<sheetViews>${view}/></sheetViews>`;
  const topLeft = `A${freezeRows + 1}`;
  return `<sheetViews>${view}><pane ySplit="${freezeRows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
}

/**
 * A little more than the sheet's XML takes, as a rule: a cell's markup (reference, style, type) is some 50 bytes, and
 * its text a byte a character, more for the trend's blocks and arrows. The XML is then written into one buffer.
 */
const expectedBytes = (cells: PlannedCells) =>
  4096 + cells.cellCount * 56 + Math.ceil(cells.textLength * 1.5);

/** The worksheet part's XML as UTF-8, in the schema's element order (CT_Worksheet). */
export function sheetXml(
  planned: PlannedSheet,
  cells: PlannedCells,
  styles: SheetStyles,
  ns: Pick<Namespaces, 'main' | 'relationships'>,
  /** Issue 12: the relationship id of the sheet's drawing (its charts), if it has one. */
  drawing: string | null = null,
): Uint8Array {
  const widths = planned.columnWidths;
  const { lastRow, lastCol } = cells;
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
  const out = new Utf8Chunks(expectedBytes(cells));
  out.add(
    [
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns.main}"${drawing ? ` xmlns:r="${ns.relationships}"` : ''}>`,
      '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
      `<dimension ref="A1:${cellRef(lastRow, Math.max(lastCol, widths.length - 1))}"/>`,
      sheetViews(planned.freezeRows, planned.showGridlines),
      '<sheetFormatPr defaultRowHeight="15"/>',
      cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '',
      '<sheetData>',
    ].join(''),
  );
  const looks = lookXmls(cells.looks, styles);
  for (let r = 0; r < cells.rows; r++) {
    const row = rowXml(r, cells, looks, widths);
    if (row !== null) out.add(row);
  }
  out.add(
    [
      '</sheetData>',
      conditionalFormats(planned.textRules, styles.dxfIds),
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
      `<pageSetup paperSize="${A4}" orientation="${planned.print.orientation}" fitToWidth="${planned.print.fitToPagesWide}" fitToHeight="0"/>`,
      drawing ? `<drawing r:id="${drawing}"/>` : '',
      '</worksheet>',
    ].join(''),
  );
  return out.bytes();
}
