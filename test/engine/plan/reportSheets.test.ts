/**
 * Issue 11, docs/rules.md §11: the report sheets planned after the digest. The exceptions report (status line per
 * outcome, a typed status kept on re-runs, one paragraph per exception with its commentary or its prompt marked as a
 * prompt, A4 portrait, no gridlines) and the action-plan tracker (bands in order, counts, RAG words with Complete in
 * blue, progress whole, owner prompts, dates as dates).
 */
import {
  ACTION_RAG_COLOURS,
  DEFAULT_SETTINGS,
  planDigest,
  runDigest,
  type CellValue,
  type DigestPlan,
  type DigestRun,
  type DigestSettings,
  type ExistingSheet,
  type PlannedSheet,
  type SheetGrid,
} from '../../../src/engine';
import { sheet } from '../../support/grids';

const GENERATED = new Date(Date.UTC(2007, 0, 15, 9));

const PIS = sheet(
  'PIs',
  [
    [
      'Ref',
      'Indicator',
      'Outcome',
      'Polarity',
      'Target 2006/07',
      'Q2 2006/07',
      'Q3 2006/07',
      'Forecast',
      'Commentary',
    ],
    [
      'SS2',
      'Initial assessments within 7 working days',
      'Staying Safe',
      'Higher',
      0.75,
      0.7,
      0.67,
      0.65,
      null,
    ],
    [
      'SS3',
      'Core assessments within 35 working days',
      'Staying Safe',
      'Higher',
      0.8,
      0.66,
      0.69,
      0.7,
      'Recruitment continues.',
    ],
    ['SS1', 'Referrals to social care', 'Staying Safe', 'Higher', 220, 175, 229, 229, null],
    ['BH1', 'Teenage conceptions', 'Be Healthy', 'Lower', 40, 39, 38, null, null],
  ],
  { formats: { E2: '0%', F2: '0%', G2: '0%', H2: '0%', E3: '0%', F3: '0%', G3: '0%', H3: '0%' } },
);

const PLAN = sheet('Action plan', [
  ['DATE: 19.05.06'],
  ['Action', 'Owner', 'Due', 'Status', 'Progress'],
  ['June 2006 –'],
  [
    'Publish the workforce strategy',
    'Head of HR',
    '30/04/2006',
    'Slipping',
    'Draft with partners.\nConsultation ends in June.',
  ],
  ['Information sharing protocol', 'Head of Social Care', null, 'Completed', 'Agreed by the board.'],
  ['January – June 2006'],
  ['Road shows on the Child Concern Model', 'Head of Safeguarding', '31/05/2006', 'In progress', null],
]);

function runOf(sheets: SheetGrid[], settings: Partial<DigestSettings> = {}): DigestRun {
  const outcome = runDigest(
    sheets,
    { ...DEFAULT_SETTINGS, reports: ['exceptions', 'actions'], ...settings },
    '2007-01-15',
  );
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.run;
}

const plan = (r: DigestRun, existingSheets: ExistingSheet[] = []): DigestPlan =>
  planDigest(r, { existingSheets, generatedAt: GENERATED });

const named = (p: DigestPlan, prefix: string): PlannedSheet =>
  p.sheets.find((s) => s.name.startsWith(prefix))!;
const rows = (s: PlannedSheet): CellValue[][] => s.blocks.flatMap((b) => b.values);
const texts = (s: PlannedSheet): string[] =>
  rows(s)
    .flat()
    .filter((v): v is string => typeof v === 'string');
const rowWith = (s: PlannedSheet, text: string) => rows(s).findIndex((r) => r.includes(text));
const asGrid = (s: PlannedSheet): SheetGrid => sheet(s.name, rows(s));

