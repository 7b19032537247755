/**
 * The task pane in Chromium: the production build, the real office.js booted against the fake Excel host, driven as
 * a user would (roles and names, the keyboard), on the sample workbook. Screenshots of each step: test-results/screenshots/.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Workbook, type Worksheet } from 'exceljs';
import type { Browser } from 'playwright-core';
import { runCli } from '../../src/cli/cli';
import { columnLetters, isDigestSheet, isKeptDigest } from '../../src/engine';
import { BUDGET_BYTES, kb, paneGzipBytes } from '../../scripts/checkBundle';
import { serviceFileBytes, servicesWorkbook } from '../support/services';
import { toExcelJS } from '../support/workbookSeed';
import {
  BUILD_DIR,
  SAMPLE,
  buildOnce,
  launchChromium,
  missingChromium,
  openPane,
  sampleWorkbook,
  screenshot,
  setupError,
  type PaneSession,
} from './browserSession';

jest.setTimeout(120_000);

const noChromium = missingChromium();
/** Without Chromium the browser tests are skipped and the one test below fails, saying how to install it. */
const inChromium = noChromium ? describe.skip : describe;

beforeAll(() => buildOnce());

let browser: Browser;

type Value = string | number | boolean | null;

/** A sheet's values as rows of plain values, for comparing two writers' output. */
function valuesOf(ws: Worksheet): Value[][] {
  const rows: Value[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: Value[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value;
      // An empty string is an empty cell: Excel keeps no "" (the Office.js writer), ExcelJS does (the CLI's).
      // A date reads as a Date from ExcelJS's file and as its serial from the fake host: compare serials.
      cells[c - 1] =
        v === null || v === undefined || v === ''
          ? null
          : v instanceof Date
            ? 25569 + v.getTime() / 86_400_000
            : typeof v === 'object'
              ? cell.text
              : v;
    });
    rows[r - 1] = cells;
  });
  return rows;
}

