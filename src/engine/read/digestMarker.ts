/**
 * The marker of a sheet we wrote: how a digest (or a sheet that goes with it) made by the CLI or the add-in is
 * recognised, so it is never read as a source table. The marker is plain text in a cell near the top, so every host
 * reads and writes it: `Made by Performance Digest (v1; period Q3 2006/07; basis previous; …)`. After the period come
 * the settings the digest was made with (issue 11: history is never re-coloured), each `key value`.
 */
import type { SheetGrid } from '../core/grid';

const MARKER_VERSION = 1;
const MARKER = /^Made by Performance Digest \(v(\d+); period ([^;)]+)((?:; [^;)]+)*)\)/;

/** `key value` fields after the period; neither may hold `;` or `)`. */
export type MarkerFields = [key: string, value: string][];

export function markerText(periodLabel: string, fields: MarkerFields = []): string {
  const parts = [`v${MARKER_VERSION}`, `period ${periodLabel}`, ...fields.map(([k, v]) => `${k} ${v}`)];
  return `Made by Performance Digest (${parts.join('; ')}). Keep this line: it lets the next run keep your commentary.`;
}

export interface Marker {
  period: string;
  /** Every `key value` field after the period, by key (`basis` → `previous`). */
  fields: Map<string, string>;
}

/** The marker a cell's text is, or null. */
export function parseMarker(text: string): Marker | null {
  const m = MARKER.exec(text.trim());
  if (!m?.[2]) return null;
  const fields = new Map<string, string>();
  for (const part of (m[3] ?? '').split('; ').slice(1)) {
    const field = /^(basis|tolerance|change threshold|forecast|as of|due soon|polarity) (.+)$/.exec(part);
    if (field) fields.set(field[1]!, field[2]!);
  }
  return { period: m[2].trim(), fields };
}

/** The marker of our digest on this sheet, or null when the sheet is not a digest of ours. */
export function markerOf(grid: SheetGrid): Marker | null {
  for (let r = 0; r < Math.min(grid.values.length, 8); r++)
    for (const v of grid.values[r] ?? []) {
      const marker = typeof v === 'string' ? parseMarker(v) : null;
      if (marker) return marker;
    }
  return null;
}

/** The period of our digest on this sheet, or null when the sheet is not one of ours. */
export function digestPeriodOf(grid: SheetGrid): string | null {
  return markerOf(grid)?.period ?? null;
}

/**
 * A sheet that goes with a digest (`charts`, issue 12; `exceptions report` and `action plan tracker`, issue 11), marked
 * with its kind as well as its period.
 */
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
  return markerOf(grid) !== null || reportOf(grid) !== null;
}
