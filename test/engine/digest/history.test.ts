/**
 * Issue 11, docs/rules.md §11 "History is never re-coloured": a digest records its settings and each indicator's
 * polarity in its marker; making an older period's digest again uses them, except what is changed on purpose, and
 * says which were used.
 */
import {
  DEFAULT_SETTINGS,
  planDigest,
  runDigest,
  type CellValue,
  type DigestRun,
  type DigestSettings,
  type SheetGrid,
} from '../../../src/engine';
import { sheet } from '../../support/grids';

const GENERATED = new Date(Date.UTC(2007, 0, 15));

function table(polarity = 'Higher'): SheetGrid {
  return sheet('PIs', [
    ['Ref', 'Indicator', 'Polarity', 'Target', 'Q2 2006/07', 'Q3 2006/07', 'Q4 2006/07'],
    ['SS2', 'Initial assessments', polarity, 100, 90, 96, 99],
    ['SS6', 'Re-registrations', 'Lower', 10, 11, 10.4, 9],
  ] as CellValue[][]);
}

function run(sheets: SheetGrid[], settings: Partial<DigestSettings>): DigestRun {
  const outcome = runDigest(sheets, { ...DEFAULT_SETTINGS, ...settings }, '2007-01-15');
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.run;
}

/** The digest sheet a run writes, as the next run reads it from the workbook. */
function written(r: DigestRun): SheetGrid {
  const planned = planDigest(r, { existingSheets: [], generatedAt: GENERATED }).sheets[0]!;
  return sheet(planned.name, planned.blocks[0]!.values);
}

const rags = (r: DigestRun) => r.indicators.map((i) => i.rag);

describe('making an older period’s digest again (docs/rules.md §11)', () => {
  // Q3 2006/07 made at a tolerance of 5%: SS2 96 against 100 is Amber.
  const q3 = written(run([table()], { period: 'Q3 2006/07' }));

  it('records its settings and polarity in its marker', () => {
    const marker = q3.values.flat().find((v) => typeof v === 'string' && v.startsWith('Made by'));
    expect(marker).toContain(
      '(v1; period Q3 2006/07; basis previous; tolerance 5%; change threshold 0; forecast none; polarity HL)',
    );
  });

  it('uses the recorded tolerance rather than today’s default, so its colours stay as they were', () => {
    const again = run([table(), q3], { period: 'Q3 2006/07', tolerance: { kind: 'relative', value: 0.01 } });
    expect([again.settings.tolerance, rags(again)]).toEqual([
      { kind: 'relative', value: 0.05 },
      ['amber', 'amber'],
    ]);
  });

  it('says which recorded settings it used', () => {
    const again = run([table(), q3], { period: 'Q3 2006/07' });
    expect(again.historyNote).toBe(
      'Q3 2006/07 was made again with the settings its earlier digest recorded, so its colours stay as they were: compared with the previous period; tolerance 5% of target; change threshold 0; no projections. Give a setting on purpose to change it.',
    );
  });

  it('uses a setting changed on purpose', () => {
    const again = run([table(), q3], {
      period: 'Q3 2006/07',
      tolerance: { kind: 'relative', value: 0.01 },
      onPurpose: ['tolerance'],
    });
    expect(rags(again)).toEqual(['red', 'red']);
    expect(again.historyNote).not.toContain('tolerance');
  });

  it('keeps each indicator’s recorded polarity where the source now says otherwise, and says so', () => {
    const again = run([table('Lower'), q3], { period: 'Q3 2006/07' });
    expect(again.indicators[0]).toMatchObject({ polarity: 'higher', rag: 'amber' });
    expect(again.historyNote).toContain(
      'polarity as then read for SS2 higher is better (now lower is better)',
    );
  });

  it('uses today’s settings for the latest period, which is not history yet', () => {
    const q4 = written(run([table()], {}));
    const again = run([table('Lower'), q4], { tolerance: { kind: 'relative', value: 0.01 } });
    expect([again.historyNote, again.indicators[0]?.polarity, again.settings.tolerance.value]).toEqual([
      null,
      'lower',
      0.01,
    ]);
  });

  it('uses today’s settings where the earlier digest recorded none (made before settings were recorded)', () => {
    const old = sheet('Digest Q3 2006-07', [
      ['Performance digest: Q3 2006/07'],
      [null],
      [
        'Made by Performance Digest (v1; period Q3 2006/07). Keep this line: it lets the next run keep your commentary.',
      ],
    ]);
    const again = run([table(), old], { period: 'Q3 2006/07', tolerance: { kind: 'relative', value: 0.01 } });
    expect([again.historyNote, again.settings.tolerance.value]).toEqual([null, 0.01]);
  });
});
