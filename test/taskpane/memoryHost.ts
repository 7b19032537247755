/** An in-memory workbook behind the pane's DigestHost, recording every call, so pane tests need no Office. */
import { planRestore, type DigestPlan, type DigestSettings, type SheetGrid } from '../../src/engine';
import { plannedGrid } from '../support/plannedGrid';
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
      // As the adapter does: every planned sheet takes the name of the sheet it replaces, and the digest replaced is
      // kept under its kept name (the one kept before goes) instead of deleted.
      const { keep } = plan;
      const replaced = new Set(plan.sheets.flatMap((p) => p.replaces ?? []));
      host.sheets = host.sheets
        .filter((s) => !keep?.drops.includes(s.name) && (!replaced.has(s.name) || s.name === keep?.sheet))
        .map((s) => (keep && s.name === keep.sheet ? { ...s, name: keep.keptAs } : s));
      const written = plan.sheets.map((planned) => {
        const name = planned.replaces ?? planned.name;
        host.sheets.push({ ...plannedGrid(planned), name });
        return { name, id: `id-${name}`, replaced: planned.replaces };
      });
      return ok({ sheets: written, kept: keep?.keptAs ?? null });
    },
    restoreDigest: async () => {
      const failure = failed('restoreDigest');
      if (failure) return failure;
      const plan = planRestore(host.sheets.map((grid) => ({ name: grid.name, grid })));
      if (!plan)
        return { ok: false, error: { code: 'NothingToRestore', message: 'There is no previous digest.' } };
      host.sheets = host.sheets.map((s) =>
        s.name === plan.kept
          ? { ...s, name: plan.name }
          : s.name === plan.current
            ? { ...s, name: plan.keptAs }
            : s,
      );
      return ok(plan);
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
