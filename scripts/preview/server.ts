/**
 * The preview: the built task pane in an ordinary browser, with the REAL office.js (from node_modules) booted against
 * the fake Excel host of test/support (a fake `window.external`, Route B), and a grid of the fake workbook beside it
 * (click to select, type to enter a value, as in Excel). Every Excel batch the pane sends is answered here, in Node, by one FakeExcelHost; document settings
 * are kept here too, so reloading the page is reopening the workbook. The browser tests drive this same server.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize } from 'node:path';
import ts from 'typescript';
import type { Area } from '../../test/support/fakeExcel/a1';
import { FakeExcelHost } from '../../test/support/fakeExcel/fakeExcelHost';
import { selectArea } from '../../test/support/fakeExcel/selectionModel';
import { typeIntoCell } from '../../test/support/fakeExcel/typing';
import type { FakeWorkbook } from '../../test/support/fakeExcel/workbook';
import { fakeWin32HostScript } from '../../test/support/fakeWin32Host';
import { workbookView } from './workbookView';

export interface PreviewOptions {
  workbook: FakeWorkbook;
  /** The production build of the task pane (taskpane.html, taskpane.js). */
  distDir: string;
  port?: number;
  /** The document's settings store (JSON text per key), as a workbook saved with settings would have. */
  settings?: Record<string, string>;
  excelApi?: string;
}

export interface Preview {
  url: string;
  host: FakeExcelHost;
  settings: Record<string, string>;
  close: () => Promise<void>;
}

const OFFICE_DIST = dirname(require.resolve('@microsoft/office-js/dist/office.js'));
const CDN_OFFICE_JS = /<script src="?https:\/\/appsforoffice\.microsoft\.com\/[^">]*office\.js"?><\/script>/;
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.css': 'text/css',
};

/** In the pane's page, before office.js: the fake host, its channel to this server, and settings kept here. */
function hostScript(settings: Record<string, string>, excelApi: string): string {
  return `${fakeWin32HostScript({ settings: { ...settings }, requirementSets: { ExcelApi: excelApi } })}
window.__processQuery = (body) => fetch('/api/query', { method: 'POST', body }).then((r) => r.text());
(() => {
  const external = window.external;
  const getContext = external.GetContext;
  // The Office theme (ints 0xRRGGBB, as Excel for Windows gives them): ?theme=dark plays Office's Black theme.
  const dark = new URLSearchParams(location.search).get('theme') === 'dark';
  const theme = dark
    ? { bodyBackgroundColor: 0x262626, bodyForegroundColor: 0xffffff, controlBackgroundColor: 0x363636, controlForegroundColor: 0xffffff }
    : { bodyBackgroundColor: 0xffffff, bodyForegroundColor: 0x000000, controlBackgroundColor: 0xffffff, controlForegroundColor: 0x262626 };
  external.GetContext = () => {
    const context = getContext();
    context.GetOfficeThemeInfo = () => JSON.stringify(theme);
    const getSettings = context.GetSettings;
    context.GetSettings = () => {
      const store = getSettings();
      const write = store.Write;
      store.Write = (keys, values) => {
        write(keys, values);
        void fetch('/api/settings', { method: 'POST', body: JSON.stringify(window.__fakeSettings) });
      };
      return store;
    };
    return context;
  };
})();`;
}

