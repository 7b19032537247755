/** rules §6 laid out: the digest plan (title block, marker, RAG words and colours, commentary merge, sheet name, text as text). */
import { markerText, planDigest, RAG_COLOURS, readDigestSheet } from '../../../src/engine';
import type { CellValue, DigestPlan, DigestRun, ExistingSheet } from '../../../src/engine';
import { digestOf, sheet } from '../../support/grids';

const source = sheet(
  'PIs',
  [
    ['Ref', 'Indicator', 'Outcome', 'Polarity', 'Target', 'Commentary', 'Q2 2006/07', 'Q3 2006/07'],
    ['SS1', 'Initial assessments', 'Staying Safe', 'Higher', 0.75, 'From the source', 0.7, 0.65],
    ['SS2', 'Referrals', 'Staying Safe', 'Higher', 220, null, 175, 1229],
    ['BH1', 'Teenage conceptions', 'Be Healthy', 'Lower', 50, null, 52, 51],
    [null, 'Visits', 'Be Healthy', 'Sideways', null, 'Source note', 10, 12],
  ],
  { formats: { E2: '0%', G2: '0%', H2: '0%', E3: '#,##0', H3: '#,##0' } },
);
const GENERATED = new Date(Date.UTC(2007, 0, 15, 9));
const run = digestOf(source);
const plan = (r: DigestRun = run, existingSheets: ExistingSheet[] = []) =>
  planDigest(r, { existingSheets, generatedAt: GENERATED });

const cells = (p: DigestPlan) => p.sheets[0]!.blocks.flatMap((b) => b.values);
/** The plan as the sheet a host would read back. */
const asGrid = (p: DigestPlan) => sheet(p.sheets[0]!.name, cells(p));
/** The last row holding `text` (indicator rows come after the exceptions), its values and its number formats. */
const lastRowIndex = (p: DigestPlan, text: string) => {
  const rows = cells(p);
  for (let r = rows.length - 1; r >= 0; r--) if (rows[r]?.includes(text)) return r;
  return -1;
};
const rowWith = (p: DigestPlan, text: string) => cells(p)[lastRowIndex(p, text)] ?? [];
const formatsWith = (p: DigestPlan, text: string) =>
  p.sheets[0]!.blocks[0]?.numberFormats[lastRowIndex(p, text)] ?? [];
const flat = (p: DigestPlan) => cells(p).flat();

describe('the title block (rules §6)', () => {
  const text = flat(plan()).filter((v): v is string => typeof v === 'string');

  it('names the digest and its period', () => {
    expect(text).toContain('Performance digest: Q3 2006/07');
  });

  it('states the comparison period and basis, the source table and the date generated', () => {
    const subtitle = text.find((t) => t.startsWith('Compared with'));
    expect(subtitle).toContain('Q2 2006/07 (previous period)');
    expect(subtitle).toContain('Source: PIs!A1:H5');
    expect(subtitle).toContain('Generated 15 January 2007');
  });

  it('carries the marker by which a later run recognises it', () => {
    expect(text.find((t) => t.startsWith('Made by Performance Digest'))).toMatch(
      /^Made by Performance Digest \(v1; period Q3 2006\/07; basis previous; tolerance 5%; change threshold 0; forecast none; polarity HHLN\)\. Keep this line/,
    );
    expect(readDigestSheet(asGrid(plan()))?.period).toBe('Q3 2006/07');
  });
});

