/**
 * The browser tests' harness: one production build of the pane (made again only when its sources change), the preview
 * server on a fake workbook, and Debian's Chromium driven by playwright-core (never a downloaded browser).
 * Screenshots go to test-results/.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { buildPane } from '../../scripts/buildPane';
import { startPreview, type Preview } from '../../scripts/preview/server';
import { seedFromExcelJS } from '../support/workbookSeed';

const ROOT = join(__dirname, '..', '..');
export const BUILD_DIR = join(ROOT, 'test-results', 'pane-build');
export const SHOTS_DIR = join(ROOT, 'test-results', 'screenshots');
export const SAMPLE = join(ROOT, 'assets', 'sample-quarterly-digest.xlsx');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** What the build is made from: every file under src/, the webpack config and the locked dependencies. */
function sourceHash(): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) add(join(path, name));
    else hash.update(path).update(readFileSync(path));
  };
  for (const path of ['src', 'webpack.config.js', 'package-lock.json']) add(join(ROOT, path));
  return hash.digest('hex');
}

/** One build at a time across jest's workers (a folder as the lock); a lock older than 10 minutes is stale. */
async function locked(run: () => Promise<void>): Promise<void> {
  const lock = `${BUILD_DIR}.lock`;
  mkdirSync(join(BUILD_DIR, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - statSync(lock).mtimeMs > 600_000) rmdirSync(lock);
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    await run();
  } finally {
    rmdirSync(lock);
  }
}

/** The production build, made again only when what it is made from has changed (test files share it). */
async function buildIfChanged(): Promise<void> {
  const hash = sourceHash();
  const stamp = join(BUILD_DIR, '.source-hash');
  await locked(async () => {
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
    await buildPane(BUILD_DIR);
    writeFileSync(stamp, hash);
  });
}

let built: Promise<void> | null = null;
export const buildOnce = (): Promise<void> => (built ??= buildIfChanged());

/** Why the browser tests cannot run here, in one line saying what to do; null when Chromium is where we look. */
export function missingChromium(): string | null {
  return existsSync(CHROMIUM)
    ? null
    : `No Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (as .ci/run does), or set CHROMIUM_PATH to a Chromium or Chrome executable.`;
}

/** An error jest shows as its message alone: a missing browser is a setup step, not a bug to trace. */
export function setupError(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

export async function sampleWorkbook(): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(SAMPLE);
  return wb;
}

export interface PaneSession {
  preview: Preview;
  page: Page;
  pane: FrameLocator;
  /** Requests that left the machine (anything not to the preview server): must stay empty. */
  offline: string[];
  close: () => Promise<void>;
}

export interface PaneOptions {
  width?: number;
  dark?: boolean;
  /** The document's settings store, as a workbook saved with settings would have (JSON text per key). */
  settings?: Record<string, string>;
  /** The browser window's height (the pane is as tall): 640 for the narrow, short pane an officer may have. */
  height?: number;
}

/** The preview page (pane beside the grid) on a workbook, with the pane booted and reading it. */
export async function openPane(
  browser: Browser,
  source: Workbook,
  options: PaneOptions = {},
): Promise<PaneSession> {
  const preview = await startPreview({
    workbook: seedFromExcelJS(source),
    distDir: BUILD_DIR,
    ...(options.settings && { settings: options.settings }),
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: options.height ?? 860 },
    colorScheme: options.dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  const offline: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(preview.url)) return route.continue();
    offline.push(url);
    return route.abort();
  });
  const query = new URLSearchParams({
    width: String(options.width ?? 350),
    ...(options.dark && { theme: 'dark' }),
  });
  await page.goto(`${preview.url}/?${query}`);
  const pane = page.frameLocator('#pane');
  await pane.getByRole('heading', { name: 'Performance Digest' }).waitFor();
  return {
    preview,
    page,
    pane,
    offline,
    close: async () => {
      await context.close();
      await preview.close();
    },
  };
}

/** The preview page as a whole (`name.png`: pane and workbook) and the pane alone (`name-pane.png`). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`) });
  await page.locator('#pane').screenshot({ path: join(SHOTS_DIR, `${name}-pane.png`) });
}

/** `K28` → zero-based row and column. */
function cellAt(a1: string): { row: number; col: number } {
  const [, letters = 'A', digits = '1'] = /^([A-Z]+)(\d+)$/.exec(a1) ?? [];
  const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(digits) - 1, col };
}

/** Clicks a cell of the workbook beside the pane, on its sheet's tab, as a person selects a cell in Excel. */
export async function clickCell(session: PaneSession, sheet: string, a1: string): Promise<void> {
  const { page } = session;
  await page.locator('#workbook').getByRole('button', { name: sheet, exact: true }).click();
  const { row, col } = cellAt(a1);
  await page
    .locator('#workbook table tr')
    .nth(row + 1)
    .locator('td')
    .nth(col)
    .click();
  await page.locator('#workbook td.selected.single').waitFor();
}

/** Types text into a cell of the workbook as a person does in Excel (select it, type, Enter); waits until Excel has it. */
export async function typeInCell(
  session: PaneSession,
  sheet: string,
  a1: string,
  text: string,
): Promise<void> {
  await clickCell(session, sheet, a1);
  await session.page.keyboard.type(text);
  await session.page.keyboard.press('Enter');
  const { row, col } = cellAt(a1);
  const workbook = session.preview.host.workbook;
  const entered = () => String(workbook.peek(workbook.sheet(sheet)!, row, col).value) === text;
  for (let i = 0; i < 100 && !entered(); i++) await session.page.waitForTimeout(50);
}