function digestSheetOf(wb: Workbook): Worksheet {
  const found = wb.worksheets.find(
    (ws) =>
      !isKeptDigest(ws.name) &&
      isDigestSheet({ name: ws.name, origin: { row: 0, col: 0 }, values: valuesOf(ws), formats: [] }),
  );
  if (!found) throw new Error(`no digest sheet among ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return found;
}

/** The CLI's output workbook for the sample, written by ExcelJS, as `npm run demo` makes it. */
async function cliWorkbook(args: string[] = []): Promise<Workbook> {
  const out = join(mkdtempSync(join(tmpdir(), 'pane-vs-cli-')), 'digest.xlsx');
  const io = { stdout: () => undefined, stderr: () => undefined, now: () => new Date(), version: 'test' };
  expect(await runCli([SAMPLE, '--out', out, ...args], io)).toBe(0);
  const wb = new Workbook();
  await wb.xlsx.readFile(out);
  return wb;
}

const cliDigest = async (args: string[] = []): Promise<Worksheet> => digestSheetOf(await cliWorkbook(args));

const paneDigest = (session: PaneSession): Worksheet =>
  digestSheetOf(toExcelJS(session.preview.host.workbook));

/** The visible start of an exception's Go to button, before the figure's cell. */
const FIGURE = 'Go to the Q4 2006/07 figure, ';

/** The cell selected in the workbook, as Excel writes its address. */
async function selected(url: string): Promise<string> {
  const { selection } = await (await fetch(`${url}/api/workbook`)).json();
  return `'${selection.sheet}'!${columnLetters(selection.c0)}${selection.r0 + 1}`;
}

async function generate(session: PaneSession): Promise<void> {
  await session.pane.getByRole('button', { name: 'Generate digest' }).click();
  await session.pane.getByText('Digest written').waitFor();
}

describe('the browser tests', () => {
  it('find Chromium where they look for it', () => {
    if (noChromium) throw setupError(noChromium);
  });
});

inChromium('the task pane in a browser', () => {
  let session: PaneSession;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => session?.close());

  it('goes from the sample workbook to a written digest with the same values as the CLI', async () => {
    session = await openPane(browser, await sampleWorkbook());
    const { pane, page } = session;
    await pane
      .getByRole('radio', { name: /^Quarterly PIs, A5:[A-Z]+\d+: \d+ indicators, a good match$/ })
      .waitFor();
    await screenshot(page, '01-source-and-preview');
    await pane.getByRole('button', { name: '2. Check the columns' }).click();
    await screenshot(page, '02-columns');
    await pane.getByRole('button', { name: '3. Rules' }).click();
    await pane.getByRole('textbox', { name: 'Tolerance' }).scrollIntoViewIfNeeded();
    await screenshot(page, '03-rules');
    await pane.getByRole('heading', { name: /^Exceptions/ }).scrollIntoViewIfNeeded();
    await screenshot(page, '04-exceptions');
    await generate(session);
    await page.locator('#workbook table').getByText('Summary', { exact: true }).waitFor();
    await screenshot(page, '05-digest-written');
    expect(valuesOf(paneDigest(session))).toEqual(valuesOf(await cliDigest()));
    expect(JSON.parse(session.preview.settings['performanceDigest.settings'] ?? '{}')).toMatchObject({
      sheet: 'Quarterly PIs',
    });
    expect(session.offline).toEqual([]);
  });

  it('changes the result when a column role is corrected (rules §1)', async () => {
    session = await openPane(browser, await sampleWorkbook());
    const { pane, page } = session;
    const all = pane.getByRole('list', { name: 'All indicators' });
    const before = await all.textContent();
    await pane.getByRole('button', { name: '2. Check the columns' }).click();
    // Without its polarity column every indicator is rated as higher is better: no more Data only (rules §1, §3).
    await all.getByText(/^Data only \d+$/).waitFor();
    await pane.getByRole('combobox', { name: 'C: Good is' }).selectOption({ label: 'Not used' });
    await all.getByText(/^Data only \d+$/).waitFor({ state: 'detached' });
    expect(await all.textContent()).not.toBe(before);
    await screenshot(page, '06-column-corrected');
    await generate(session);
    expect(valuesOf(paneDigest(session))).not.toEqual(valuesOf(await cliDigest()));
    // The sample's three sheets, the digest, its Charts sheet (issue 12) and the action-plan tracker (issue 11).
    expect(session.preview.host.workbook.sheets).toHaveLength(6);
  });

  it('says clearly when the workbook has no indicator table (rules §1)', async () => {
    const notes = new Workbook();
    notes.addWorksheet('Notes').addRow(['Minutes of the performance board, 12 March 2007']);
    session = await openPane(browser, notes);
    const { pane, page } = session;
    await pane.getByText(/No indicator table found in this workbook\./).waitFor();
    await expect(pane.getByRole('button', { name: 'Generate digest' }).isDisabled()).resolves.toBe(true);
    await screenshot(page, '07-no-table');
  });

  it('selects an exception’s figure in the workbook with Go to', async () => {
    session = await openPane(browser, await sampleWorkbook());
    const { pane, page, preview } = session;
    const goTo = pane
      .getByRole('list', { name: 'Exceptions' })
      .getByRole('button', { name: /^Go to / })
      .first();
    const address = (await goTo.textContent())!.replace(FIGURE, '');
    await goTo.click();
    await page.locator('#workbook td.selected').waitFor();
    await screenshot(page, '08-go-to-cell');
    expect(await selected(preview.url)).toBe(address);
  });

  it('digests the range selected in the workbook with Use selection', async () => {
    session = await openPane(browser, await sampleWorkbook());
    const { page, pane } = session;
    // Select A5:M20 in the grid (header row and the first two outcomes), as a user would in Excel.
    const grid = page.locator('#workbook table');
    await grid.locator('tr').nth(5).locator('td').first().click();
    await grid
      .locator('tr')
      .nth(20)
      .locator('td')
      .nth(12)
      .click({ modifiers: ['Shift'] });
    await pane.getByRole('button', { name: 'Use selection' }).click();
    await pane
      .getByRole('radio', { name: "Your selection, 'Quarterly PIs'!A5:M20", checked: true })
      .waitFor();
    await pane.getByText(/^13 indicators, Q4 2006\/07/).waitFor();
    await screenshot(page, '12-use-selection');
  });

  it('can be completed with the keyboard alone, with the focus visible', async () => {
    session = await openPane(browser, await sampleWorkbook());
    const { page, pane } = session;
    const frame = page.frames().find((f) => f.url().includes('/taskpane.html'))!;
    const focus = () =>
      frame.evaluate(() => {
        const el = document.activeElement;
        return { text: el?.textContent ?? '', textbox: el instanceof HTMLInputElement && el.type === 'text' };
      });
    const tabTo = async (found: (f: { text: string; textbox: boolean }) => boolean) => {
      for (let i = 0; i < 200 && !found(await focus()); i++) await page.keyboard.press('Tab');
    };
    await pane.getByRole('button', { name: 'Generate digest' }).waitFor();
    // Open the rules, set the tolerance to 10%, go to an exception's cell, then write: Tab, Enter and typing only.
    await tabTo((f) => f.text === '▸3. Rules');
    await page.keyboard.press('Enter');
    await tabTo((f) => f.textbox); // the tolerance: the first text box of the rules
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('10%');
    await tabTo((f) => f.text.startsWith('Go to '));
    const cell = (await focus()).text.replace(FIGURE, '');
    await page.keyboard.press('Enter');
    await page.locator('#workbook td.selected').waitFor();
    expect(await selected(session.preview.url)).toBe(cell);
    await tabTo((f) => f.text === 'Generate digest');
    await expect(
      frame.evaluate(() => document.activeElement?.hasAttribute('data-fui-focus-visible')),
    ).resolves.toBe(true);
    await screenshot(page, '09-keyboard-focus');
    await page.keyboard.press('Enter');
    await pane.getByText('Digest written').waitFor();
    expect(valuesOf(paneDigest(session))).toEqual(valuesOf(await cliDigest(['--tolerance', '10%'])));
  });

  it('writes the exceptions report and the action-plan tracker chosen in Reports, as the CLI writes them (issue 11)', async () => {
    session = await openPane(browser, await sampleWorkbook());
    const { pane, page } = session;
    await pane.getByRole('button', { name: '4. Reports' }).click();
    await pane.getByRole('checkbox', { name: 'Exceptions report' }).check();
    await pane.getByLabel('Report date').fill('2006-06-01');
    await pane.getByRole('heading', { name: 'Exceptions report: status by outcome' }).waitFor();
    const flagged = pane.getByRole('list', { name: 'Red and Amber actions' });
    // On 1 June 2006 recommendation 2, due 31 May and only in progress, is past due (it was Amber on 19 May).
    await flagged.getByText('Due 31 May 2006, not complete: what is left, and the new date?').waitFor();
    await flagged.scrollIntoViewIfNeeded();
    await screenshot(page, '13-reports-preview');
    await generate(session);
    const pane$ = toExcelJS(session.preview.host.workbook);
    const cli = await cliWorkbook(['--report', 'exceptions,actions', '--as-of', '2006-06-01']);
    for (const name of ['Digest Q4 2006-07', 'Exceptions Q4 2006-07', 'Actions Q4 2006-07'])
      expect(valuesOf(pane$.getWorksheet(name)!)).toEqual(valuesOf(cli.getWorksheet(name)!));
  });

  it.each([
    ['light', false],
    ['dark', true],
  ])('has no serious or critical accessibility violations (axe), %s theme', async (theme, dark) => {
    session = await openPane(browser, await sampleWorkbook(), { dark, width: 320 });
    const { page, pane } = session;
    await pane.getByRole('button', { name: 'Generate digest' }).waitFor();
    await screenshot(page, `10-narrow-320-${theme}`);
    for (const step of ['2. Check the columns', '3. Rules', '4. Reports'])
      await pane.getByRole('button', { name: step }).click();
    await screenshot(page, `11-narrow-320-${theme}-steps-open`);
    const results = await new AxeBuilder({ page }).include('#pane').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('the production build', () => {
  it(`keeps the task pane's script within ${kb(BUDGET_BYTES)} gzipped`, () => {
    expect(paneGzipBytes(BUILD_DIR)).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});

