/**
 * The browser tests' harness: one production build of the pane per run, the preview server on a fake workbook,
 * and Debian's Chromium driven by playwright-core (never a downloaded browser). Screenshots go to test-results/.
 */
import { existsSync, mkdirSync } from 'node:fs';
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

let built: Promise<void> | null = null;
export const buildOnce = (): Promise<void> => (built ??= buildPane(BUILD_DIR));

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
}

/** The preview page (pane beside the grid) on a workbook, with the pane booted and reading it. */
export async function openPane(
  browser: Browser,
  source: Workbook,
  options: PaneOptions = {},
): Promise<PaneSession> {
  const preview = await startPreview({ workbook: seedFromExcelJS(source), distDir: BUILD_DIR });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
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