function page(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Performance Digest preview</title>
<style>
  body { margin: 0; display: flex; height: 100vh; font: 13px "Segoe UI", system-ui, sans-serif; }
  #pane { flex: none; height: 100vh; border: 0; border-right: 1px solid #c8c8c8; }
  main { flex: 1; overflow: auto; padding: 8px; background: #fff; color: #000; }
  h1 { font-size: 14px; margin: 0 0 6px; }
  .tabs { display: flex; flex-wrap: wrap; gap: 4px; margin-bottom: 6px; }
  .tabs button { font: inherit; border: 1px solid #c8c8c8; background: #f3f3f3; padding: 2px 8px; }
  .tabs button[aria-pressed="true"] { background: #fff; border-bottom: 2px solid #217346; font-weight: 600; }
  /* Cells in Excel's default font where the machine has it (or its metric twin Carlito), else a narrow one near it. */
  table { border-collapse: collapse; table-layout: fixed; font: 11pt Calibri, Carlito, "Liberation Sans Narrow", "Arial Narrow", sans-serif; }
  col:first-child { width: 32px; }
  td { cursor: cell; }
  th, td { border: 1px solid #e1e1e1; padding: 1px 4px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  th { background: #f3f3f3; color: #444; font-weight: normal; }
  td.spill { overflow: visible; text-overflow: clip; position: relative; z-index: 1; }
  td.selected { box-shadow: inset 0 0 0 999px rgba(33, 115, 70, 0.18); }
  td.selected.single { box-shadow: inset 0 0 0 2px #217346; }
  td input { font: inherit; width: 100%; box-sizing: border-box; border: 0; padding: 0; outline: 2px solid #217346; }
</style></head>
<body>
  <iframe id="pane" title="Performance Digest task pane"></iframe>
  <main><h1>Workbook (the fake Excel host: click a cell to select it, type to enter a value, Enter to keep it)</h1><div id="workbook"></div></main>
  <script src="/preview/pane.js"></script>
  <script src="/preview/grid.js"></script>
</body></html>`;
}

/** The pane's width from `?width=` (320 px upward; 350 by default, as Excel opens task panes) and Office theme from `?theme=`. */
const PANE_SCRIPT = `const query = new URLSearchParams(location.search);
const pane = document.getElementById('pane');
pane.style.width = Math.max(320, Number(query.get('width')) || 350) + 'px';
pane.src = '/taskpane.html' + (query.get('theme') === 'dark' ? '?theme=dark' : '');`;

const gridScript = (): string =>
  ts.transpileModule(readFileSync(join(__dirname, 'gridPage.ts'), 'utf8'), {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.None },
  }).outputText;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A file under `dir`, or null for anything outside it. */
function fileIn(dir: string, path: string): string | null {
  const file = normalize(join(dir, path));
  return file.startsWith(dir) ? file : null;
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const excelApi = options.excelApi ?? '1.7';
  const host = new FakeExcelHost({ workbook: options.workbook, excelApi });
  const settings: Record<string, string> = { ...options.settings };
  const grid = gridScript();
  const send = (res: ServerResponse, type: string, body: string | Buffer) => {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void> | void> = {
    'GET /': (_q, res) => send(res, TYPES['.html']!, page()),
    'GET /preview/pane.js': (_q, res) => send(res, TYPES['.js']!, PANE_SCRIPT),
    'GET /preview/grid.js': (_q, res) => send(res, TYPES['.js']!, grid),
    'GET /preview/host.js': (_q, res) => send(res, TYPES['.js']!, hostScript(settings, excelApi)),
    'GET /taskpane.html': (_q, res) => {
      const html = readFileSync(join(options.distDir, 'taskpane.html'), 'utf8');
      const local = '<script src="/preview/host.js"></script><script src="/office/office.js"></script>';
      send(res, TYPES['.html']!, html.replace(CDN_OFFICE_JS, local));
    },
    'GET /api/workbook': (_q, res) => send(res, 'application/json', JSON.stringify(workbookView(host))),
    'POST /api/query': async (req, res) => send(res, 'application/json', host.handle(await readBody(req))),
    // A click in the grid: the user selecting cells in Excel.
    'POST /api/select': async (req, res) => {
      const { sheet, ...area } = JSON.parse(await readBody(req)) as { sheet: string } & Area;
      const target = host.workbook.sheet(sheet);
      if (target) selectArea({ workbook: host.workbook, active: host.active }, { sheet: target, area });
      send(res, 'text/plain', target ? 'selected' : 'no such sheet');
    },
    // Typing into a cell of the grid: the user editing the workbook in Excel (a digest's commentary, a note).
    'POST /api/type': async (req, res) => {
      const { sheet, row, col, text } = JSON.parse(await readBody(req)) as {
        sheet: string;
        row: number;
        col: number;
        text: string;
      };
      const target = host.workbook.sheet(sheet);
      if (target) typeIntoCell(host.workbook, target, row, col, text);
      send(res, 'text/plain', target ? 'typed' : 'no such sheet');
    },
    'POST /api/settings': async (req, res) => {
      const saved = JSON.parse(await readBody(req)) as Record<string, string>;
      for (const key of Object.keys(settings)) delete settings[key];
      Object.assign(settings, saved);
      send(res, 'text/plain', 'saved');
    },
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://preview').pathname;
    const route = routes[`${req.method} ${path}`];
    if (route) return void Promise.resolve(route(req, res)).catch(() => res.writeHead(500).end());
    const file = path.startsWith('/office/')
      ? fileIn(OFFICE_DIST, path.slice(8))
      : fileIn(options.distDir, path);
    try {
      send(res, TYPES[extname(file ?? '')] ?? 'application/octet-stream', readFileSync(file ?? ''));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    host,
    settings,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