describe('indicator rows (rules §6)', () => {
  it('shows ref, name, previous, current, target, RAG, direction and trend', () => {
    expect(rowWith(plan(), 'Initial assessments').slice(0, 8)).toEqual([
      'SS1',
      'Initial assessments',
      0.7,
      0.65,
      0.75,
      'Red',
      'Worsening ▼',
      '█▁',
    ]);
  });

  it("formats values in the indicator's own number format", () => {
    expect(formatsWith(plan(), 'Initial assessments').slice(2, 5)).toEqual(['0%', '0%', '0%']);
    expect(formatsWith(plan(), 'Referrals').slice(2, 5)).toEqual(['#,##0', '#,##0', '#,##0']);
  });

  it('writes every status as a word, never colour alone, and colours it by the rules’ palette', () => {
    const p = plan();
    expect(flat(p)).toEqual(expect.arrayContaining(['Red', 'Green', 'Amber', 'Data only']));
    for (const [beginsWith, rag] of [
      ['Green', 'green'],
      ['Amber', 'amber'],
      ['Red', 'red'],
      ['No target', 'no target'],
      ['No data', 'no data'],
      ['Data only', 'data only'],
    ] as const)
      expect(p.sheets[0]!.textRules).toContainEqual(
        expect.objectContaining({
          beginsWith,
          fill: RAG_COLOURS[rag].fill,
          fontColor: RAG_COLOURS[rag].font,
        }),
      );
  });

  it('groups indicators under their outcome, in the order first met', () => {
    const names = flat(plan()).filter((v) => v === 'Staying Safe' || v === 'Be Healthy');
    expect(names.slice(-2)).toEqual(['Staying Safe', 'Be Healthy']);
  });

  it("puts an indicator's data issues in its data notes", () => {
    expect(rowWith(plan(), 'Visits')[9]).toContain('"Sideways"');
  });

  it('shows the computed status beside an override', () => {
    const overridden = digestOf(
      sheet('PIs', [
        ['Indicator', 'Polarity', 'Target', 'RAG override', 'Q3 2006/07'],
        ['Initial assessments', 'Higher', 0.75, 'G', 0.65],
      ]),
    );
    const row = rowWith(plan(overridden), 'Initial assessments');
    expect(row[5]).toBe('Green');
    expect(row[9]).toContain('calculated status: Red');
  });
});

describe('exceptions and data issues on the sheet (rules §5–6)', () => {
  it('lists exceptions Red first with their commentary prompt', () => {
    const p = plan();
    const values = cells(p);
    const start = values.findIndex((row) => row[0] === 'Exceptions');
    const rows = values
      .slice(start)
      .filter((row) => typeof row[8] === 'string' && String(row[8]).endsWith('?'));
    expect(rows.map((r) => r[1])).toEqual(['Initial assessments', 'Teenage conceptions']);
  });

  it('lists every data issue with its cell', () => {
    expect(rowWith(plan(), 'PIs!D5')).toEqual(expect.arrayContaining(['Warning', 'PIs!D5']));
  });
});

describe('print and view (rules §6)', () => {
  it('prints A4 landscape, one page wide, repeating the indicator header row', () => {
    const p = plan();
    expect(p.sheets[0]!.print).toMatchObject({
      orientation: 'landscape',
      paperSize: 'A4',
      fitToPagesWide: 1,
    });
    const header = p.sheets[0]!.print.repeatRows!.first;
    expect(cells(p)[header]?.slice(0, 2)).toEqual(['Ref', 'Indicator']);
  });

  it('freezes the top row', () => {
    expect(plan().sheets[0]!.freezeRows).toBeGreaterThan(0);
  });

  it('gives every row and format the same shape', () => {
    const block = plan().sheets[0]!.blocks[0]!;
    expect(block.numberFormats.map((r) => r.length)).toEqual(block.values.map((r) => r.length));
  });
});

describe('the sheet name', () => {
  it('is Digest and the period, made legal (no /)', () => {
    expect(plan().sheets[0]!.name).toBe('Digest Q3 2006-07');
    expect(plan().sheets[0]!.replaces).toBeNull();
  });

  it('is numbered when a sheet of the user has that name, ignoring case', () => {
    expect(plan(run, [{ name: 'digest q3 2006-07', grid: null }]).sheets[0]!.name).toBe(
      'Digest Q3 2006-07 (2)',
    );
  });

  it('replaces an earlier digest of the same period, keeping its name', () => {
    const earlier = { ...asGrid(plan()), name: 'My Q3 digest' };
    const again = plan(run, [{ name: 'My Q3 digest', grid: earlier }]);
    expect(again.sheets[0]!.replaces).toBe('My Q3 digest');
    expect(again.sheets[0]!.name).toBe('My Q3 digest');
  });

  it('does not replace a digest of another period', () => {
    const other = sheet('Digest Q2 2006-07', [[markerText('Q2 2006/07')]]);
    expect(plan(run, [{ name: other.name, grid: other }]).sheets[0]).toMatchObject({
      replaces: null,
      name: 'Digest Q3 2006-07',
    });
  });
});

