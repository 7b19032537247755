/** Our sheets already in the workbook: the one a new sheet replaces, and the commentary people typed into a digest. */
import type { SheetGrid } from '../core/grid';
import { mergeCommentary, type MergedCommentary } from '../digest/commentary';
import { isKeptDigest } from '../digest/digestHead';
import { readDigestSheet, type EarlierDigest } from '../digest/earlierDigest';
import type { DigestRun } from '../digest/runDigest';
import { reportOf } from '../read/digestMarker';
import type { ExistingSheet, PlanContext } from './planContext';

/** Our digest of this period, if the workbook has one, with its name (a user may have renamed it). */
export function earlierDigest(
  existing: ExistingSheet[],
  period: string,
): { name: string; digest: EarlierDigest } | null {
  // The digest kept hidden for Restore is not the one a run replaces.
  for (const s of existing.filter((e) => !isKeptDigest(e.name))) {
    const digest = s.grid && readDigestSheet(s.grid);
    if (digest?.period === period) return { name: s.name, digest };
  }
  return null;
}

/** Our report sheet of this kind (`exceptions report`) and period, if the workbook has one. */
export function earlierReport(
  existing: ExistingSheet[],
  report: string,
  period: string,
): { name: string; grid: SheetGrid } | null {
  for (const s of existing) {
    const marker = s.grid && reportOf(s.grid);
    if (s.grid && marker?.report === report && marker.period === period)
      return { name: s.name, grid: s.grid };
  }
  return null;
}

/**
 * Rules §6: the commentary of each indicator (typed into either table of the earlier digest of this period, else from
 * the source), with the other cells typed beside its rows.
 */
export function mergedCommentary(run: DigestRun, { existingSheets }: PlanContext): MergedCommentary {
  const earlier = earlierDigest(existingSheets, run.period.label);
  return mergeCommentary(run.indicators, earlier?.digest.rows ?? []);
}
