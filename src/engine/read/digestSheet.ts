/**
 * The digest sheet's marker and its read-back: how a digest made by the CLI or the add-in is recognised
 * (never read as a source table) and how commentary typed into it is found again.
 * The marker is plain text in a cell near the top, so ExcelJS and Office.js (ExcelApi 1.7) both read and write it.
 */
import type { CommentaryEntry } from '../digest/commentary';
import { cellAt, type SheetGrid } from '../core/grid';
import { cellText } from '../core/text';

const MARKER_VERSION = 1;
const MARKER = /^Made by Performance Digest \(v(\d+); period ([^)]+)\)/;

export function markerText(periodLabel: string): string {
  return `Made by Performance Digest (v${MARKER_VERSION}; period ${periodLabel}). Keep this line: it lets the next run keep your commentary.`;
}

/** Column headings of the indicator tables on a digest sheet; commentary is read back from under `Commentary`. */
export const COLUMNS = {
  ref: 'Ref',
  name: 'Indicator',
  commentary: 'Commentary',
} as const;

export interface EarlierDigest {
  period: string;
  commentary: CommentaryEntry[];
}

function findMarker(grid: SheetGrid): string | null {
  for (let r = 0; r < Math.min(grid.values.length, 8); r++)
    for (const v of grid.values[r] ?? []) {
      const m = typeof v === 'string' ? MARKER.exec(v.trim()) : null;
      if (m?.[2]) return m[2];
    }
  return null;
}

export function isDigestSheet(grid: SheetGrid): boolean {
  return findMarker(grid) !== null;
}

/** Our digest's period and every commentary typed into it (indicator rows and Removed indicators), or null if not ours. */
export function readDigestSheet(grid: SheetGrid): EarlierDigest | null {
  const period = findMarker(grid);
  if (period === null) return null;
  const commentary: CommentaryEntry[] = [];
  let columns: { ref: number; name: number; commentary: number } | null = null;
  for (let r = 0; r < grid.values.length; r++) {
    const row = (grid.values[r] ?? []).map(cellText);
    const ref = row.indexOf(COLUMNS.ref);
    const name = row.indexOf(COLUMNS.name);
    const text = row.indexOf(COLUMNS.commentary);
    if (ref >= 0 && name >= 0 && text >= 0) {
      columns = { ref, name, commentary: text };
      continue;
    }
    if (row.every((t) => t === '')) {
      columns = null;
      continue;
    }
    if (!columns) continue;
    const entry = {
      ref: cellText(cellAt(grid, r, columns.ref)) || null,
      name: cellText(cellAt(grid, r, columns.name)),
      text: cellText(cellAt(grid, r, columns.commentary)),
    };
    if (entry.name !== '' && entry.text !== '') commentary.push(entry);
  }
  return { period, commentary };
}
