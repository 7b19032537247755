/** A1 addresses as the fake host parses and prints them (Excel's Range.address form: `Sheet1!A1:B2`, `'Q3 PIs'!A1`). */
import { columnIndex, columnLetters, quoteSheetName } from '../../../src/engine/core/address';
import { invalidArgument } from './hostError';

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

/** Zero-based, inclusive. */
export interface Area {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

function corner(part: string): { r: number | null; c: number | null } {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(part);
  if (!m || (!m[1] && !m[2])) throw invalidArgument(`address part "${part}"`);
  const c = m[1] ? columnIndex(m[1]) : null;
  const r = m[2] ? Number(m[2]) - 1 : null;
  if ((c !== null && c > MAX_COL) || (r !== null && (r < 0 || r > MAX_ROW)))
    throw invalidArgument(`"${part}"`);
  return { r, c };
}

/** `A1`, `A1:C3`, `A:C`, `2:5`; a sheet prefix is ignored (Worksheet.getRange is relative to its sheet). */
export function parseArea(address: string): Area {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const parts = local.split(':');
  if (parts.length > 2) throw invalidArgument(`address "${address}"`);
  const a = corner(parts[0] ?? '');
  const b = parts[1] === undefined ? a : corner(parts[1]);
  const area = { r0: a.r ?? 0, c0: a.c ?? 0, r1: b.r ?? MAX_ROW, c1: b.c ?? MAX_COL };
  if (area.r1 < area.r0 || area.c1 < area.c0) {
    return {
      r0: Math.min(area.r0, area.r1),
      c0: Math.min(area.c0, area.c1),
      r1: Math.max(area.r0, area.r1),
      c1: Math.max(area.c0, area.c1),
    };
  }
  return area;
}

export function formatArea(sheet: string, g: Area): string {
  const prefix = `${quoteSheetName(sheet)}!`;
  if (g.r0 === 0 && g.r1 === MAX_ROW) return `${prefix}${columnLetters(g.c0)}:${columnLetters(g.c1)}`;
  if (g.c0 === 0 && g.c1 === MAX_COL) return `${prefix}${g.r0 + 1}:${g.r1 + 1}`;
  const first = `${columnLetters(g.c0)}${g.r0 + 1}`;
  return g.r0 === g.r1 && g.c0 === g.c1
    ? prefix + first
    : `${prefix}${first}:${columnLetters(g.c1)}${g.r1 + 1}`;
}

export const rowCount = (g: Area): number => g.r1 - g.r0 + 1;
export const columnCount = (g: Area): number => g.c1 - g.c0 + 1;