describe('commentary merge (rules §6)', () => {
  /** An earlier digest of Q3 2006/07 as a person left it: commentary typed against some rows. */
  const typed = (rows: [string | null, string, string][]) =>
    sheet('Digest Q3 2006-07', [
      [markerText('Q3 2006/07')],
      [
        'Ref',
        'Indicator',
        'Previous',
        'Current',
        'Target',
        'RAG',
        'Direction',
        'Trend',
        'Commentary',
        'Data notes',
      ],
      ...rows.map(([ref, name, text]): CellValue[] => [
        ref,
        name,
        null,
        null,
        null,
        null,
        null,
        null,
        text,
        null,
      ]),
    ]);
  const commentaryOf = (p: DigestPlan, name: string) => rowWith(p, name)[8];

  it('fills commentary from the source where none was typed', () => {
    expect(commentaryOf(plan(), 'Initial assessments')).toBe('From the source');
  });

  it('keeps typed commentary, matched by ref, over the source’s', () => {
    const p = plan(run, [
      {
        name: 'Digest Q3 2006-07',
        grid: typed([['SS1', 'Initial assessments (renamed)', 'Typed by the officer']]),
      },
    ]);
    expect(commentaryOf(p, 'Initial assessments')).toBe('Typed by the officer');
  });

  it('matches by name where the indicator has no ref', () => {
    const p = plan(run, [{ name: 'Digest Q3 2006-07', grid: typed([[null, 'Visits', 'Typed for visits']]) }]);
    expect(commentaryOf(p, 'Visits')).toBe('Typed for visits');
  });

  it('keeps commentary whose indicator has gone in a Removed indicators block', () => {
    const p = plan(run, [
      { name: 'Digest Q3 2006-07', grid: typed([['XX9', 'Discontinued indicator', 'Keep me']]) },
    ]);
    expect(flat(p)).toContain('Removed indicators');
    expect(rowWith(p, 'Discontinued indicator')).toEqual(expect.arrayContaining(['XX9', 'Keep me']));
  });

  it('keeps every comment through a second run (plan, read back, plan again)', () => {
    const first = plan(run, [
      {
        name: 'Digest Q3 2006-07',
        grid: typed([
          ['XX9', 'Gone', 'Old note'],
          ['SS2', 'Referrals', 'Demand up'],
        ]),
      },
    ]);
    const second = plan(run, [{ name: first.sheets[0]!.name, grid: asGrid(first) }]);
    expect(commentaryOf(second, 'Referrals')).toBe('Demand up');
    expect(rowWith(second, 'Gone')).toContain('Old note');
    expect(commentaryOf(second, 'Initial assessments')).toBe('From the source');
  });
});

describe('text that looks like a formula stays text (issue: written as text, never as a formula)', () => {
  const risky = digestOf(
    sheet('PIs', [
      ['Ref', 'Indicator', 'Outcome', 'Polarity', 'Target', 'Commentary', 'Q3 2006/07'],
      ['+A1', '=SUM(A1:A9)', '@Home', 'Higher', 10, '- fell in December', 5],
      ['-B2', '+44 calls answered', '=Outcome', 'Higher', 10, '@officer please check', 12],
    ]),
  );
  const values = flat(plan(risky));

  it.each([
    ['+A1'],
    ['=SUM(A1:A9)'],
    ['@Home'],
    ['- fell in December'],
    ['-B2'],
    ['+44 calls answered'],
    ['=Outcome'],
    ['@officer please check'],
  ])('keeps %p as the same plain string value', (text) => {
    expect(values).toContain(text);
  });

  it('gives name and commentary cells the text number format', () => {
    const formats = formatsWith(plan(risky), '=SUM(A1:A9)');
    expect([formats[0], formats[1], formats[8]]).toEqual(['@', '@', '@']);
  });
});
