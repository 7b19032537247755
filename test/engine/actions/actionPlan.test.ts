/**
 * Issue 11, docs/rules.md §11 "Action plans": the second table kind, found on any sheet, read with its report date,
 * timescale bands, continuation rows and data issues, rated and grouped as the tracker shows it. The plan below is
 * laid out as seed 003's JAR Performance Improvement Action Plan (DATE: 19.05.06, two timescale bands).
 */
import {
  DEFAULT_SETTINGS,
  isoOf,
  runDigest,
  toContractJson,
  type CellValue,
  type DigestSettings,
  type SheetGrid,
} from '../../../src/engine';
import { readActionPlan, type ActionPlan } from '../../../src/engine/actions/actionPlan';
import { dayOfIso } from '../../../src/engine/periods/calendarDate';
import { issueAt, sheet } from '../../support/grids';

const JAR: CellValue[][] = [
  ['Herefordshire Council: JAR Performance Improvement Action Plan'],
  ['Summary Progress Report'],
  ['DATE: 19.05.06'],
  [],
  ['Recommendation', 'Lead', 'Status', 'Summary Progress to date'],
  ['JAR Timescale Requirement: January – June 2006'],
  [
    '1. Ensure that appropriate criteria are set',
    'Head of Safeguarding',
    'Completed',
    'All milestones completed.',
  ],
  ['3. Ensure an effective workforce strategy', 'Head of HR', 'Slipping', 'Workforce strategy completed.'],
  [null, null, null, 'There are still some hard to fill vacancies.'],
  ['4. Ensure a written record of all contacts', 'Duty Team Manager', 'On track', 'System in place.'],
  [],
  ['JAR Timescale Requirement: June 2006 –'],
  [
    '5. Ensure a single referral and assessment framework',
    'Head of Social Care',
    'On track',
    'Pilots from July.',
  ],
  ['7. Ensure healthcare planning for looked after children', null, null, null],
];

const plan = (
  sheets: SheetGrid | SheetGrid[],
  settings: Partial<DigestSettings> = {},
  today: string | null = '2006-08-01',
): ActionPlan => {
  const found = readActionPlan([sheets].flat(), settings, today === null ? null : dayOfIso(today));
  if (!found) throw new Error('no action plan');
  return found;
};

const dues = (p: ActionPlan) => p.actions.map((a) => (a.due === null ? null : isoOf(a.due)));

describe('an action plan laid out as seed 003 (docs/rules.md §11)', () => {
  const p = plan(sheet('JAR plan', JAR));

  it('reads the report date written above the table, day first, with its cell', () => {
    expect([p.asOf === null ? null : isoOf(p.asOf), p.asOfFrom, p.asOfCell]).toEqual([
      '2006-05-19',
      'sheet',
      "'JAR plan'!A3",
    ]);
  });

  it('reads every action in table order, each at its text cell', () => {
    expect(p.actions.map((a) => [a.text.slice(0, 2), a.cell])).toEqual([
      ['1.', "'JAR plan'!A7"],
      ['3.', "'JAR plan'!A8"],
      ['4.', "'JAR plan'!A10"],
      ['5.', "'JAR plan'!A13"],
      ['7.', "'JAR plan'!A14"],
    ]);
  });

  it('makes an action without a date of its own due at the end of its band, and one in an open band not due', () => {
    expect(dues(p)).toEqual(['2006-06-30', '2006-06-30', '2006-06-30', null, null]);
  });

  it('keeps progress whole: a row with progress alone continues the action above', () => {
    expect(p.actions[1]?.progress).toBe(
      'Workforce strategy completed.\nThere are still some hard to fill vacancies.',
    );
  });

  it('groups the actions by timescale band, in order', () => {
    expect(p.bands.map((b) => [b.label, b.actions.length])).toEqual([
      ['JAR Timescale Requirement: January – June 2006', 3],
      ['JAR Timescale Requirement: June 2006 –', 2],
    ]);
  });

  it('rates them on 19 May 2006: Complete, Amber (slipping), Green (on track), Green, Green (no status, not due)', () => {
    expect(p.actions.map((a) => a.rag)).toEqual(['complete', 'amber', 'green', 'green', 'green']);
    expect(p.counts).toEqual({ complete: 1, green: 3, amber: 1, red: 0 });
  });

  it('asks the owner of an action marked slipping what is at risk, and none of the Green ones anything', () => {
    expect(p.actions[1]?.prompt).toBe(
      'Marked "Slipping": what is at risk, and what will bring it back on track by 30 June 2006?',
    );
    expect(p.actions.filter((a) => a.rag === 'green').map((a) => a.prompt)).toEqual([null, null, null]);
  });

  it('asks about an action due soon and not on track: on 10 June, 20 days before the end of June', () => {
    const soon = plan(sheet('JAR plan', JAR), { asOf: '2006-06-10' });
    expect(soon.actions[2]?.prompt).toBeNull();
    const inProgress = JAR.map((r) => r.map((c) => (c === 'On track' ? 'In progress' : c)));
    expect(plan(sheet('JAR plan', inProgress), { asOf: '2006-06-10' }).actions[2]?.prompt).toBe(
      'Due 30 June 2006, in 20 days, and not marked on track: will it be done in time, and if not, what is the new date?',
    );
  });

  it('rates on the report date given, whatever is written above the plan', () => {
    const later = plan(sheet('JAR plan', JAR), { asOf: '2006-07-01' });
    expect([later.asOfFrom, later.actions.map((a) => a.rag)]).toEqual([
      'setting',
      ['complete', 'red', 'red', 'green', 'green'],
    ]);
    expect(later.actions[1]?.prompt).toBe('Due 30 June 2006, not complete: what is left, and the new date?');
  });
});

