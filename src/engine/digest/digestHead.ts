/** Which digest a sheet is, from its first rows alone: its period (the marker) and when it was made (the title block). */
import { cellText } from '../core/text';
import type { SheetGrid } from '../core/grid';
import { digestPeriodOf } from '../read/digestMarker';
import { SUBTITLE } from './digestLayout';

export interface DigestHead {
  period: string;
  /** As its title block says (`27 November 2026`), if it still says. */
  generated: string | null;
}

export function digestHeadOf(grid: SheetGrid): DigestHead | null {
  const period = digestPeriodOf(grid);
  if (period === null) return null;
  const generated = grid.values
    .slice(0, 8)
    .flat()
    .map((v) => SUBTITLE.exec(cellText(v))?.[1])
    .find((g) => g !== undefined);
  return { period, generated: generated ?? null };
}

/** The prefix of the name a replaced digest is kept under, hidden, for Restore (plan/previousDigest.ts). */
export const KEPT_PREFIX = '~Previous digest';

/** A digest kept for Restore: never the digest of its period, nor read for what it recorded. */
export const isKeptDigest = (name: string): boolean =>
  name.toLowerCase().startsWith(KEPT_PREFIX.toLowerCase());
