/** rules §6 laid out: the digest plan (title block, marker, RAG words and colours, commentary merge, sheet name, text as text). */
import { markerText, planDigest, RAG_COLOURS, readDigestSheet } from '../../../src/engine';
import type { CellValue, DigestPlan, DigestRun, ExistingSheet } from '../../../src/engine';
import { digestOf, sheet } from '../../support/grids';
import { plannedGrid, rowOf, typed } from '../../support/plannedGrid';

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
    expect(rowWith(plan(), 'Visits')[8]).toContain('"Sideways"');
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
    expect(row[8]).toContain('calculated status: Red');
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

describe('commentary and everything typed, carried over (rules §6; docs/rules.md, "The officer’s quarter", Q2)', () => {
  /** The digest as the first run wrote it, with a person's typing: `[A1 address, value]`. */
  const typedInto = (entries: [string, CellValue][], r: DigestRun = run): ExistingSheet => {
    const grid = entries.reduce((g, [a1, value]) => typed(g, a1, value), plannedGrid(plan(r).sheets[0]!));
    return { name: grid.name, grid };
  };
  /** The A1 address of column `col` on the row (the last one) holding `text` in the first run's digest. */
  const cellOn = (text: string, col: string, r: DigestRun = run) =>
    `${col}${rowOf(plannedGrid(plan(r).sheets[0]!), text) + 1}`;
  /** The row of the Exceptions table holding `text` (the first row holding it). */
  const exceptionCell = (text: string, col: string) =>
    `${col}${cells(plan()).findIndex((r) => r.includes(text)) + 1}`;
  const commentaryOf = (p: DigestPlan, name: string) => rowWith(p, name)[9];
  const allCells = (p: DigestPlan) => plannedGrid(p.sheets[0]!).values;

  it('gives the Exceptions table a Commentary column beside the prompt', () => {
    const header = cells(plan()).find((r) => r.includes('Commentary prompt'));
    expect(header?.slice(8)).toEqual(['Commentary prompt', 'Commentary']);
  });

  it('fills commentary from the source where none was typed, in both tables', () => {
    const p = plan();
    expect(commentaryOf(p, 'Initial assessments')).toBe('From the source');
    expect(cells(p).find((r) => r.includes('Initial assessments'))?.[9]).toBe('From the source');
  });

  it('keeps typed commentary, matched by ref, over the source’s', () => {
    const p = plan(run, [typedInto([[cellOn('Initial assessments', 'J'), 'Typed by the officer']])]);
    expect(commentaryOf(p, 'Initial assessments')).toBe('Typed by the officer');
  });

  it('takes an answer typed beside the prompt as the indicator’s commentary, shown in both tables', () => {
    const p = plan(run, [typedInto([[exceptionCell('Teenage conceptions', 'J'), 'Campaign starts in May']])]);
    expect(commentaryOf(p, 'Teenage conceptions')).toBe('Campaign starts in May');
    expect(cells(p).find((r) => r.includes('Teenage conceptions'))?.[9]).toBe('Campaign starts in May');
  });

  it('joins two different commentaries of one indicator and says so in its data notes', () => {
    const p = plan(run, [
      typedInto([
        [exceptionCell('Teenage conceptions', 'J'), 'Beside the prompt'],
        [cellOn('Teenage conceptions', 'J'), 'In the lower table'],
      ]),
    ]);
    expect(commentaryOf(p, 'Teenage conceptions')).toBe('In the lower table\nBeside the prompt');
    expect(rowWith(p, 'Teenage conceptions')[8]).toContain('both texts are kept, joined');
  });

  it('keeps a note typed beside an indicator’s row beside the same indicator next time', () => {
    const p = plan(run, [typedInto([[cellOn('Referrals', 'L'), 'Owner: J. Smith']])]);
    const row = lastRowIndex(p, 'Referrals');
    expect(allCells(p)[row]?.[11]).toBe('Owner: J. Smith');
  });

  it('moves a note typed beside an exception to the indicator’s row when it is no longer one', () => {
    const before = digestOf(source);
    const recovered = digestOf(
      sheet('PIs', [
        ['Ref', 'Indicator', 'Outcome', 'Polarity', 'Target', 'Commentary', 'Q2 2006/07', 'Q3 2006/07'],
        ['SS1', 'Initial assessments', 'Staying Safe', 'Higher', 0.75, null, 0.7, 0.8],
      ]),
    );
    const earlier = typedInto([[exceptionCell('Initial assessments', 'K'), 'Agency staff']], before);
    const p = plan(recovered, [earlier]);
    expect(allCells(p)[lastRowIndex(p, 'Initial assessments')]?.[10]).toBe('Agency staff');
  });

  it('lists a note typed away from any indicator with the cell it was typed in', () => {
    const p = plan(run, [typedInto([['B4', 'Board meets 3 May']])]);
    expect(rowWith(p, 'Board meets 3 May')).toEqual(expect.arrayContaining(['B4', 'Board meets 3 May']));
    expect(flat(p)).toContain('Notes kept from the earlier digest');
  });

  it('keeps commentary whose indicator has gone in a Removed indicators block', () => {
    const gone = digestOf(
      sheet('PIs', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q2 2006/07', 'Q3 2006/07'],
        ['XX9', 'Discontinued indicator', 'Higher', 5, 4, 6],
      ]),
    );
    const earlier = typedInto([[cellOn('Discontinued indicator', 'J', gone), 'Keep me']], gone);
    const p = plan(run, [earlier]);
    expect(flat(p)).toContain('Removed indicators');
    expect(rowWith(p, 'Discontinued indicator')).toEqual(expect.arrayContaining(['XX9', 'Keep me']));
  });

  it('keeps every comment and note through a second run (plan, read back, plan again)', () => {
    const first = plan(run, [
      typedInto([
        [cellOn('Referrals', 'J'), 'Demand up'],
        ['C4', 'A note'],
      ]),
    ]);
    const second = plan(run, [{ name: first.sheets[0]!.name, grid: plannedGrid(first.sheets[0]!) }]);
    expect(commentaryOf(second, 'Referrals')).toBe('Demand up');
    expect(rowWith(second, 'A note')).toEqual(expect.arrayContaining(['C4', 'A note']));
    expect(commentaryOf(second, 'Initial assessments')).toBe('From the source');
  });

  it('says what it carries over from the digest it replaces', () => {
    const p = plan(run, [
      typedInto([
        [cellOn('Referrals', 'J'), 'Demand up'],
        [cellOn('Referrals', 'L'), 'Owner'],
        ['C4', 'A note'],
      ]),
    ]);
    expect(p.carried).toEqual({
      period: 'Q3 2006/07',
      sheet: 'Digest Q3 2006-07',
      commentary: 1,
      beside: 1,
      listed: 1,
      removed: 0,
    });
  });

  it('says nothing is carried over from a digest nobody typed into (the source’s commentary is not typed)', () => {
    expect(plan(run, [typedInto([])]).carried).toMatchObject({
      commentary: 0,
      beside: 0,
      listed: 0,
      removed: 0,
    });
    expect(plan().carried).toBeUndefined();
  });
});

