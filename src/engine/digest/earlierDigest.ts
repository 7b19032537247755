/** Rules §6 "commentary": reading back what people typed into an earlier digest, so the next run keeps it. */
import { cellAt, type SheetGrid } from '../core/grid';
import { cellText } from '../core/text';
import { markerOf, type Marker } from '../read/digestMarker';
import type { CommentaryEntry } from './commentary';

/** Column headings of the indicator tables on a digest sheet; commentary is read back from under `Commentary`. */
export const COLUMNS = {
  ref: 'Ref',
  name: 'Indicator',
  commentary: 'Commentary',
} as const;

export interface EarlierDigest {
  period: string;
  /** The marker: the sheet's kind (a digest, or a report sheet) and the settings it recorded (issue 11). */
  marker: Marker;
  commentary: CommentaryEntry[];
  /** The indicators of its first indicator table (Indicators by outcome), in order: what its recorded polarity is of. */
  indicators: { ref: string | null; name: string }[];
}

/** Our digest's period and every commentary typed into it (indicator rows and Removed indicators), or null if not ours. */
export function readDigestSheet(grid: SheetGrid): EarlierDigest | null {
  const marker = markerOf(grid);
  if (marker === null) return null;
  const { period } = marker;
  const commentary: CommentaryEntry[] = [];
  const indicators: EarlierDigest['indicators'] = [];
  let tables = 0;
  let columns: { ref: number; name: number; commentary: number } | null = null;
  for (let r = 0; r < grid.values.length; r++) {
    const row = (grid.values[r] ?? []).map(cellText);
    const ref = row.indexOf(COLUMNS.ref);
    const name = row.indexOf(COLUMNS.name);
    const text = row.indexOf(COLUMNS.commentary);
    if (ref >= 0 && name >= 0 && text >= 0) {
      columns = { ref, name, commentary: text };
      tables += 1;
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
    if (entry.name !== '' && tables === 1) indicators.push({ ref: entry.ref, name: entry.name });
  }
  return { period, marker, commentary, indicators };
}
