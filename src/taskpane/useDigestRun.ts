/**
 * The pane's one stateful hook: it owns the reducer, talks to the workbook through the injected host, and derives
 * what to show with the engine. Components only render what it returns and call its actions.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { planDigest } from '../engine';
import type { DigestHost, HostFailure } from './digestHost';
import {
  digestReducer,
  initialDigestState,
  type DigestState,
  type Notice,
  type RulesForm,
  type SourceChoice,
} from './digestReducer';
import { previewFrom } from './digestPreview';
import type { RoleChoice } from './columnRoles';

const NOTHING_LOST = 'Nothing was lost: your sheets and any earlier digest are as they were.';

const notWritten = (reason: string): Notice => ({
  title: 'The digest was not written',
  message: `${reason} ${NOTHING_LOST}`,
});

export function useDigestRun(host: DigestHost) {
  const [state, dispatch] = useReducer(digestReducer, initialDigestState);
  const latest = useRef<DigestState>(state);
  latest.current = state;
  const preview = useMemo(() => previewFrom(state), [state]);

  const load = useCallback(async () => {
    const [sheets, saved] = await Promise.all([host.readWorkbook(), host.loadSettings()]);
    if (!sheets.ok) dispatch({ type: 'workbookFailed', error: sheets.error });
    else dispatch({ type: 'workbookLoaded', sheets: sheets.value, saved: saved.ok ? saved.value : null });
  }, [host]);

  useEffect(() => {
    void load();
  }, [load]);

  const fail = (title: string, error: HostFailure) =>
    dispatch({ type: 'noticeShown', notice: { title, message: error.message } });

  const takeSelection = useCallback(async () => {
    const selection = await host.readSelection();
    if (selection.ok)
      dispatch({ type: 'sourceChosen', source: { kind: 'selection', range: selection.value } });
    else fail('The selection could not be read', selection.error);
  }, [host]);

  const goTo = useCallback(
    async (cell: string) => {
      const selected = await host.selectCell(cell);
      if (!selected.ok) fail(`${cell} could not be selected`, selected.error);
    },
    [host],
  );

  /** Reads the workbook again (it may have changed since the pane opened), then writes what the preview shows. */
  const generate = useCallback(async () => {
    dispatch({ type: 'generateStarted' });
    const sheets = await host.readWorkbook();
    if (!sheets.ok) return dispatch({ type: 'generateFailed', notice: notWritten(sheets.error.message) });
    dispatch({ type: 'workbookLoaded', sheets: sheets.value });
    const fresh = previewFrom({ ...latest.current, workbook: { kind: 'loaded', sheets: sheets.value } });
    const { outcome, settings } = fresh;
    if (!outcome || !settings)
      return dispatch({ type: 'generateFailed', notice: notWritten('Correct the rules first.') });
    if (!outcome.ok) return dispatch({ type: 'generateFailed', notice: notWritten(outcome.error.message) });
    const plan = planDigest(outcome.run, {
      existingSheets: sheets.value.map((grid) => ({ name: grid.name, grid })),
      generatedAt: new Date(),
    });
    const written = await host.writeDigest(plan, (step) => dispatch({ type: 'generateProgressed', step }));
    if (!written.ok) return dispatch({ type: 'generateFailed', notice: notWritten(written.error.message) });
    dispatch({ type: 'generateProgressed', step: 'saving' });
    const saved = await host.saveSettings(settings, written.value);
    const period = outcome.run.period.label;
    dispatch({
      type: 'generateSucceeded',
      written: written.value,
      indicators: outcome.run.indicators.length,
      period,
    });
    if (!saved.ok) {
      const message = `${saved.error.message} The digest was written; Refresh digest will ask you to open the pane once.`;
      dispatch({
        type: 'noticeShown',
        notice: { title: 'These settings were not saved with the workbook', message },
      });
    }
  }, [host]);

  return {
    state,
    preview,
    actions: {
      reload: load,
      chooseSource: (source: SourceChoice) => dispatch({ type: 'sourceChosen', source }),
      setRole: (col: number, role: RoleChoice) => dispatch({ type: 'roleChanged', col, role }),
      resetRoles: () => dispatch({ type: 'rolesReset' }),
      setRules: (rules: Partial<RulesForm>) => dispatch({ type: 'rulesChanged', rules }),
      takeSelection,
      goTo,
      generate,
      dismissNotice: () => dispatch({ type: 'noticeDismissed' }),
    },
  };
}