describe('the sheets planned (docs/rules.md §11)', () => {
  it('plans the digest and its Charts sheet, then the exceptions report, then the tracker, each named for the period', () => {
    expect(plan(runOf([PIS, PLAN])).sheets.map((s) => s.name)).toEqual([
      'Digest Q3 2006-07',
      'Charts Q3 2006-07',
      'Exceptions Q3 2006-07',
      'Actions Q3 2006-07',
    ]);
  });

  it('plans the tracker by default where there is an action plan, and no exceptions report', () => {
    const r = runOf([PIS, PLAN], { reports: undefined });
    expect(plan(r).sheets.map((s) => s.name)).toEqual([
      'Digest Q3 2006-07',
      'Charts Q3 2006-07',
      'Actions Q3 2006-07',
    ]);
  });

  it('plans the tracker alone for a workbook holding only an action plan, named for its quarter', () => {
    expect(plan(runOf([PLAN])).sheets.map((s) => s.name)).toEqual(['Actions Q1 2006-07']);
  });

  it('numbers a report’s name away from a sheet of the user’s', () => {
    const p = plan(runOf([PIS, PLAN]), [
      { name: 'Exceptions Q3 2006-07', grid: sheet('Exceptions Q3 2006-07', [['Mine']]) },
    ]);
    expect(p.sheets[2]?.name).toBe('Exceptions Q3 2006-07 (2)');
  });
});

describe('the exceptions report (docs/rules.md §11)', () => {
  const report = named(plan(runOf([PIS, PLAN])), 'Exceptions');

  it('is A4 portrait, one page wide, with no gridlines and nothing frozen', () => {
    expect([report.print, report.showGridlines, report.freezeRows]).toEqual([
      { orientation: 'portrait', paperSize: 'A4', fitToPagesWide: 1 },
      false,
      0,
    ]);
  });

  it('gives each outcome a status line: the worst RAG among its indicators', () => {
    const safe = rowWith(report, 'Staying Safe');
    expect(rows(report)[safe + 1]?.slice(0, 2)).toEqual([
      'Red',
      'Status Red: the worst of its 3 indicators (2 Red, 1 Green).',
    ]);
    expect(rows(report)[rowWith(report, 'Be Healthy') + 1]?.[0]).toBe('Green');
  });

  it('writes one paragraph per exception from its figures, its forecast and the officer’s commentary', () => {
    expect(texts(report)).toContain(
      "69% in Q3 2006/07 against a target of 80% (Red), up from 66% in Q2. Forecast for 2006/07: 70% against the year's target of 80% (Red). Recruitment continues.",
    );
  });

  it('gives the commentary prompt where there is no commentary, marked as a prompt', () => {
    const at = rowWith(report, 'SS2 Initial assessments within 7 working days');
    expect(rows(report)[at + 1]?.[1]).toBe(
      "67% in Q3 2006/07 against a target of 75% (Red), down from 70% in Q2. Forecast for 2006/07: 65% against the year's target of 75% (Red).",
    );
    expect(rows(report)[at + 2]?.[1]).toBe(
      'Prompt (no commentary yet): What caused the fall, and what will bring it back to target, by when?',
    );
  });

  it('says so under an outcome with no exception', () => {
    expect(rows(report)[rowWith(report, 'Be Healthy') + 2]?.[1]).toMatch(/^No exceptions/);
  });

  it('colours every status by its word, never colour alone', () => {
    const safe = rowWith(report, 'Staying Safe') + 1;
    expect(report.textRules).toContainEqual(
      expect.objectContaining({
        range: { row: safe, col: 0, rows: 1, cols: 1 },
        beginsWith: 'Red',
        fill: '#FFC7CE',
      }),
    );
  });

  it('keeps a status typed over the status line when it is made again, and says it was set by hand', () => {
    const earlier = asGrid(report);
    const safe = rowWith(report, 'Staying Safe') + 1;
    earlier.values[safe]![0] = 'Amber';
    const again = named(plan(runOf([PIS, PLAN]), [{ name: report.name, grid: earlier }]), 'Exceptions');
    expect([again.name, again.replaces]).toEqual([report.name, report.name]);
    expect(rows(again)[rowWith(again, 'Staying Safe') + 1]?.slice(0, 2)).toEqual([
      'Amber',
      'Status set by hand; calculated Red, the worst of its 3 indicators (2 Red, 1 Green).',
    ]);
    // Made a third time, the status set by hand stays.
    const third = named(plan(runOf([PIS, PLAN]), [{ name: again.name, grid: asGrid(again) }]), 'Exceptions');
    expect(rows(third)[rowWith(third, 'Staying Safe') + 1]?.[0]).toBe('Amber');
  });

  it('takes the commentary typed into the digest of the same period', () => {
    const r = runOf([PIS, PLAN]);
    const digest = plan(r).sheets[0]!;
    const grid = asGrid(digest);
    const header = grid.values.findIndex((row) => row.includes('Commentary') && row.includes('Indicator'));
    const col = grid.values[header]!.indexOf('Commentary');
    const ss2 = grid.values.findIndex((row, i) => i > header && row[0] === 'SS2');
    grid.values[ss2]![col] = 'A new duty team from January.';
    const again = named(plan(r, [{ name: digest.name, grid }]), 'Exceptions');
    expect(texts(again).some((t) => t.endsWith('(Red). A new duty team from January.'))).toBe(true);
  });
});