describe('action table headers, in their many spellings (docs/rules.md §11)', () => {
  it.each([
    [['Action', 'Owner', 'Due', 'Status']],
    [['Task', 'Lead', 'Deadline', 'RAG']],
    [['Recommendation', 'Responsible', 'Target date', 'Status', 'Update']],
    [['Actions', 'Lead officer', 'Milestone', 'RAG status']],
    [['Recommendation', 'Owner', 'Timescale', 'Status', 'Summary progress to date']],
    [['ACTION', 'OWNER', 'DUE DATE', 'STATUS', 'PROGRESS']],
    [['Agreed action', 'Action owner', 'Target', 'Current status', 'Latest update']],
  ])('reads a table headed %j', (header) => {
    const p = plan(
      sheet('Plan', [header, ['Publish the strategy', 'Head of HR', '31/05/2006', 'On track', 'Drafted']]),
    );
    expect(p.actions.map((a) => [a.text, a.owner, a.due === null ? null : isoOf(a.due), a.status])).toEqual([
      ['Publish the strategy', 'Head of HR', '2006-05-31', 'On track'],
    ]);
  });

  it('reads a due date cell as its day', () => {
    const p = plan(
      sheet(
        'Plan',
        [
          ['Action', 'Due'],
          ['Publish', 38868],
        ],
        { formats: { B2: 'd mmm yyyy' } },
      ),
    );
    expect(dues(p)).toEqual(['2006-05-31']);
  });

  it('needs an owner, due, status or progress column beside the action', () => {
    expect(readActionPlan([sheet('Notes', [['Action'], ['Publish the strategy']])], {}, null)).toBeNull();
  });
});

describe('the report date above the plan (docs/rules.md §11)', () => {
  it.each([
    [['DATE: 19.05.06'], '2006-05-19'],
    [['Report date: 19/05/2006'], '2006-05-19'],
    [['As at 19 May 2006'], '2006-05-19'],
    [['Last updated: 2006-05-19'], '2006-05-19'],
    [['Date', 38856], '2006-05-19'],
  ])('reads %j as %s', (above, iso) => {
    const p = plan(
      sheet('Plan', [above, [], ['Action', 'Owner'], ['Publish', 'HR']], { formats: { B1: 'dd/mm/yyyy' } }),
    );
    expect([p.asOf === null ? null : isoOf(p.asOf), p.asOfFrom]).toEqual([iso, 'sheet']);
  });

  it('takes no month for a report date', () => {
    expect(plan(sheet('Plan', [['Date: May 2006'], ['Action', 'Owner'], ['Publish', 'HR']])).asOfFrom).toBe(
      'today',
    );
  });
});

