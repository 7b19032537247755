/**
 * Generate digest, from the pane: read the workbook again (it may have changed since the pane opened), plan exactly
 * what the preview shows, ask before replacing a digest that holds typed text (saying what is carried over), write it
 * (the digest replaced is kept hidden), then save the settings for Refresh digest. Every way it can end is a message.
 */
import { hasIndicatorTable, planDigest, type CarriedOver, type DigestRun } from '../engine';
import type { DigestHost, RunStep, WrittenDigest } from './digestHost';
import type { ActionResult } from './digestReducer';
import type { DigestState } from './paneState';
import { carriedWords, typedCount } from './carriedWords';
import { sheetsAfterWrite } from './sheetsAfterWrite';

const NOTHING_LOST = 'Nothing was lost: your sheets and any earlier digest are as they were.';

const notWritten = (reason: string, sheets: ActionResult['sheets'] = null): ActionResult => ({
  sheets,
  message: {
    place: 'top',
    intent: 'error',
    title: 'The digest was not written',
    text: `${reason} ${NOTHING_LOST}`,
  },
});

function writtenText(written: WrittenDigest, run: DigestRun, carried?: CarriedOver) {
  // The digest and its Charts sheet come first; the reports chosen (issue 11) after them.
  const [first, , ...reports] = written.sheets;
  const sheet = first?.name ?? '';
  // A workbook holding only an action plan gets its tracker alone (issue 11).
  if (!hasIndicatorTable(run)) return `The sheet "${sheet}" now holds the action-plan tracker.`;
  const made = `The sheet "${sheet}" now holds the digest of ${run.indicators.length} indicators for ${run.period.label}.`;
  const also = reports.length ? ` Also written: ${reports.map((r) => `"${r.name}"`).join(', ')}.` : '';
  if (!carried) return `${made}${also}`;
  const typed = typedCount(carried) > 0 ? `, carrying over ${carriedWords(carried)}` : '';
  const kept = written.kept
    ? ' The earlier digest is kept hidden: Restore previous digest puts it back.'
    : '';
  return `${made} It replaced the earlier digest of this period${typed}.${kept}${also}`;
}

export interface GenerateOptions {
  onStep: (step: RunStep) => void;
  /** Asked before a digest holding typed text is replaced; false stops the run with nothing written. */
  confirm: (carried: CarriedOver) => Promise<boolean>;
  now: Date;
}

export async function generateDigest(
  host: DigestHost,
  state: DigestState,
  { onStep, confirm, now }: GenerateOptions,
): Promise<ActionResult> {
  const read = await host.readWorkbook();
  if (!read.ok) return notWritten(read.error.message);
  const sheets = read.value;
  // Loaded with the workbook already (`useDigestRun`): this import only waits when Generate is the first thing run.
  const { previewFrom } = await import('./digestPreview');
  const { outcome, settings } = previewFrom({ ...state, workbook: { kind: 'loaded', sheets } });
  // The engine's reason first: a workbook that no longer holds the table is not a matter of the rules.
  if (outcome && !outcome.ok) return notWritten(outcome.error.message, sheets);
  if (!outcome || !settings) return notWritten('The rules or the columns need correcting first.', sheets);
  const plan = planDigest(outcome.run, {
    existingSheets: sheets.map((grid) => ({ name: grid.name, grid })),
    generatedAt: now,
    keepReplaced: true,
  });
  if (plan.carried && typedCount(plan.carried) > 0 && !(await confirm(plan.carried)))
    return {
      sheets,
      message: {
        place: 'top',
        intent: 'info',
        title: 'Nothing was written',
        text: `The digest on "${plan.carried.sheet}" is as it was.`,
      },
    };
  const written = await host.writeDigest(plan, onStep);
  if (!written.ok) return notWritten(written.error.message, sheets);
  onStep('saving');
  const saved = await host.saveSettings(settings, written.value);
  const text = writtenText(written.value, outcome.run, plan.carried);
  return {
    sheets: sheetsAfterWrite(sheets, plan, written.value),
    message: saved.ok
      ? { place: 'top', intent: 'success', title: 'Digest written', text }
      : {
          place: 'top',
          intent: 'warning',
          title: 'Digest written; these settings were not saved with the workbook',
          text: `${text} ${saved.error.message} Refresh digest will ask you to open the pane once.`,
        },
  };
}
