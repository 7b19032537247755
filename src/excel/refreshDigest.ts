/**
 * A whole refresh: read (1 sync) → runDigest → planDigest → write (1 sync) → swap (1 sync). From saved settings the
 * read asks only for the source sheet and our earlier digests, by id; a workbook seen for the first time, or one whose
 * remembered sheets are gone, is listed first (one more sync). The settings and sheet ids are saved afterwards.
 */
import {
  type DigestPlan,
  type DigestRun,
  type DigestSettings,
  isDigestSheet,
  isoDateOf,
  planDigest,
  runDigestWith,
} from '../engine';
import { errorCode, type ExcelResult, failure, fromExcelError, success } from './excelResult';
import { readWorkbook } from './readWorkbook';
import { sheetFor, type WorkbookRead } from './sheetList';
import { type KnownSheets, loadKnownSheets, loadSettings, saveRun } from './settingsStore';
import { DigestWriteError, failedWrite, type RunStep, writeDigest, type WrittenDigest } from './writeDigest';

export interface RefreshOutcome extends WrittenDigest {
  run: DigestRun;
  settingsSaved: boolean;
}

export interface RefreshOptions {
  /** The settings to run; by default the ones saved with the workbook. */
  settings?: DigestSettings;
  onStep?: (step: RunStep) => void;
  now?: Date;
}

/**
 * The source by its remembered id, else by name, plus our earlier digests and the action plan's sheets: null (read
 * every sheet) when unknown, or when the digest is compiled from several sources.
 */
function keysToRead(settings: DigestSettings, known: KnownSheets): string[] | null {
  if (settings.sources?.length) return null;
  const source = known.sourceSheetId ?? settings.sheet;
  return source ? [...new Set([source, ...known.digestSheetIds, ...(known.actionSheetIds ?? [])])] : null;
}

/**
 * Our earlier digests are read without number formats, which halves them and keeps the read to one response: what
 * was typed into them is carried over by value (a date typed there comes back as its number in General format; the
 * pane, which reads formats, keeps them).
 */
async function readForRefresh(
  ctx: Excel.RequestContext,
  keys: string[] | null,
  digests: string[],
): Promise<WorkbookRead> {
  try {
    return await readWorkbook(ctx, keys, digests);
  } catch (e) {
    if (keys === null || errorCode(e) !== 'ItemNotFound') throw e;
    return readWorkbook(ctx, null); // a remembered sheet was deleted: read them all
  }
}

/** The source sheet's current name, if the remembered id still exists (the user may have renamed it). */
function currentSettings(settings: DigestSettings, known: KnownSheets, read: WorkbookRead): DigestSettings {
  const source = known.sourceSheetId ? sheetFor(read.sheets, known.sourceSheetId) : undefined;
  return source ? { ...settings, sheet: source.name } : settings;
}

/** What to remember after a write: the source's id and every digest of ours now in the workbook. */
function knownAfter(read: WorkbookRead, run: DigestRun, written: WrittenDigest): KnownSheets {
  const replaced = new Set(written.sheets.flatMap((s) => s.replaced?.toLowerCase() ?? []));
  const earlier = read.sheets.filter((s) => {
    const grid = read.grids.get(s.id);
    return grid !== undefined && !replaced.has(s.name.toLowerCase()) && isDigestSheet(grid);
  });
  const actions = (run.actions?.sheets ?? []).flatMap((name) => sheetFor(read.sheets, name)?.id ?? []);
  return {
    sourceSheetId: sheetFor(read.sheets, run.sheet)?.id ?? null,
    digestSheetIds: [...earlier.map((s) => s.id), ...written.sheets.map((s) => s.id)],
    ...(actions.length > 0 && { actionSheetIds: actions }),
  };
}

export async function refreshDigest(options: RefreshOptions = {}): Promise<ExcelResult<RefreshOutcome>> {
  const saved = options.settings ?? loadSettings();
  if (!saved)
    return failure(
      'NoSettings',
      'No digest settings are saved with this workbook yet. Open the digest pane to choose them.',
    );
  // Settings passed in name their source sheet by name; the remembered source id is for saved settings only.
  const known = options.settings ? { ...loadKnownSheets(), sourceSheetId: null } : loadKnownSheets();
  const onStep = options.onStep ?? (() => undefined);
  let plan: DigestPlan | null = null;
  try {
    const result = await Excel.run(async (ctx) => {
      onStep('reading');
      const read = await readForRefresh(ctx, keysToRead(saved, known), known.digestSheetIds);
      // Other workbooks named in the settings cannot be read from here: they are left out, saying so.
      const now = options.now ?? new Date();
      const outcome = runDigestWith(
        [...read.grids.values()],
        currentSettings(saved, known, read),
        [],
        isoDateOf(now),
      );
      if (!outcome.ok)
        return failure<{ written: WrittenDigest; run: DigestRun; known: KnownSheets }>(
          outcome.error.kind,
          outcome.error.message,
        );
      const existingSheets = read.sheets.map((s) => ({ name: s.name, grid: read.grids.get(s.id) ?? null }));
      plan = planDigest(outcome.run, { existingSheets, generatedAt: now, keepReplaced: true });
      const written = await writeDigest(ctx, plan, onStep);
      return success({ written, run: outcome.run, known: knownAfter(read, outcome.run, written) });
    });
    if (!result.ok) return result;
    onStep('saving');
    const { written, run, known: after } = result.value;
    const saving = await saveRun(saved.sources?.length ? saved : { ...saved, sheet: run.sheet }, after);
    return success({ ...written, run, settingsSaved: saving.ok });
  } catch (e) {
    if (e instanceof DigestWriteError && plan) return failedWrite(e, plan);
    return fromExcelError(e, 'reading the workbook');
  }
}
