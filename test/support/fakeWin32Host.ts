/**
 * Route B, in the page: a fake `window.external` that makes the real office.js loader believe it runs inside Excel
 * for Windows. office.js then loads excel-win32-16.01.js, `Office.onReady` resolves with host Excel, document
 * settings and requirement sets come from here, and every Excel batch goes to `window.__processQuery(bodyText)`,
 * which the embedding side provides (a jsdom test in Node, Playwright's exposeFunction, or an in-page FakeExcelHost
 * for a browser preview). Call it before office.js loads.
 *
 * Self-contained on purpose: it runs in the page's own realm (office.js checks arrays it gets back), injected as
 * source text by `fakeWin32HostScript`, so it must not refer to anything outside its own body.
 */
export interface FakeWin32HostOptions {
  /** Requirement sets the host claims, e.g. `{ ExcelApi: '1.7' }`; DialogApi 1.2 and Settings 1.1 are added. */
  requirementSets?: Record<string, string>;
  /** The document's settings store: keys to JSON text, as Excel keeps them. Written on saveAsync. */
  settings?: Record<string, string>;
}

export function installFakeWin32Host(win: Window, options: FakeWin32HostOptions = {}): void {
  const w = win as unknown as Record<string, unknown>;
  const settings = options.settings ?? {};
  const matrix = { DialogApi: '1.2', Settings: '1.1', ExcelApi: '1.7', ...options.requirementSets };
  const log: unknown[] = [];
  w.__hostLog = log;
  w.__fakeSettings = settings;
  type Callback = (result: { toArray: () => unknown[] }) => void;
  // defineProperty: some DOMs (jsdom) define `external` as a getter that ignores assignment.
  const external = {
    // hostType$platform$fileVersion$locale$corrId$isDialog$disableLogging$flags
    GetHostInfo: () => 'Excel$Win32$16.01$en-US$$$$0',
    GetLoggingAllowed: () => false,
    GetContext: () => ({
      GetAppType: () => 1,
      GetSolutionRef: () => 'fake-solution',
      GetAppVersionMajor: () => 16,
      GetAppVersionMinor: () => 0,
      GetAppUILocale: () => 'en-US',
      GetAppDataLocale: () => 'en-US',
      GetDocUrl: () => 'C:\\fake\\Book1.xlsx',
      GetAppCapabilities: () => 0,
      GetActivationMode: () => 2,
      GetControlIntegrationLevel: () => 1,
      GetSolutionToken: () => '',
      GetSupportedMatrix: () => JSON.stringify(matrix),
      GetSettings: () => ({
        Read: (keys: string[], values: string[]) => {
          for (const k of Object.keys(settings)) {
            keys.push(k);
            values.push(settings[k] as string);
          }
        },
        Write: (keys: string[], values: string[]) => {
          for (const k of Object.keys(settings)) if (!keys.includes(k)) delete settings[k];
          keys.forEach((k, i) => (settings[k] = values[i] as string));
          log.push({ settingsWrite: keys.slice() });
        },
      }),
    }),
    Execute: (dispId: number, params: unknown[][], callback: Callback) => {
      log.push({ execute: dispId });
      // 93 = dispidExecuteRichApiRequestMethod; anything else (dialogs, task pane) is refused with ooeInternalError.
      if (dispId !== 93) return callback({ toArray: () => [5001] });
      const msg = params[0] as unknown[]; // [customData, method, path, headers, bodyText, appPermission, flags, …]
      const processQuery = w.__processQuery as (body: string) => Promise<string>;
      void processQuery(String(msg[4])).then((body) => callback({ toArray: () => [0, [200, [], body]] }));
    },
    // Events, and dialogs (office.js opens a dialog by registering for its events, with the dialog's details).
    RegisterEvent: (id: number, target: unknown, _handler: unknown, callback: (status: number) => void) => {
      log.push({ registerEvent: id, target: String(target) });
      callback(0);
    },
    UnregisterEvent: (_id: unknown, _target: unknown, callback: (status: number) => void) => callback(0),
  };
  Object.defineProperty(win, 'external', { value: external, configurable: true });
}

/**
 * The installer as a script for a page (Playwright's `addInitScript({ content })`, a preview page): it calls
 * `installFakeWin32Host(window, options)`. `__name` covers the helper some compilers (esbuild's keepNames) insert.
 */
export function fakeWin32HostScript(options: FakeWin32HostOptions = {}): string {
  return `var __name = (f) => f; (${installFakeWin32Host.toString()})(window, ${JSON.stringify(options)});`;
}
