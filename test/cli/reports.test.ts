/**
 * Issue 11 on the command line: --report, --forecast, --as-of and --due-soon; a workbook holding only an action plan;
 * the sample's three reports, as `npm run demo` makes them.
 */
import { join } from 'path';
import { Workbook } from 'exceljs';
import { cli, expectOneLineError, FIXTURES, SAMPLE } from './runCli';
import { tempDir } from '../xlsx/tempFiles';

const tmp = tempDir();
afterAll(() => tmp.remove());

const ACTIONS_ONLY = join(FIXTURES, 'contract', 'ex5-action-plan-only', 'input.xlsx');
const FORECASTS = join(FIXTURES, 'contract', 'ex4-forecast-goldilocks', 'input.xlsx');

async function load(path: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe('the report options, refused with one line when wrong', () => {
  it.each([
    [['--report', 'minutes'], /--report "minutes" is not a report: choose exceptions, actions, all or none/],
    [['--as-of', '19/05/2006'], /--as-of "19\/05\/2006" is not a date: give it as YYYY-MM-DD/],
    [['--as-of', '2006-02-30'], /--as-of "2006-02-30" is not a date/],
    [['--due-soon', 'a month'], /--due-soon "a month" is not a number of days/],
    [['--forecast', 'guess'], /--forecast.*guess/],
  ])('refuses %j', async (args, message) => {
    expectOneLineError(await cli(SAMPLE, ...args), message);
  });
});

describe('--report', () => {
  it.each([
    [
      ['--report', 'exceptions,actions'],
      ['Digest Q4 2006-07', 'Charts Q4 2006-07', 'Exceptions Q4 2006-07', 'Actions Q4 2006-07'],
    ],
    [
      ['--report', 'exceptions', '--report', 'actions'],
      ['Digest Q4 2006-07', 'Charts Q4 2006-07', 'Exceptions Q4 2006-07', 'Actions Q4 2006-07'],
    ],
    [
      ['--report', 'all'],
      ['Digest Q4 2006-07', 'Charts Q4 2006-07', 'Exceptions Q4 2006-07', 'Actions Q4 2006-07'],
    ],
    [
      ['--report', 'exceptions'],
      ['Digest Q4 2006-07', 'Charts Q4 2006-07', 'Exceptions Q4 2006-07'],
    ],
    [
      ['--report', 'none'],
      ['Digest Q4 2006-07', 'Charts Q4 2006-07'],
    ],
    [[], ['Digest Q4 2006-07', 'Charts Q4 2006-07', 'Actions Q4 2006-07']],
  ])('with %j writes the sheets %j after the sample’s own', async (args, sheets) => {
    const out = tmp.file(`report-${args.join('-') || 'default'}.xlsx`);
    expect((await cli(SAMPLE, '--out', out, ...args)).code).toBe(0);
    expect((await load(out)).worksheets.map((s) => s.name).slice(3)).toEqual(sheets);
  });
});

describe('--as-of and --due-soon', () => {
  it('rates the actions on the date given, which the JSON reports', async () => {
    const json = JSON.parse((await cli(ACTIONS_ONLY, '--json', '--as-of', '2006-07-01')).stdout);
    expect(json.asOf).toBe('2006-07-01');
    expect(json.actions.map((a: { rag: string }) => a.rag)).toEqual([
      'complete',
      'red',
      'red',
      'red',
      'green',
      'green',
      'red',
      'red',
      'amber',
      'red',
    ]);
  });

  it('takes the due-soon days: with 10, an action due in 12 days keeps its own colour', async () => {
    const json = JSON.parse((await cli(ACTIONS_ONLY, '--json', '--due-soon', '10')).stdout);
    expect(json.actions[3]).toMatchObject({ text: 'Road shows on thresholds', rag: 'green' });
  });
});

describe('a workbook holding only an action plan (docs/rules.md §11)', () => {
  it('prints its tracker in the terminal, Red and Amber actions with their questions', async () => {
    const { code, stdout, stderr } = await cli(ACTIONS_ONLY);
    expect(code).toBe(0);
    expect(stderr).toBe("Read the action plan at 'JAR plan'!A4:E16: 10 actions, rated as of 19 May 2006.\n");
    expect(stdout).toMatch(/^Action plan: 10 actions from 'JAR plan'!A4:E16, report date 19 May 2006\n/);
    expect(stdout).toContain('Completed 1 · On track 3 · At risk 4 · Overdue 2');
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      'Red Write a workforce strategy due 30 April 2006 · Head of HR · Slipping Due 30 April 2006, not complete: what is left, and the new date?',
    );
  });

  it('writes the tracker alone with --out', async () => {
    const out = tmp.file('actions-only.xlsx');
    const result = await cli(ACTIONS_ONLY, '--out', out);
    expect(result.stdout).toBe(
      `Wrote ${out}: the input's sheets plus the action tracker "Actions Q1 2006-07".\n`,
    );
    expect((await load(out)).worksheets.map((s) => s.name)).toEqual(['JAR plan', 'Actions Q1 2006-07']);
  });
});

describe('--forecast linear', () => {
  it('projects the year-to-date count, labelled projected, and leaves the officers’ forecasts as given', async () => {
    const json = JSON.parse((await cli(FORECASTS, '--json', '--forecast', 'linear')).stdout);
    const forecastOf = (ref: string) => json.indicators.find((i: { ref: string }) => i.ref === ref).forecast;
    expect([forecastOf('CP06'), forecastOf('CP01')]).toEqual([
      { value: 380000, target: 400000, rag: 'amber', projected: true },
      { value: 0.65, target: 0.75, rag: 'red', projected: false },
    ]);
  });

  it('projects nothing without it', async () => {
    const json = JSON.parse((await cli(FORECASTS, '--json')).stdout);
    expect(json.indicators.find((i: { ref: string }) => i.ref === 'CP06').forecast).toBeNull();
  });
});
