/**
 * Route B in Node: boots the REAL office.js (loaded unmodified from node_modules, never copied) in a jsdom page whose
 * `window.external` is the fake Windows host, and connects its batches to a FakeExcelHost. About 0.2 s per boot.
 * Only `https://addin.test/office/*` is served (from the package's dist/); any other request fails.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import type * as JsdomApi from 'jsdom';
import { FakeExcelHost } from './fakeExcel/fakeExcelHost';
import { installFakeWin32Host } from './fakeWin32Host';

export interface BootOptions {
  host?: FakeExcelHost;
  /** The document's settings store (JSON text per key); kept by the caller to "reopen" a workbook. */
  settings?: Record<string, string>;
  /** Requirement sets besides ExcelApi, which always follows the host's claim. */
  requirementSets?: Record<string, string>;
}

export interface BootedOffice {
  window: Window &
    typeof globalThis & {
      Excel: typeof Excel;
      Office: typeof Office;
      OfficeExtension: typeof OfficeExtension;
    };
  host: FakeExcelHost;
  settings: Record<string, string>;
  /** Host calls that were not Excel batches (e.g. dialogs), as dispatch ids. */
  hostLog: () => unknown[];
  /** Requests the page tried to make off `/office/` (refused). */
  offline: string[];
  close: () => void;
}

/**
 * The jsdom that jest-environment-jsdom uses (20, which @types/jsdom describes): the top-level jsdom 29 is ES-module
 * only in parts and jest's CommonJS runtime cannot load it.
 */
const { JSDOM, ResourceLoader, VirtualConsole } = createRequire(require.resolve('jest-environment-jsdom'))(
  'jsdom',
) as typeof JsdomApi;

const DIST = dirname(require.resolve('@microsoft/office-js/dist/office.js'));
const ORIGIN = 'https://addin.test';

/** Serves `/office/*` from the package's dist/ and refuses everything else: the page stays offline. */
class OfficeJsLoader extends ResourceLoader {
  override fetch(url: string): JsdomApi.AbortablePromise<Buffer> | null {
    const path = new URL(url).pathname;
    const file = path.startsWith('/office/') ? normalize(join(DIST, path.slice('/office/'.length))) : '';
    const found = file.startsWith(DIST)
      ? Promise.resolve().then(() => readFileSync(file))
      : Promise.reject(new Error(`offline: ${url}`));
    return Object.assign(found, { abort: () => undefined });
  }
}

export async function bootOffice(options: BootOptions = {}): Promise<BootedOffice> {
  const host = options.host ?? new FakeExcelHost();
  const settings = options.settings ?? {};
  const requirementSets = { ...options.requirementSets, ExcelApi: host.excelApi };
  const virtualConsole = new VirtualConsole();
  const offline: string[] = [];
  virtualConsole.on('jsdomError', (e) => offline.push(e.message)); // e.g. office.js's telemetry frame, refused
  const dom = new JSDOM(
    `<!doctype html><html><head><script src="${ORIGIN}/office/office.js"></script></head></html>`,
    {
      url: `${ORIGIN}/taskpane.html`,
      runScripts: 'dangerously',
      virtualConsole,
      resources: new OfficeJsLoader(),
      beforeParse(w) {
        Object.assign(w, { __processQuery: (text: string) => Promise.resolve(host.handle(text)) });
        // Installed in the page's realm, with the caller's settings object so writes reach it.
        const install = `var __name = (f) => f; (${installFakeWin32Host.toString()})(window, options);`;
        new w.Function('options', install)({ requirementSets, settings });
      },
    },
  );
  const window = dom.window as unknown as BootedOffice['window'];
  const loaded = (): boolean =>
    typeof window.Office?.onReady === 'function' && typeof window.Excel?.run === 'function';
  for (let i = 0; i < 500 && !loaded(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!loaded()) {
    dom.window.close();
    throw new Error(`office.js did not load in jsdom (${offline.join('; ')})`);
  }
  await window.Office.onReady();
  return {
    window,
    host,
    settings,
    offline,
    hostLog: () => (window as unknown as { __hostLog: unknown[] }).__hostLog,
    close: () => dom.window.close(),
  };
}

/** Makes the booted page's `Excel`, `Office` and `OfficeExtension` the globals add-in code uses; returns an undo. */
export function useOfficeGlobals(booted: BootedOffice): () => void {
  const g = globalThis as Record<string, unknown>;
  const names = ['Excel', 'Office', 'OfficeExtension'] as const;
  const before = names.map((n) => g[n]);
  for (const n of names) g[n] = booted.window[n];
  return () => names.forEach((n, i) => (g[n] = before[i]));
}
