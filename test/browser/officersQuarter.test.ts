/**
 * Issue 13, as an officer meets it: the pane at 320 × 640 in Chromium, light and dark, on the sample, driven by the
 * mouse and keyboard, with the workbook edited beside it as in Excel. One test per point of the issue: answers and
 * notes typed into a digest survive (also through the CLI), the way back, Use selection on one cell, bad rules,
 * saved rules, the keyboard and screen reader, one status order and a layout that shows its content; axe in each
 * state. Screenshots: test-results/screenshots/13-*.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Workbook } from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { runCli } from '../../src/cli/cli';
import {
  checkThreshold,
  columnLetters,
  COUNTED_DIRECTIONS,
  DIRECTION_TEXT,
  RAG_ORDER,
  RAG_TEXT,
} from '../../src/engine';
import { sheetSnapshot } from '../support/sheetSnapshot';
import { toExcelJS } from '../support/workbookSeed';
import {
  buildOnce,
  clickCell,
  launchChromium,
  openPane,
  sampleWorkbook,
  screenshot,
  typeInCell,
  type PaneSession,
} from './browserSession';
import { ANSWERS, commentaryColumn, DIGEST, walkThroughQuarter } from './quarterWalkthrough';

jest.setTimeout(180_000);

let browser: Browser;
beforeAll(async () => {
  await buildOnce();
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

let session: PaneSession;
afterEach(async () => session?.close());

/** No serious or critical axe violations in the pane as it stands. */
async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('#pane').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** What the pane's document has in focus: its text and its accessible name, for asserting where focus went. */
async function focused(session: PaneSession): Promise<{ text: string; name: string; tag: string }> {
  const frame = session.page.frames().find((f) => f.url().includes('/taskpane.html'))!;
  return frame.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      text: el?.innerText ?? '',
      name: el?.getAttribute('aria-label') ?? el?.innerText ?? '',
      tag: el?.tagName ?? '',
    };
  });
}

/** The digest's cells, row by row (values as stored), from the workbook in "Excel". */
function digestRows(session: PaneSession, name = DIGEST): unknown[][] {
  const workbook = session.preview.host.workbook;
  const sheet = workbook.sheet(name);
  const rows: unknown[][] = [];
  for (const [key, cell] of sheet?.cells ?? []) {
    const [r = 0, c = 0] = key.split(',').map(Number);
    (rows[r] ??= [])[c] = cell.value;
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (v) => (v === '' ? undefined : v)));
}

/** Rows (1-based, as Excel numbers them) whose column A holds `ref`: its Exceptions row first, if it has one. */
const rowsOfRef = (rows: unknown[][], ref: string) =>
  rows.flatMap((row, r) => (row[0] === ref ? [r + 1] : []));

async function generate(session: PaneSession): Promise<void> {
  await session.pane.getByRole('button', { name: 'Generate digest' }).click();
  await session.pane.getByText('Digest written').waitFor();
}

