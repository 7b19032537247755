/**
 * The way back (docs/rules.md, "The officer's quarter", Q4): in the add-in, the digest a run replaces is kept, hidden, under a name
 * of its own, one generation deep. Restoring it swaps it with the digest of its period now in the workbook, which is
 * kept in its place, so restoring again undoes the restore and nothing typed into either is lost.
 */
import { digestHeadOf, isKeptDigest, KEPT_PREFIX } from '../digest/digestHead';
import type { ExistingSheet } from './planTypes';
import { legalSheetName, unusedSheetName } from './sheetNames';

export { isKeptDigest } from '../digest/digestHead';

/** `~Previous digest Q4 2006-07`: what Excel's Unhide lists it as. */
export const keptDigestName = (period: string): string => legalSheetName(`${KEPT_PREFIX} ${period}`);

export interface RestorePlan {
  /** The kept digest, put back, and its period and date as its title block says. */
  kept: string;
  period: string;
  generated: string | null;
  /** Its name once restored: that of the digest of its period now in the workbook, else a new one. */
  name: string;
  /** The digest it takes the place of, kept in turn under `keptAs`; null when there is none. */
  current: string | null;
  keptAs: string;
}

/** How to put the kept digest back, or null when the workbook keeps none (`existing`: every sheet, grids where read). */
export function planRestore(existing: ExistingSheet[]): RestorePlan | null {
  const digests = existing.flatMap((s) => {
    const digest = s.grid && digestHeadOf(s.grid);
    return digest ? [{ name: s.name, digest }] : [];
  });
  const kept = digests.find((d) => isKeptDigest(d.name));
  if (!kept) return null;
  const { period, generated } = kept.digest;
  const current = digests.find((d) => !isKeptDigest(d.name) && d.digest.period === period);
  const others = existing.filter((s) => s.name !== kept.name).map((s) => s.name);
  return {
    kept: kept.name,
    period,
    generated,
    name: current?.name ?? unusedSheetName(`Digest ${period}`, others),
    current: current?.name ?? null,
    keptAs: keptDigestName(period),
  };
}
