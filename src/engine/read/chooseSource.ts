/** Rules §1, docs/rules.md §8.3: which sheet's tables make the digest when the user has not said. */
import type { SheetGrid } from '../core/grid';
import { isDigestSheet } from './digestMarker';
import { readSheet, type SheetReading } from './readSheet';

/** The latest period any of the sheet's tables reaches. */
const latestStart = (r: SheetReading) =>
  Math.max(...r.readings.flatMap((t) => t.periods.map((p) => p.start)));

/**
 * Every sheet holding an indicator table, best first: more indicators read with more confidence first; among equals
 * (one sheet a year), the sheet reaching the latest period. Our own digest sheets are never a source.
 */
export function rankSources(sheets: SheetGrid[]): SheetReading[] {
  return sheets
    .filter((s) => !isDigestSheet(s))
    .flatMap((s) => readSheet(s) ?? [])
    .sort((a, b) => b.score - a.score || latestStart(b) - latestStart(a));
}
