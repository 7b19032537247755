/**
 * The pane's one stateful hook: it owns the reducer, talks to the workbook through the injected host, and derives
 * what to show with the engine. Components only render what it returns and call its actions.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { isoDateOf, type CarriedOver } from '../engine';
import type { DigestHost, HostFailure, RunStep } from './digestHost';
import { digestReducer, initialDigestState } from './digestReducer';
import type { DigestState, MessagePlace, SourceChoice } from './paneState';
import type { RulesForm } from './rulesForm';
import type { previewFrom } from './digestPreview';
import { NO_PREVIEW } from './panePreview';
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
  /** The answer the confirmation dialog will give, while it is open. */
  const answer = useRef<((yes: boolean) => void) | null>(null);

  const load = useCallback(async () => {
    const [sheets, saved] = await Promise.all([host.readWorkbook(), host.loadSettings(), loadPreviewer()]);
    if (!sheets.ok) dispatch({ type: 'workbookFailed', error: sheets.error });
    else dispatch({ type: 'workbookLoaded', sheets: sheets.value, saved: saved.ok ? saved.value : null });
  }, [host]);

  useEffect(() => {
    void load();
  }, [load]);

  const fail = (place: MessagePlace, title: string, error: HostFailure) =>
    dispatch({ type: 'messageShown', message: { place, intent: 'error', title, text: error.message } });

  const takeSelection = useCallback(async () => {
    const selection = await host.readSelection();
    if (!selection.ok) return fail('source', 'The selection could not be read', selection.error);
    const { workbook } = latest.current;
    const { sourceFromSelection } = await import(/* webpackChunkName: "selection" */ './selectionSource');
    const { source, message } = sourceFromSelection(
      selection.value,
      workbook.kind === 'loaded' ? workbook.sheets : [],
    );
    if (source) dispatch({ type: 'sourceChosen', source, message });
    else dispatch({ type: 'messageShown', message });
  }, [host]);

  const goTo = useCallback(
    async (cell: string) => {
      const selected = await host.selectCell(cell);
      if (!selected.ok) fail('top', `${cell} could not be selected`, selected.error);
    },
    [host],
  );

  const addWorkbooks = useCallback(async (files: PickedFile[]) => {
    if (files.length === 0) return;
    // The file reader (zip and XML) loads only when someone adds a workbook: most never do, and the pane stays small.
    const { readWorkbookFiles } = await import('./readWorkbookFiles');
    dispatch({ type: 'workbooksAdded', ...(await readWorkbookFiles(files)) });
  }, []);

  const answerConfirm = useCallback((yes: boolean) => {
    answer.current?.(yes);
    answer.current = null;
    dispatch({ type: 'confirmAnswered' });
  }, []);

  const generate = useCallback(async () => {
    const onStep = (step: RunStep) => dispatch({ type: 'runProgressed', step });
    // The dialog answers through `answer`; the run waits for it.
    const confirm = (carried: CarriedOver) =>
      new Promise<boolean>((resolve) => {
        answer.current = resolve;
        dispatch({ type: 'confirmAsked', carried });
      });
    dispatch({ type: 'runStarted', step: 'reading' });
    // Planning a digest loads when Generate is first pressed: opening the pane needs only the preview.
    const { generateDigest } = await import(/* webpackChunkName: "generate" */ './generateDigest');
    const result = await generateDigest(host, latest.current, { onStep, confirm, now: new Date() });
    dispatch({ type: 'runFinished', result });
  }, [host]);

  const restore = useCallback(async () => {
    dispatch({ type: 'runStarted', step: 'restoring' });
    const { restorePrevious } = await import(/* webpackChunkName: "generate" */ './restorePrevious');
    dispatch({ type: 'runFinished', result: await restorePrevious(host) });
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
      resetRules: () => dispatch({ type: 'rulesReset' }),
      takeSelection,
      goTo,
      generate,
      answerConfirm,
      restore,
      dismissMessage: () => dispatch({ type: 'messageDismissed' }),
    },
  };
}
