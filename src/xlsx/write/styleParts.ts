/**
 * The digest's looks as styles.xml entries: a font, fill, border and number format per look, an xf joining them, and
 * a dxf per text-rule colour. Built from the plan's host-neutral CellStyles, later styles adding to earlier ones.
 */
import type { CellStyle } from '../../engine';
import { xmlEscape } from './xmlText';

/** What every cell of ours looks like: a number format and the plan's styles merged. */
export interface CellLook extends CellStyle {
  numberFormat: string;
}

/** The parts of the workbook's default font (fonts[0]) that ours share: name, family, scheme, size. */
export interface BaseFont {
  /** Its `<name>`, `<family>`, `<charset>` and `<scheme>` elements, as written. */
  face: string;
  size: number;
}

/** `#C6EFCE` → `FFC6EFCE` (opaque ARGB). */
const argb = (colour: string) => `FF${colour.replace('#', '').toUpperCase()}`;

export function lookOf(numberFormat: string, styles: CellStyle[]): CellLook {
  return Object.assign({ numberFormat }, ...styles) as CellLook;
}

export function fontXml(look: CellLook, base: BaseFont, prefix: string): string {
  const p = prefix;
  return [
    `<${p}font>`,
    look.bold ? `<${p}b/>` : '',
    look.italic ? `<${p}i/>` : '',
    `<${p}sz val="${look.fontSize ?? base.size}"/>`,
    look.fontColor ? `<${p}color rgb="${argb(look.fontColor)}"/>` : '',
    base.face,
    `</${p}font>`,
  ].join('');
}

export function fillXml(colour: string, p: string): string {
  return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(colour)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
}

export function borderXml(bottom: string, p: string): string {
  return `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom style="thin"><${p}color rgb="${argb(bottom)}"/></${p}bottom><${p}diagonal/></${p}border>`;
}

export function numFmtXml(id: number, code: string, p: string): string {
  return `<${p}numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`;
}

export interface XfIds {
  numFmtId: number;
  fontId: number;
  fillId: number;
  borderId: number;
}

export function xfXml(look: CellLook, ids: XfIds, p: string): string {
  const alignment = [
    look.horizontal ? ` horizontal="${look.horizontal}"` : '',
    look.vertical ? ` vertical="${look.vertical}"` : '',
    look.wrap ? ' wrapText="1"' : '',
  ].join('');
  const applied = `applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"${alignment ? ' applyAlignment="1"' : ''}`;
  const attributes = `numFmtId="${ids.numFmtId}" fontId="${ids.fontId}" fillId="${ids.fillId}" borderId="${ids.borderId}" xfId="0" ${applied}`;
  return alignment
    ? `<${p}xf ${attributes}><${p}alignment${alignment}/></${p}xf>`
    : `<${p}xf ${attributes}/>`;
}

/** A text rule's colours as a differential format (conditional formats name it by dxfId). */
export function dxfXml(rule: { fill?: string; fontColor?: string }, p: string): string {
  const font = rule.fontColor ? `<${p}font><${p}color rgb="${argb(rule.fontColor)}"/></${p}font>` : '';
  const fill = rule.fill
    ? `<${p}fill><${p}patternFill><${p}bgColor rgb="${argb(rule.fill)}"/></${p}patternFill></${p}fill>`
    : '';
  return `<${p}dxf>${font}${fill}</${p}dxf>`;
}
