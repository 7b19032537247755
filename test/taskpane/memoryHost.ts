/** An in-memory workbook behind the pane's DigestHost, recording every call, so pane tests need no Office. */
import type { CellValue, DigestPlan, DigestSettings, PlannedSheet, SheetGrid } from '../../src/engine';
import type {
  DigestHost,
  HostFailure,
  HostResult,
  SelectedRange,
  RunStep,
} from '../../src/taskpane/digestHost';

export interface MemoryHost extends DigestHost {
  sheets: SheetGrid[];
  settings: DigestSettings | null;
  selected: string[];
  /** Makes the next call of that method fail with this failure. */
  failNext(method: keyof DigestHost, failure: HostFailure): void;
  selection: SelectedRange | null;
}

const ok = <T>(value: T): HostResult<T> => ({ ok: true, value });

/** A planned sheet as a grid (values only: formats are the adapter's business). */
function gridOfPlan(planned: PlannedSheet): SheetGrid {
  const values: CellValue[][] = [];
  for (const block of planned.blocks) {
    block.values.forEach((row, r) => {
      const target = (values[block.row + r] ??= []);
      row.forEach((v, c) => (target[block.col + c] = v));
    });
  }
  return { name: planned.name, origin: { row: 0, col: 0 }, values, formats: [] };
}

export function memoryHost(sheets: SheetGrid[], settings: DigestSettings | null = null): MemoryHost {
  const failures = new Map<keyof DigestHost, HostFailure>();
  const failed = (method: keyof DigestHost): HostResult<never> | null => {
    const failure = failures.get(method);
    failures.delete(method);
    return failure ? { ok: false, error: failure } : null;
  };
  const host: MemoryHost = {
    sheets,
    settings,
    selected: [],
    selection: null,
    failNext: (method, failure) => failures.set(method, failure),
    readWorkbook: async () => failed('readWorkbook') ?? ok(host.sheets),
    readSelection: async () =>
      failed('readSelection') ??
      (host.selection
        ? ok(host.selection)
        : { ok: false, error: { code: 'NoSelection', message: 'Select a range first.' } }),
    writeDigest: async (plan: DigestPlan, onStep: (step: RunStep) => void) => {
      onStep('writing');
      const failure = failed('writeDigest');
      if (failure) return failure;
      onStep('replacing');
      // As the adapter does: each new sheet takes the name of the sheet it replaces.
      const written = plan.sheets.map((planned) => {
        const { replaces } = planned;
        const name = replaces ?? planned.name;
        host.sheets = [...host.sheets.filter((s) => s.name !== replaces), { ...gridOfPlan(planned), name }];
        return { name, id: `id-${name}`, replaced: replaces };
      });
      return ok({ sheets: written });
    },
    selectCell: async (address: string) => {
      const failure = failed('selectCell');
      if (failure) return failure;
      host.selected.push(address);
      return ok(undefined);
    },
    loadSettings: async () => failed('loadSettings') ?? ok(host.settings),
    saveSettings: async (s: DigestSettings) => {
      const failure = failed('saveSettings');
      if (failure) return failure;
      host.settings = s;
      return ok(undefined);
    },
  };
  return host;
}
