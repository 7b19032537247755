/**
 * Security of the add-in's pages (issue 6, "Security"): a Content-Security-Policy that allows scripts only from our
 * own origin and Microsoft's office.js CDN, no eval and no inline script, and no requests beyond our origin at run
 * time. Checked on the page templates, on a production build (pages and bundles), and in Chromium: the built pane
 * runs on the preview under its policy without a single violation.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium, type Browser } from 'playwright-core';
import { buildPane } from '../../scripts/buildPane';
import { startPreview } from '../../scripts/preview/server';
import { seedFromExcelJS } from '../support/workbookSeed';
import { sampleWorkbook } from '../browser/browserSession';
import { cspOf, inlineHandlers, OFFICE_JS, scriptsOf, sourcesFor } from './pageSecurity';

const ROOT = join(__dirname, '..', '..');
const TEMPLATES = ['src/taskpane/taskpane.html', 'src/commands/commands.html'];
const OUR_OWN = /^(?!\/\/)[\w./-]+\.js$/; // a relative file of the build, never protocol-relative

function expectSafePage(html: string): void {
  const csp = cspOf(html);
  if (!csp) throw new Error('the page has no Content-Security-Policy meta');
  expect(sourcesFor(csp, 'script-src').sort()).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(sourcesFor(csp, 'connect-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  for (const [directive, sources] of csp)
    if (directive !== 'style-src')
      expect(sources).not.toContainEqual(expect.stringMatching(/unsafe|\*|^https?:$|^data:$/));
  expect(sourcesFor(csp, 'style-src')).not.toContainEqual(expect.stringMatching(/\*|^https?:$/));
  // The policy must be in force before the first script loads.
  expect(html.search(/Content-Security-Policy/i)).toBeLessThan(html.search(/<script/i));
  const scripts = scriptsOf(html);
  expect(scripts.filter((s) => s.body !== '' || s.src === null)).toEqual([]);
  for (const { src } of scripts) expect(src === OFFICE_JS || OUR_OWN.test(src ?? '')).toBe(true);
  expect(inlineHandlers(html)).toEqual([]);
}

describe('the pages carry a strict Content-Security-Policy (issue 6)', () => {
  it.each(TEMPLATES)(
    '%s: scripts only from our origin and the office.js CDN, none inline, no eval',
    (page) => {
      expectSafePage(readFileSync(join(ROOT, page), 'utf8'));
    },
  );
});

describe('the production build keeps to it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'perf-digest-security-build-'));
  let browser: Browser | undefined;
  beforeAll(() => buildPane(dir), 180_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['taskpane.html', 'commands.html'])(
    'built %s keeps the policy and loads no inline script',
    (page) => {
      expectSafePage(readFileSync(join(dir, page), 'utf8'));
    },
  );

  it.each(['taskpane.js', 'commands.js'])(
    '%s has no eval, Function constructor or string timers',
    (bundle) => {
      // webpack's runtime finds the global object with `this || new Function("return this")()` only where
      // globalThis is missing, which no browser that runs ExcelApi 1.7 add-ins lacks; that one is allowed.
      const code = readFileSync(join(dir, bundle), 'utf8').replace(
        /"object"==typeof globalThis\)return globalThis;try\{return this\|\|new Function\("return this"\)\(\)\}/,
        '',
      );
      expect(code.match(/\beval\(|new Function\b|\bFunction\(|set(Timeout|Interval)\(\s*["'`]/g)).toBeNull();
    },
  );

  it.each(['taskpane.js', 'commands.js'])(
    '%s names no server but XML namespaces and React error pages',
    (bundle) => {
      const urls = new Set(readFileSync(join(dir, bundle), 'utf8').match(/https?:\/\/[\w.-]+/g) ?? []);
      const allowed = /^http:\/\/www\.w3\.org$|^https:\/\/reactjs\.org$/; // namespace URIs and error-message links
      expect([...urls].filter((u) => !allowed.test(u))).toEqual([]);
    },
  );

  it('the built pane runs under its policy in Chromium with no violation and no request beyond our origin', async () => {
    const preview = await startPreview({ workbook: seedFromExcelJS(await sampleWorkbook()), distDir: dir });
    try {
      browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
      const page = await browser.newPage();
      const violations: string[] = [];
      const elsewhere: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
      });
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(preview.url)) return route.continue();
        elsewhere.push(url);
        return route.abort();
      });
      await page.goto(`${preview.url}/?width=350`);
      const pane = page.frameLocator('#pane');
      await pane.getByRole('heading', { name: 'Performance Digest' }).waitFor();
      // The pane has read the workbook and shown its preview: Fluent's run-time styles and office.js have run.
      await pane
        .getByText(/Quarterly PIs/)
        .first()
        .waitFor();
      expect(violations).toEqual([]);
      expect(elsewhere).toEqual([]);
    } finally {
      await preview.close();
    }
  }, 60_000);
});
