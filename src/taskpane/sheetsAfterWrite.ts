/**
 * The workbook's sheets as a write leaves them, worked out from the plan rather than read again (which would cost
 * the pane two more syncs): the digest replaced is gone or kept under its kept name, and the new sheets are added.
 */
import type { DigestPlan, SheetGrid } from '../engine';
import type { WrittenDigest } from './digestHost';

export function sheetsAfterWrite(sheets: SheetGrid[], plan: DigestPlan, written: WrittenDigest): SheetGrid[] {
  const { keep } = plan;
  const gone = new Set([...(keep?.drops ?? []), ...plan.sheets.flatMap((s) => s.replaces ?? [])]);
  const left = sheets.flatMap((grid) => {
    if (keep && grid.name === keep.sheet) return [{ ...grid, name: keep.keptAs }];
    return gone.has(grid.name) ? [] : [grid];
  });
  const added = plan.sheets.map((planned, i) => ({
    name: written.sheets[i]?.name ?? planned.name,
    origin: { row: 0, col: 0 },
    values: planned.blocks[0]?.values ?? [],
    formats: planned.blocks[0]?.numberFormats ?? [],
  }));
  return [...left, ...added];
}
