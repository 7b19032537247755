/**
 * Any workbook grid → the engine never throws, and every non-empty row of an indicator table is accounted for
 * (rules §1, §5; the precise meaning is in accounting.ts). The whole pipeline is exercised: runDigest,
 * toContractJson (and its JSON text) and planDigest.
 */
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS,
  planDigest,
  runDigest,
  toContractJson,
  type DigestOutcome,
  type DigestSettings,
  type SheetGrid,
} from '../../src/engine';
import { unaccountedRows } from './accounting';
import { fuzzParameters, fuzzTimeout } from './fuzzConfig';
import { anyWorkbook } from './grids';
import { threshold } from './numbers';

const settings: fc.Arbitrary<DigestSettings> = fc.record({
  basis: fc.constantFrom('previous' as const, 'year' as const),
  tolerance: threshold,
  changeThreshold: threshold,
});

/** Throwing is the first property's failure; this one looks only at what a run that finishes says. */
function runSafely(sheets: SheetGrid[]): DigestOutcome | null {
  try {
    return runDigest(sheets, DEFAULT_SETTINGS);
  } catch {
    return null;
  }
}

describe('the engine on any grid (rules §1, §5)', () => {
  jest.setTimeout(fuzzTimeout(120_000));

  it('never throws, from reading to the digest plan', () => {
    fc.assert(
      fc.property(
        anyWorkbook,
        settings,
        fc.option(fc.constantFrom('Q4 2006/07', 'Jun 2006', 'nonsense')),
        (sheets, s, period) => {
          const outcome = runDigest(sheets, { ...s, ...(period ? { period } : {}) });
          if (!outcome.ok) {
            expect(outcome.error.message).toMatch(/\w/);
            return;
          }
          JSON.stringify(toContractJson(outcome.run));
          const plan = planDigest(outcome.run, {
            existingSheets: sheets.map((g) => ({ name: g.name, grid: g })),
            generatedAt: new Date(Date.UTC(2007, 0, 15)),
          });
          expect(plan.sheets[0]!.name.length).toBeLessThanOrEqual(31);
        },
      ),
      fuzzParameters(2000),
    );
  });

  it('accounts for every non-empty row of every indicator table: an indicator, a heading or a data issue', () => {
    fc.assert(
      fc.property(anyWorkbook, (sheets) => {
        const outcome = runSafely(sheets);
        if (!outcome?.ok) return;
        const grid = sheets.find((s) => s.name === outcome.run.sheet)!;
        expect(unaccountedRows(outcome.run, grid)).toEqual([]);
      }),
      fuzzParameters(2000),
    );
  });
});
