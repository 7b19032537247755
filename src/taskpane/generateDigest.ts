/**
 * Generate digest, from the pane: read the workbook again (it may have changed since the pane opened), plan exactly
 * what the preview shows, write it, then save the settings for Refresh digest. Every way it can end is a result.
 */
import type { SheetGrid } from '../engine';
import type { DigestHost, RunStep, WrittenDigest } from './digestHost';
import type { DigestState, Notice } from './paneState';

export type GenerateResult =
  | { ok: false; notice: Notice; sheets: SheetGrid[] | null }
  | {
      ok: true;
      sheets: SheetGrid[];
      written: WrittenDigest;
      indicators: number;
      period: string;
      /** Written, but the settings were not saved with the workbook: the user should know. */
      notice: Notice | null;
    };

const NOTHING_LOST = 'Nothing was lost: your sheets and any earlier digest are as they were.';

const notWritten = (reason: string, sheets: SheetGrid[] | null = null): GenerateResult => ({
  ok: false,
  notice: { title: 'The digest was not written', message: `${reason} ${NOTHING_LOST}` },
  sheets,
});

export async function generateDigest(
  host: DigestHost,
  state: DigestState,
  onStep: (step: RunStep) => void,
  now: Date,
): Promise<GenerateResult> {
  const read = await host.readWorkbook();
  if (!read.ok) return notWritten(read.error.message);
  const sheets = read.value;
  // Loaded with the workbook already (`useDigestRun`): this import only waits when Generate is the first thing run.
  const { previewFrom } = await import('./digestPreview');
  const { outcome, settings } = previewFrom({ ...state, workbook: { kind: 'loaded', sheets } });
  // The engine's reason first: a workbook that no longer holds the table is not a matter of the rules.
  if (outcome && !outcome.ok) return notWritten(outcome.error.message, sheets);
  if (!outcome || !settings) return notWritten('Correct the rules first.', sheets);
  const { planDigest } = await import('./planSheets');
  const plan = planDigest(outcome.run, {
    existingSheets: sheets.map((grid) => ({ name: grid.name, grid })),
    generatedAt: now,
  });
  const written = await host.writeDigest(plan, onStep);
  if (!written.ok) return notWritten(written.error.message, sheets);
  onStep('saving');
  const saved = await host.saveSettings(settings, written.value);
  return {
    ok: true,
    sheets,
    written: written.value,
    indicators: outcome.run.indicators.length,
    period: outcome.run.period.label,
    notice: saved.ok
      ? null
      : {
          title: 'These settings were not saved with the workbook',
          message: `${saved.error.message} The digest was written; Refresh digest will ask you to open the pane once.`,
        },
  };
}
