/** The plan's host-neutral styles in ExcelJS's terms. */
import type { Alignment, Fill, Font, Style } from 'exceljs';
import type { CellStyle } from '../engine';

/** `#C6EFCE` → `FFC6EFCE` (ExcelJS colours are opaque ARGB). */
export function argb(colour: string): string {
  return `FF${colour.replace('#', '').toUpperCase()}`;
}

export function solidFill(colour: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour) } };
}

function fontOf(style: CellStyle): Partial<Font> | null {
  const font: Partial<Font> = {};
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
  return Object.keys(font).length > 0 ? font : null;
}

function alignmentOf(style: CellStyle): Partial<Alignment> | null {
  const alignment: Partial<Alignment> = {};
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
  if (style.vertical !== undefined) alignment.vertical = style.vertical === 'center' ? 'middle' : 'top';
  return Object.keys(alignment).length > 0 ? alignment : null;
}

/** A style sets only what it names: later ranges add to earlier ones. */
function addStyle(target: Partial<Style>, style: CellStyle): void {
  const font = fontOf(style);
  const alignment = alignmentOf(style);
  if (style.fill !== undefined) target.fill = solidFill(style.fill);
  if (font) target.font = { ...target.font, ...font };
  if (alignment) target.alignment = { ...target.alignment, ...alignment };
  if (style.borderBottom !== undefined)
    target.border = {
      ...target.border,
      bottom: { style: 'thin', color: { argb: argb(style.borderBottom) } },
    };
}

/** The ExcelJS style of a cell with this number format and these plan styles, in order. */
export function excelStyle(numberFormat: string, styles: CellStyle[]): Partial<Style> {
  const style: Partial<Style> = numberFormat === 'General' ? {} : { numFmt: numberFormat };
  styles.forEach((s) => addStyle(style, s));
  return style;
}