inChromium('compiling several sources in a browser (issue 10)', () => {
  let session: PaneSession;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => session?.close());

  /** The open workbook holds children's services and health; the youth service's workbook is added from disk. */
  async function compiled(): Promise<PaneSession> {
    session = await openPane(
      browser,
      servicesWorkbook([
        { service: 0, sheet: 'Children' },
        { service: 1, sheet: 'Health' },
      ]),
    );
    const { pane } = session;
    await pane.getByRole('checkbox', { name: /^Health/ }).click();
    await pane.getByLabel('Workbooks to add').setInputFiles({
      name: 'Youth service.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await serviceFileBytes(2)),
    });
    await pane.getByText('Youth service.xlsx: added').waitFor();
    return session;
  }

  it('ticks a second sheet with the keyboard', async () => {
    session = await openPane(
      browser,
      servicesWorkbook([
        { service: 0, sheet: 'Children' },
        { service: 1, sheet: 'Health' },
      ]),
    );
    const health = session.pane.getByRole('checkbox', { name: /^Health/ });
    await health.focus();
    await session.page.keyboard.press('Space');
    await expect(health.isChecked()).resolves.toBe(true);
  });

  it('reads an added workbook in the pane, uploading nothing, and previews the compiled digest', async () => {
    const { pane, page, offline } = await compiled();
    await pane.getByRole('checkbox', { name: /^Health/ }).scrollIntoViewIfNeeded();
    await screenshot(page, '13-compile-sources');
    const stops = pane.getByText(/Youth service's sheet stops at Q2 2006\/07/);
    await stops.scrollIntoViewIfNeeded();
    await stops.waitFor();
    await screenshot(page, '14-compile-data-issues');
    expect(offline).toEqual([]);
  });

  it('writes the compiled digest and saves the sources by name', async () => {
    const { page } = await compiled();
    await generate(session);
    await page.locator('#workbook table').getByText('Summary', { exact: true }).waitFor();
    await screenshot(page, '15-compiled-digest-written');
    expect(JSON.parse(session.preview.settings['performanceDigest.settings'] ?? '{}')).toMatchObject({
      sources: ['Children', 'Health', 'Youth service.xlsx:PIs'],
    });
  });
});
