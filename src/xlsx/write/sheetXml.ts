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
import type { PlannedCells, PlannedRow } from './plannedCells';
import { DEFAULT_WIDTH, wrappedRowHeight, type WrappedCell } from './rowHeights';
import type { CellLook } from './styleParts';
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
const fastCellRef = (r: number, c: number) => `${LETTERS[c] ?? columnLetters(c)}${r + 1}`;

function cellXml(r: number, c: number, value: CellValue, look: number, styles: SheetStyles): string {
  const head = `<c r="${fastCellRef(r, c)}" s="${styles.xfIds[look]}"`;
  if (value === null) return `${head}/>`;
  if (typeof value === 'number') return `${head}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `${head} t="b"><v>${value ? 1 : 0}</v></c>`;
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
  return `${head} t="inlineStr"><is><t${space}>${xmlEscape(value)}</t></is></c>`;
}

function rowXml(
  { row: r, cols, values, looks }: PlannedRow,
  all: CellLook[],
  widths: number[],
  styles: SheetStyles,
) {
  const wrapped: WrappedCell[] = [];
  cols.forEach((c, i) => {
    const look = all[looks[i]!]!;
    const value = values[i];
    if (look.wrap && typeof value === 'string')
      wrapped.push({
        text: value,
        width: widths[c] ?? DEFAULT_WIDTH,
        bold: look.bold === true,
        size: look.fontSize ?? styles.fontSize,
      });
  });
  const height = wrapped.length === 0 ? null : wrappedRowHeight(wrapped);
  const ht = height === null ? '' : ` ht="${height}" customHeight="1"`;
  let xml = `<row r="${r + 1}"${ht}>`;
  cols.forEach((c, i) => (xml += cellXml(r, c, values[i] ?? null, looks[i]!, styles)));
  return `${xml}</row>`;
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

/** The worksheet part's XML, in the schema's element order (CT_Worksheet). */
export function sheetXml(
  planned: PlannedSheet,
  cells: PlannedCells,
  styles: SheetStyles,
  ns: Pick<Namespaces, 'main' | 'relationships'>,
  /** Issue 12: the relationship id of the sheet's drawing (its charts), if it has one. */
  drawing: string | null = null,
): string {
  const widths = planned.columnWidths;
  const lastRow = cells.rows.at(-1)?.row ?? 0;
  // A loop, not Math.max(...rows): a sheet of a hundred thousand rows is too many arguments for one call.
  let lastCol = Math.max(0, widths.length - 1);
  for (const row of cells.rows) lastCol = Math.max(lastCol, row.cols.at(-1) ?? 0);
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns.main}"${drawing ? ` xmlns:r="${ns.relationships}"` : ''}>`,
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    `<dimension ref="A1:${cellRef(lastRow, lastCol)}"/>`,
    sheetViews(planned.freezeRows, planned.showGridlines),
    '<sheetFormatPr defaultRowHeight="15"/>',
    cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '',
    '<sheetData>',
    ...cells.rows.map((row) => rowXml(row, cells.looks, widths, styles)),
    '</sheetData>',
    conditionalFormats(planned.textRules, styles.dxfIds),
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    `<pageSetup paperSize="${A4}" orientation="${planned.print.orientation}" fitToWidth="${planned.print.fitToPagesWide}" fitToHeight="0"/>`,
    drawing ? `<drawing r:id="${drawing}"/>` : '',
    '</worksheet>',
  ].join('');
}
