/**
 * The pane's one stateful hook: it owns the reducer, talks to the workbook through the injected host, and derives
 * what to show with the engine. Components only render what it returns and call its actions.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { isoDateOf } from '../engine';
import type { DigestHost, HostFailure, RunStep } from './digestHost';
import { digestReducer, initialDigestState } from './digestReducer';
import type { DigestState, SourceChoice } from './paneState';
import type { RulesForm } from './rulesForm';
import type { previewFrom } from './digestPreview';
import { NO_PREVIEW } from './panePreview';
import { generateDigest } from './generateDigest';
import type { RoleChoice } from './columnRoles';
import type { PickedFile } from './readWorkbookFiles';

/**
 * The engine's reading and digesting load as their own chunk, while the workbook is read: the pane's first script
 * stays small (`npm run check:bundle`), and nothing is shown of a workbook until both are here. Loaded once a session.
 */
let previewer: typeof previewFrom | null = null;
async function loadPreviewer(): Promise<void> {
  previewer ??= (await import('./digestPreview')).previewFrom;
}

export function useDigestRun(host: DigestHost) {
  const [state, dispatch] = useReducer(digestReducer, initialDigestState, (initial) => ({
    ...initial,
    today: isoDateOf(new Date()),
  }));
  // Generate reads the state as it is when the workbook has been read again, not as it was when clicked.
  const latest = useRef<DigestState>(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);
  // The workbook is shown only once `previewer` has loaded (below), so the state's change recomputes this.
  const preview = useMemo(() => (previewer ? previewer(state) : NO_PREVIEW), [state]);

  const load = useCallback(async () => {
    const [sheets, saved] = await Promise.all([host.readWorkbook(), host.loadSettings(), loadPreviewer()]);
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

  const addWorkbooks = useCallback(async (files: PickedFile[]) => {
    if (files.length === 0) return;
    // The file reader (zip and XML) loads only when someone adds a workbook: most never do, and the pane stays small.
    const { readWorkbookFiles } = await import('./readWorkbookFiles');
    dispatch({ type: 'workbooksAdded', ...(await readWorkbookFiles(files)) });
  }, []);

  const generate = useCallback(async () => {
    dispatch({ type: 'generateStarted' });
    const onStep = (step: RunStep) => dispatch({ type: 'generateProgressed', step });
    const result = await generateDigest(host, latest.current, onStep, new Date());
    dispatch({ type: 'generateFinished', result });
  }, [host]);

  return {
    state,
    preview,
    actions: {
      reload: load,
      chooseSource: (source: SourceChoice) => dispatch({ type: 'sourceChosen', source }),
      tickSheets: (sheets: string[]) => dispatch({ type: 'sheetsTicked', sheets }),
      addWorkbooks,
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