describe('what cannot be tracked is a data issue (rules §5)', () => {
  const p = plan(
    sheet('Plan', [
      ['Action', 'Owner', 'Due', 'Status'],
      ['Publish the strategy', 'Head of HR', 'Spring 2007', 'On track'],
      [null, 'Head of HR', '31/05/2006', 'Done'],
      ['Consult partners', 'Head of HR', '31/05/2006', 'Awaiting Cabinet'],
    ]),
  );

  it('warns at a due date it cannot read, and rates the action by its status', () => {
    expect(p.issues).toContainEqual(issueAt('warning', 'Plan!C2', 'Due date "Spring 2007"'));
    expect(p.actions[0]).toMatchObject({ due: null, rag: 'green' });
  });

  it('gives an error at a row with no action text', () => {
    expect(p.issues).toContainEqual(issueAt('error', 'Plan!A3', 'no action'));
    expect(p.actions.map((a) => a.text)).toEqual(['Publish the strategy', 'Consult partners']);
  });

  it('warns at a status it cannot read', () => {
    expect(p.issues).toContainEqual(issueAt('warning', 'Plan!D4', 'Status "Awaiting Cabinet"'));
  });
});

describe('timescale bands from due dates (docs/rules.md §11)', () => {
  const p = plan(
    sheet('Plan', [
      ['Action', 'Due', 'Status'],
      ['Later', '15/09/2006', 'On track'],
      ['Sooner', '31/05/2006', 'On track'],
      ['Whenever', 'Ongoing', 'On track'],
      ['Also sooner', '01/06/2006', 'On track'],
    ]),
  );

  it('groups plain due dates by the quarter they fall in, earliest first, and those with none last', () => {
    expect(p.bands.map((b) => [b.label, b.actions.map((a) => a.text)])).toEqual([
      ['Due in Q1 2006/07 (1 April 2006 to 30 June 2006)', ['Sooner', 'Also sooner']],
      ['Due in Q2 2006/07 (1 July 2006 to 30 September 2006)', ['Later']],
      ['No due date', ['Whenever']],
    ]);
  });

  it('takes today as the report date where none is given or written', () => {
    expect([p.asOf === null ? null : isoOf(p.asOf), p.asOfFrom]).toEqual(['2006-08-01', 'today']);
  });
});

describe('action plans in a workbook (docs/rules.md §11)', () => {
  const indicators = [
    ['Indicator', 'Polarity', 'Target', 'Q2 2006/07', 'Q3 2006/07'],
    ['Visits', 'Higher', 100, 90, 110],
    [],
    ['Action', 'Owner', 'Due', 'Status'],
    ['Visits', 'Head of HR', '31/05/2006', 'Completed'],
  ];

  it('ends the indicator table above at an action plan’s header', () => {
    const outcome = runDigest([sheet('PIs', indicators)], DEFAULT_SETTINGS, '2006-05-19');
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.run.indicators.map((i) => i.name)).toEqual(['Visits']);
    expect(outcome.run.actions?.actions.map((a) => a.text)).toEqual(['Visits']);
  });

  it('reads the action plans of every sheet, in sheet order', () => {
    const p = plan([
      sheet('One', [
        ['Action', 'Owner'],
        ['First', 'A'],
      ]),
      sheet('Two', [
        ['Task', 'Lead'],
        ['Second', 'B'],
      ]),
    ]);
    expect([p.actions.map((a) => a.text), p.source]).toEqual([['First', 'Second'], 'One!A1:B2, Two!A1:B2']);
  });

  it('makes a workbook holding only an action plan a tracker, not an error, with no period in the JSON', () => {
    const outcome = runDigest([sheet('JAR plan', JAR)], DEFAULT_SETTINGS, '2006-08-01');
    if (!outcome.ok) throw new Error(outcome.error.message);
    const json = toContractJson(outcome.run);
    expect(json).toMatchObject({
      sheet: 'JAR plan',
      period: null,
      comparisonPeriod: null,
      indicators: [],
      asOf: '2006-05-19',
    });
    expect(json.actions[1]).toEqual({
      text: '3. Ensure an effective workforce strategy',
      owner: 'Head of HR',
      due: '2006-06-30',
      status: 'Slipping',
      rag: 'amber',
      cell: "'JAR plan'!A8",
    });
  });

  it('still refuses a workbook with neither an indicator table nor an action plan', () => {
    const outcome = runDigest([sheet('Notes', [['Minutes']])], DEFAULT_SETTINGS, '2006-08-01');
    expect(outcome.ok).toBe(false);
  });
});
