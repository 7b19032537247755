/**
 * Writes the inputs of issue 11's contract examples (`npx tsx scripts/makeReportExamples.ts`):
 * test/fixtures/contract/ex4-forecast-goldilocks, ex5-action-plan-only and ex6-indicators-and-actions, each
 * `input.xlsx` beside its `args.txt`. Their `expected.json` files are written by hand from docs/rules.md §11, not by
 * this script or the CLI, so they check the code rather than repeat it.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { Workbook, type CellValue } from 'exceljs';
import { fixZipTimes } from './makeSample';

const DIR = join(__dirname, '..', 'test', 'fixtures', 'contract');
const FIXED = new Date(Date.UTC(2007, 0, 15, 9, 0, 0));

function workbook(): Workbook {
  const wb = new Workbook();
  wb.creator = 'Performance Digest contract example';
  wb.created = FIXED;
  wb.modified = FIXED;
  return wb;
}

async function save(wb: Workbook, example: string, args: string): Promise<void> {
  const bytes = fixZipTimes(Buffer.from(await wb.xlsx.writeBuffer()), FIXED);
  writeFileSync(join(DIR, example, 'input.xlsx'), bytes);
  writeFileSync(join(DIR, example, 'args.txt'), args);
}

/** Forecast columns, an annual target, Goldilocks polarity (with an amber distance) and a year-to-date count. */
function forecastGoldilocks(): Workbook {
  const wb = workbook();
  const ws = wb.addWorksheet('Council Plan');
  ws.addRow(['Council Plan indicators 2006/07: position at December 2006']);
  ws.addRow([]);
  const rows: CellValue[][] = [
    [
      'Ref',
      'Indicator',
      'Good is',
      'Unit',
      'Annual target',
      'Target',
      'Amber threshold',
      'Q1 2006/07',
      'Q2 2006/07',
      'Q3 2006/07',
      'Forecast outturn',
    ],
    [
      'CP01',
      'Initial assessments within 7 working days',
      'Higher',
      '%',
      0.75,
      0.75,
      null,
      0.7,
      0.72,
      0.76,
      0.65,
    ],
    ['CP02', 'Core assessments within 35 working days', 'Higher', '%', 0.8, 0.8, null, 0.66, 0.69, 0.7, 0.7],
    ['CP03', "Referrals to children's social care", 'Higher', 'Number', 220, 55, null, 50, 60, 57, 229],
    [
      'CP04',
      'Placement spend against budget (£000)',
      'Target is best',
      '£000',
      1250,
      1250,
      null,
      1240,
      1300,
      1260,
      1380,
    ],
    ['CP05', 'Foster placement occupancy', 'On target', '%', 0.9, 0.9, null, 0.85, 0.97, 0.95, null],
    [
      'CP06',
      'Library visits, year to date',
      'Higher',
      'Cumulative',
      400000,
      300000,
      null,
      95000,
      190000,
      285000,
      null,
    ],
    ['CP07', 'Agency social workers (FTE)', 'Closest to target', 'Number', 20, 20, 6, 30, 27, 25, 28],
  ];
  for (const row of rows) ws.addRow(row);
  return wb;
}

/** Seed 003's JAR plan alone: the date above it, two timescale bands, due dates in every way officers write them. */
function actionPlanOnly(): Workbook {
  const wb = workbook();
  const ws = wb.addWorksheet('JAR plan');
  ws.addRow(['JAR Performance Improvement Action Plan']);
  ws.addRow(['DATE: 19.05.06']);
  ws.addRow([]);
  ws.addRow(['Recommendation', 'Lead', 'Timescale', 'RAG', 'Summary progress to date']);
  ws.addRow(['January – June 2006']);
  ws.addRow([
    'Set criteria for qualified staff in child protection cases',
    'Head of Safeguarding',
    null,
    'COMPLETED',
    'All milestones completed.',
  ]);
  ws.addRow(['Write a workforce strategy', 'Head of HR', '30/04/2006', 'Slipping', 'Draft delayed.']);
  ws.addRow([
    'Record all duty team contacts',
    'Duty Team Manager',
    '31 May 2006',
    'on track',
    'System in place.',
  ]);
  ws.addRow(['Road shows on thresholds', 'Head of Safeguarding', '31.05.06', 'In progress', null]);
  ws.addRow(['June 2006 –']);
  ws.addRow(['Single assessment framework', 'Head of Social Care', null, 'G', 'Pilots from July 2006.']);
  ws.addRow([
    'Healthcare planning for looked after children',
    'Designated Nurse',
    'Q2 2006/07',
    'Not started',
    null,
  ]);
  ws.addRow(['Improve access to occupational therapy', 'Service Manager', 'Jun-06', 'A', null]);
  const camhs = ws.addRow([
    'Tier 4 CAMHS provision',
    'PCT Commissioner',
    new Date(Date.UTC(2006, 5, 15)),
    'R',
    'Bid submitted.',
  ]);
  camhs.getCell(3).numFmt = 'dd/mm/yyyy';
  ws.addRow(['Consultation with young people', 'Participation Officer', 'Ongoing', 'At risk', null]);
  ws.addRow(['Housing for care leavers', 'Head of Housing', '2006/07', 'Overdue', null]);
  return wb;
}

/** A small indicator table and an action plan on a sheet of its own, run with --as-of and --due-soon. */
function indicatorsAndActions(): Workbook {
  const wb = workbook();
  const pis = wb.addWorksheet('PIs');
  for (const row of [
    ['Indicator', 'Polarity', 'Target', 'Q3 2006/07', 'Q4 2006/07'],
    ['Budget variance (£000)', 'Target is best', 0, 12, -10],
    ['Households in temporary accommodation', 'Lower', 120, 131, 118],
  ] as CellValue[][])
    pis.addRow(row);
  const plan = wb.addWorksheet('Actions');
  plan.addRow(['Action', 'Owner', 'Deadline', 'Status']);
  const due = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
  const rows: CellValue[][] = [
    ['Agree the budget recovery plan', 'Finance Manager', due(2007, 4, 20), 'In progress'],
    ['Open the new hostel', 'Head of Housing', due(2007, 5, 31), 'On track'],
    ['Review temporary accommodation contracts', 'Head of Housing', due(2007, 3, 30), 'Not started'],
    ['Publish the housing strategy', 'Head of Housing', due(2007, 4, 10), 'Done'],
  ];
  for (const row of rows) plan.addRow(row).getCell(3).numFmt = 'd mmm yyyy';
  return wb;
}

async function main(): Promise<void> {
  await save(forecastGoldilocks(), 'ex4-forecast-goldilocks', '--forecast linear\n');
  await save(actionPlanOnly(), 'ex5-action-plan-only', '');
  await save(indicatorsAndActions(), 'ex6-indicators-and-actions', '--as-of 2007-04-12 --due-soon 14\n');
  console.log(`Wrote the inputs of ex4, ex5 and ex6 in ${DIR}`);
}

if (require.main === module) void main();
