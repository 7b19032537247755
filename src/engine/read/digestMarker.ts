/**
 * The digest sheet's marker: how a digest made by the CLI or the add-in is recognised, so it is never read as a
 * source table. The marker is plain text in a cell near the top, so every host reads and writes it.
 */
import type { SheetGrid } from '../core/grid';

const MARKER_VERSION = 1;
const MARKER = /^Made by Performance Digest \(v(\d+); period ([^)]+)\)/;

export function markerText(periodLabel: string): string {
  return `Made by Performance Digest (v${MARKER_VERSION}; period ${periodLabel}). Keep this line: it lets the next run keep your commentary.`;
}

/** The period of our digest on this sheet, or null when the sheet is not one of ours. */
export function digestPeriodOf(grid: SheetGrid): string | null {
  for (let r = 0; r < Math.min(grid.values.length, 8); r++)
    for (const v of grid.values[r] ?? []) {
      const m = typeof v === 'string' ? MARKER.exec(v.trim()) : null;
      if (m?.[2]) return m[2];
    }
  return null;
}

/** A sheet that goes with a digest (issue 12: `charts`), marked with its kind as well as its period. */
const REPORT_MARKER = /^Made by Performance Digest \(v(\d+); ([a-z][a-z ]*) for period ([^)]+)\)/;

export function reportMarkerText(report: string, periodLabel: string): string {
  return `Made by Performance Digest (v${MARKER_VERSION}; ${report} for period ${periodLabel}). Keep this line: it lets the next run replace this sheet.`;
}

/** The kind and period of our report sheet (not the digest itself), or null when the sheet is not one. */
export function reportOf(grid: SheetGrid): { report: string; period: string } | null {
  for (let r = 0; r < Math.min(grid.values.length, 8); r++)
    for (const v of grid.values[r] ?? []) {
      const m = typeof v === 'string' ? REPORT_MARKER.exec(v.trim()) : null;
      if (m?.[2] && m[3]) return { report: m[2], period: m[3] };
    }
  return null;
}

/** Our digests and the sheets that go with them: never read as a source of indicators. */
export function isDigestSheet(grid: SheetGrid): boolean {
  return digestPeriodOf(grid) !== null || reportOf(grid) !== null;
}