describe('the action-plan tracker (docs/rules.md §11)', () => {
  const tracker = named(plan(runOf([PIS, PLAN])), 'Actions');
  const header = rowWith(tracker, 'Action');
  const columns = rows(tracker)[header]!;
  const col = (name: string) => columns.indexOf(name);

  it('states the report date and where it came from', () => {
    expect(texts(tracker).find((t) => t.startsWith('Report date'))).toMatch(
      /^Report date 19 May 2006 \(written above the plan, 'Action plan'!A1\)\. Due soon: within 30 days\./,
    );
  });

  it('counts completed, on track, at risk and overdue actions', () => {
    const counts = rowWith(tracker, 'Completed');
    expect(rows(tracker)[counts]?.slice(0, 5)).toEqual([
      'Actions',
      'Completed',
      'On track',
      'At risk',
      'Overdue',
    ]);
    expect(rows(tracker)[counts + 1]?.slice(0, 5)).toEqual([3, 1, 0, 1, 1]);
  });

  it('lists the bands in timescale order, each with its counts', () => {
    const bands = texts(tracker).filter((t) => /^(January – |June 2006 – \()/.test(t));
    expect(bands).toEqual([
      'January – June 2006 (1 action: 1 at risk)',
      'June 2006 – (2 actions: 1 completed, 1 overdue)',
    ]);
  });

  it('writes each action’s due date as a date, its status as written and its RAG as a word', () => {
    const row = rows(tracker)[rowWith(tracker, 'Publish the workforce strategy')]!;
    expect([row[col('Due')], row[col('Status')], row[col('RAG')]]).toEqual([38837, 'Slipping', 'Red']);
    const formats = tracker.blocks[0]!.numberFormats[rowWith(tracker, 'Publish the workforce strategy')]!;
    expect(formats[col('Due')]).toBe('d mmm yyyy');
  });

  it('keeps progress whole, line breaks and all, in a wrapped column', () => {
    const at = rowWith(tracker, 'Publish the workforce strategy');
    expect(rows(tracker)[at]?.[col('Summary of progress')]).toBe(
      'Draft with partners.\nConsultation ends in June.',
    );
    expect(tracker.styles).toContainEqual(
      expect.objectContaining({
        range: expect.objectContaining({ col: col('Summary of progress') }),
        style: expect.objectContaining({ wrap: true }),
      }),
    );
  });

  it('asks the owner of each Red or Amber action, and no one else', () => {
    const prompts = rows(tracker)
      .slice(header + 1)
      .map((r) => r[col('Question for the owner')])
      .filter((p) => typeof p === 'string');
    expect(prompts).toEqual([
      'Due 31 May 2006, in 12 days, and not marked on track: will it be done in time, and if not, what is the new date?',
      'Due 30 April 2006, not complete: what is left, and the new date?',
    ]);
  });

  it('colours Complete blue, with its word', () => {
    expect(tracker.textRules).toContainEqual(
      expect.objectContaining({ beginsWith: 'Complete', ...{ fill: ACTION_RAG_COLOURS.complete.fill } }),
    );
    expect(ACTION_RAG_COLOURS.complete).toEqual({ fill: '#BDD7EE', font: '#1F4E79' });
  });

  it('is A4 landscape with its header row repeated on each page, and no gridlines', () => {
    expect([tracker.print, tracker.showGridlines]).toEqual([
      {
        orientation: 'landscape',
        paperSize: 'A4',
        fitToPagesWide: 1,
        repeatRows: { first: header, last: header },
      },
      false,
    ]);
  });
});