describe.each([
  ['light', false],
  ['dark', true],
])('the officer’s quarter in the %s theme, at 320 × 640', (theme, dark) => {
  const open = async (settings?: Record<string, string>) =>
    (session = await openPane(browser, await sampleWorkbook(), { width: 320, height: 640, dark, settings }));

  it('1. keeps an answer typed beside the prompt and a note typed in a spare cell through a second Generate, saying first what it carries over', async () => {
    await open();
    const { pane, page } = session;
    await generate(session);
    const [exceptionRow] = rowsOfRef(digestRows(session), 'SS2');
    const { col } = commentaryColumn(session);
    await typeInCell(session, DIGEST, `${columnLetters(col)}${exceptionRow}`, ANSWERS[1]!);
    await typeInCell(session, DIGEST, 'D4', 'Figures checked with the team on 12 April.');
    // Asked first; Escape says no, and nothing is written.
    const before = sheetSnapshot(session.preview.host.workbook, DIGEST);
    await pane.getByRole('button', { name: 'Generate digest' }).click();
    await pane.getByRole('alertdialog').waitFor();
    await page.keyboard.press('Escape');
    await pane.getByText('Nothing was written').waitFor();
    expect(sheetSnapshot(session.preview.host.workbook, DIGEST)).toBe(before);
    await pane.getByRole('button', { name: 'Generate digest' }).click();
    const dialog = pane.getByRole('alertdialog');
    await dialog.getByText(/commentary for 1 indicator and 1 note in the list of notes kept/).waitFor();
    await screenshot(page, `13-confirm-carry-over-${theme}`);
    await expectAccessible(page);
    // The dialog has the focus: the keyboard alone answers it.
    expect((await focused(session)).text).toBe('Generate and carry over');
    await page.keyboard.press('Enter');
    await pane.getByText('Digest written').waitFor();
    const rows = digestRows(session);
    for (const r of rowsOfRef(rows, 'SS2')) expect(rows[r - 1]?.[col]).toBe(ANSWERS[1]);
    const note = rows.findIndex((row) => row[1] === 'Figures checked with the team on 12 April.');
    expect(rows[note]?.[0]).toBe('D4');
    await screenshot(page, `13-carried-over-${theme}`);
  });

  it('2. restores the digest a Generate replaced, exactly as it was, from the pane', async () => {
    await open();
    const { pane, page } = session;
    await generate(session);
    await typeInCell(session, DIGEST, 'C4', 'Typed into the first digest');
    const first = sheetSnapshot(session.preview.host.workbook, DIGEST);
    await pane.getByRole('button', { name: 'Generate digest' }).click();
    await pane.getByRole('button', { name: 'Generate and carry over' }).click();
    await pane.getByText('Digest written').waitFor();
    expect(session.preview.host.workbook.sheet('~Previous digest Q4 2006-07')?.visibility).toBe('Hidden');
    await pane.getByRole('button', { name: 'Restore previous digest' }).click();
    await pane.getByText('Previous digest restored').waitFor();
    expect(sheetSnapshot(session.preview.host.workbook, DIGEST)).toBe(first);
    expect((await focused(session)).text).toMatch(/^Previous digest restored/);
    await screenshot(page, `13-restored-${theme}`);
    await expectAccessible(page);
  });

  it('3. takes one selected cell for the table around it, and a cell outside any table for what it is', async () => {
    await open();
    const { pane, page } = session;
    await clickCell(session, 'Quarterly PIs', 'B14');
    await pane.getByRole('button', { name: 'Use selection' }).click();
    await pane
      .getByRole('radio', { name: "Your selection, 'Quarterly PIs'!A5:N48", checked: true })
      .waitFor();
    expect((await focused(session)).text).toMatch(/^Using the table around the selected cell/);
    await pane.getByText(/^37 indicators, Q4 2006\/07/).waitFor();
    expect(
      await pane.getByRole('button', { name: 'Generate digest' }).getAttribute('aria-disabled'),
    ).not.toBe('true');
    await screenshot(page, `13-one-cell-selected-${theme}`);
    await clickCell(session, 'Quarterly PIs', 'F2');
    await pane.getByRole('button', { name: 'Use selection' }).click();
    await pane
      .getByText(/There is no indicator table around 'Quarterly PIs'!F2\. Select the table on its sheet/)
      .waitFor();
    await generate(session);
    expect(digestRows(session)[0]?.[0]).toBe('Performance digest: Q4 2006/07');
  });

  it('4. keeps the last good preview, greyed, with the reason above it, for a rule it cannot read; the CLI says the same words', async () => {
    await open();
    const { pane, page } = session;
    await pane.getByRole('button', { name: '3. Rules' }).click();
    const tolerance = pane.getByRole('textbox', { name: 'Tolerance' });
    await tolerance.fill('-5%');
    const refused = checkThreshold('-5%', 'tolerance');
    const words = refused.ok ? '' : refused.message;
    await pane.getByText(words).waitFor();
    await pane.getByText(/^This preview is for the last rules that could be read/).waitFor();
    await pane.getByRole('list', { name: 'Exceptions' }).waitFor();
    expect(await pane.getByRole('button', { name: 'Generate digest' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    await pane.getByRole('textbox', { name: 'Change threshold' }).scrollIntoViewIfNeeded();
    await screenshot(page, `13-bad-rule-${theme}`);
    await expectAccessible(page);
    let stderr = '';
    const io = {
      stdout: () => undefined,
      stderr: (t: string) => (stderr += t),
      now: () => new Date(),
      version: 'x',
    };
    expect(await runCli(['whatever.xlsx', '--tolerance', '-5%'], io)).toBe(1);
    expect(stderr).toBe(`perf-digest: --tolerance: ${words}\n`);
    await tolerance.fill('150%');
    await pane.getByText(/^150% is more than the whole target/).waitFor();
    expect(
      await pane.getByRole('button', { name: 'Generate digest' }).getAttribute('aria-disabled'),
    ).not.toBe('true');
  });

  it('5. shows saved rules that are not the defaults, and puts them back with Reset to defaults', async () => {
    const saved = {
      basis: 'previous',
      tolerance: { kind: 'relative', value: 0.1 },
      changeThreshold: { kind: 'absolute', value: 0 },
    };
    await open({ 'performanceDigest.settings': JSON.stringify(saved) });
    const { pane, page } = session;
    await pane.getByText(/Rules not the defaults: tolerance 10% \(default 5%\)\./).waitFor();
    expect(await pane.getByRole('button', { name: '3. Rules' }).getAttribute('aria-expanded')).toBe('true');
    await pane.getByRole('button', { name: 'Reset to defaults' }).scrollIntoViewIfNeeded();
    await screenshot(page, `13-saved-rules-${theme}`);
    await pane.getByRole('button', { name: 'Reset to defaults' }).click();
    expect((await focused(session)).text).toMatch(/^Rules back to the defaults/);
    await pane.getByText(/Rules not the defaults/).waitFor({ state: 'detached' });
    expect(await pane.getByRole('textbox', { name: 'Tolerance' }).inputValue()).toBe('5%');
  });

  it('6. gives the focus to the result of every action, never under the Generate bar, with messages that can be dismissed', async () => {
    await open();
    const { pane, page } = session;
    const frame = page.frames().find((f) => f.url().includes('/taskpane.html'))!;
    const tabTo = async (found: (f: { text: string; name: string }) => boolean) => {
      for (let i = 0; i < 300 && !found(await focused(session)); i++) await page.keyboard.press('Tab');
    };
    // Every Go to button reached by Tab sits clear of the sticky Generate bar.
    await tabTo((f) => f.name.startsWith('Go to the Q4 2006/07 figure of'));
    const coveredByBar = () =>
      frame.evaluate(() => {
        const bar = document.getElementById('generate')!.parentElement!.getBoundingClientRect();
        return document.activeElement!.getBoundingClientRect().bottom > bar.top;
      });
    for (let checked = 0, i = 0; i < 80 && checked < 10; i++) {
      if ((await focused(session)).name.startsWith('Go to')) {
        expect(await coveredByBar()).toBe(false);
        checked++;
      }
      await page.keyboard.press('Tab');
    }
    await screenshot(page, `13-focus-clear-of-bar-${theme}`);
    // Undo my corrections: the focus goes to what it did.
    await pane.getByRole('button', { name: '2. Check the columns' }).click();
    await pane.getByRole('combobox', { name: 'C: Good is' }).selectOption({ label: 'Not used' });
    await pane.getByRole('button', { name: 'Undo my corrections' }).focus();
    await page.keyboard.press('Enter');
    expect((await focused(session)).text).toMatch(/^Corrections undone/);
    // Generate: the focus goes to what was written; Dismiss gives it back to the pane's title.
    await pane.getByRole('button', { name: 'Generate digest' }).focus();
    await page.keyboard.press('Enter');
    await pane.getByText('Digest written').waitFor();
    expect((await focused(session)).text).toMatch(/^Digest written/);
    await screenshot(page, `13-written-message-${theme}`);
    await tabTo((f) => f.text === 'Dismiss');
    await page.keyboard.press('Enter');
    expect(await pane.getByText('Digest written').count()).toBe(0);
    expect((await focused(session)).text).toBe('Performance Digest');
  });

  it('7. names each Go to by indicator and figure, and selects that figure', async () => {
    await open();
    const { pane, page, preview } = session;
    const goTo = pane.getByRole('button', {
      name: "Go to the Q4 2006/07 figure of Initial assessments completed within 7 working days, 'Quarterly PIs'!L14",
    });
    await goTo.click();
    await page.locator('#workbook td.selected').waitFor();
    const view = await (await fetch(`${preview.url}/api/workbook`)).json();
    expect(view.selection).toMatchObject({ sheet: 'Quarterly PIs', r0: 13, c0: 11 });
    const sheet = preview.host.workbook.sheet('Quarterly PIs')!;
    expect(preview.host.workbook.peek(sheet, 13, 11).value).toBe(0.65);
    await screenshot(page, `13-go-to-figure-${theme}`);
  });

  it('8. lists statuses in one order, Red first, in the pane, the sheet and the terminal; directions unlike statuses', async () => {
    await open();
    const { pane } = session;
    const words = [...RAG_ORDER.map((r) => RAG_TEXT[r]), ...COUNTED_DIRECTIONS.map((d) => DIRECTION_TEXT[d])];
    const badges = await pane
      .getByRole('list', { name: 'All indicators' })
      .getByRole('listitem')
      .allInnerTexts();
    expect(badges.map((b) => b.replace(/ \d+$/, ''))).toEqual(words);
    await generate(session);
    const rows = digestRows(session);
    const header = rows.find((r) => r[1] === 'Outcome');
    expect(header?.slice(2, 8)).toEqual(RAG_ORDER.map((r) => RAG_TEXT[r]));
    let terminal = '';
    const io = {
      stdout: (t: string) => (terminal += t),
      stderr: () => undefined,
      now: () => new Date(),
      version: 'x',
    };
    await runCli([join(__dirname, '..', '..', 'assets', 'sample-quarterly-digest.xlsx')], io);
    expect(terminal).toContain('Red 6 · Amber 6 · Green 15 · No target 4 · No data 3 · Data only 3');
    // A status badge is filled; a direction's is an outline with no fill.
    const style = (text: string) =>
      pane
        .getByRole('list', { name: 'All indicators' })
        .getByText(text)
        .evaluate((el) => ({
          fill: getComputedStyle(el).backgroundColor,
          radius: getComputedStyle(el).borderRadius,
        }));
    const red = await style('Red 6');
    const worsening = await style('Worsening 10');
    expect(worsening.fill).toBe('rgba(0, 0, 0, 0)');
    expect(red.fill).not.toBe('rgba(0, 0, 0, 0)');
    expect(worsening.radius).not.toBe(red.radius);
  });

  it('9. shows the digest’s Trend bars and its Improving and Worsening headings whole', async () => {
    await open();
    const { page } = session;
    await generate(session);
    const grid = page.locator('#workbook table');
    await grid.getByText('Summary', { exact: true }).waitFor();
    for (const text of ['Improving', 'Worsening', 'Trend']) {
      const cell = grid.locator('td', { hasText: new RegExp(`^${text}$`) }).first();
      const cut = await cell.evaluate((td) => td.scrollWidth > td.clientWidth);
      expect(`${text} cut: ${cut}`).toBe(`${text} cut: false`);
    }
    const bars = grid.locator('td', { hasText: /^[▁▂▃▄▅▆▇█ ]{8}$/ });
    expect(await bars.count()).toBeGreaterThan(0);
    for (const cut of await bars.evaluateAll((tds) => tds.map((td) => td.scrollWidth > td.clientWidth)))
      expect(cut).toBe(false);
    await page
      .locator('#workbook')
      .screenshot({ path: join('test-results', 'screenshots', `13-digest-layout-${theme}.png`) });
  });
});

describe('through the CLI (rules §6: nothing typed is lost)', () => {
  it('keeps the answer typed beside the prompt and the note typed in a spare cell of the digest the pane wrote', async () => {
    session = await openPane(browser, await sampleWorkbook(), { width: 320 });
    await generate(session);
    const [exceptionRow] = rowsOfRef(digestRows(session), 'SS2');
    const { col } = commentaryColumn(session);
    await typeInCell(session, DIGEST, `${columnLetters(col)}${exceptionRow}`, ANSWERS[1]!);
    await typeInCell(session, DIGEST, 'D4', 'A note for the board');
    const folder = mkdtempSync(join(tmpdir(), 'pane-then-cli-'));
    await toExcelJS(session.preview.host.workbook).xlsx.writeFile(join(folder, 'typed.xlsx'));
    const io = { stdout: () => undefined, stderr: () => undefined, now: () => new Date(), version: 'x' };
    expect(await runCli([join(folder, 'typed.xlsx'), '--out', join(folder, 'again.xlsx')], io)).toBe(0);
    const again = new Workbook();
    await again.xlsx.readFile(join(folder, 'again.xlsx'));
    const digest = again.getWorksheet(DIGEST)!;
    const values = Array.from(digest.getSheetValues() as unknown[][], (row) =>
      Array.from(row ?? []).slice(1),
    );
    const answered = values.filter((row) => row[0] === 'SS2').map((row) => row[col]);
    expect(answered).toEqual([ANSWERS[1], ANSWERS[1]]);
    expect(values.find((row) => row[1] === 'A note for the board')?.[0]).toBe('D4');
  });
});

describe('the whole quarter, as one walk-through (timed by bench/walkthrough.ts; no timing asserted here)', () => {
  it('opens, checks the columns, sets a rule, writes, answers two prompts, writes again and restores', async () => {
    const walk = await walkThroughQuarter(browser);
    session = walk.session;
    expect(sheetSnapshot(session.preview.host.workbook, DIGEST)).toBe(walk.beforeRegenerate);
    const rows = digestRows(session);
    const { col } = commentaryColumn(session);
    for (const [i, cell] of walk.answered.entries())
      expect(rows[Number(/\d+/.exec(cell)![0]) - 1]?.[col]).toBe(ANSWERS[i]);
    const kept = digestRows(session, '~Previous digest Q4 2006-07');
    expect(kept.flat()).toEqual(expect.arrayContaining(ANSWERS));
  });
});