describe('the way back (docs/rules.md, "The officer’s quarter", Q4)', () => {
  const earlier = (): ExistingSheet => ({ name: 'Digest Q3 2006-07', grid: plannedGrid(plan().sheets[0]!) });

  it('keeps the digest it replaces, hidden under a name of its own, when the host asks', () => {
    const p = planDigest(run, { existingSheets: [earlier()], generatedAt: GENERATED, keepReplaced: true });
    expect(p.keep).toEqual({ sheet: 'Digest Q3 2006-07', keptAs: '~Previous digest Q3 2006-07', drops: [] });
  });

  it('drops the digest kept before (one generation)', () => {
    const kept = { name: '~Previous digest Q2 2006-07', grid: null };
    const p = planDigest(run, {
      existingSheets: [earlier(), kept],
      generatedAt: GENERATED,
      keepReplaced: true,
    });
    expect(p.keep?.drops).toEqual(['~Previous digest Q2 2006-07']);
  });

  it('keeps nothing for the CLI, which writes a new file', () => {
    expect(plan(run, [earlier()]).keep).toBeUndefined();
  });

  it('never takes a kept digest for the earlier digest it replaces', () => {
    const kept = { ...earlier(), name: '~Previous digest Q3 2006-07' };
    expect(plan(run, [kept]).sheets[0]!.replaces).toBeNull();
  });
});

describe('column widths from content (rules §6)', () => {
  const widths = plan().sheets[0]!.columnWidths;

  it('gives the Trend column room for its eight bars', () => {
    const eightBars = digestOf(
      sheet('PIs', [
        [
          'Indicator',
          'Target',
          ...[1, 2, 3, 4].flatMap((q) => [`Q${q} 2005/06`]),
          ...[1, 2, 3, 4].map((q) => `Q${q} 2006/07`),
        ],
        ['Referrals', 10, 1, 2, 3, 4, 5, 6, 7, 8],
      ]),
    );
    expect(plan(eightBars).sheets[0]!.columnWidths[7]).toBeGreaterThanOrEqual(8 * 1.6);
  });

  it('fits the summary’s longest heading word, bold, in its column', () => {
    expect(widths[2]).toBeGreaterThanOrEqual('Worsening'.length * 1.1);
  });

  it('keeps the set widths of the wrapped columns (names, prompts, commentary)', () => {
    expect([widths[1], widths[8], widths[9]]).toEqual([40, 42, 42]);
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
    expect([formats[0], formats[1], formats[9]]).toEqual(['@', '@', '@']);
  });
});
