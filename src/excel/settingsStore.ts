/**
 * What the add-in keeps with each workbook, in `Office.context.document.settings` (saved inside the file):
 * the digest settings the user chose (what *Refresh digest* re-runs), and which sheets are the source and our
 * digests, by sheet id (stable when a sheet is renamed), so a refresh reads only those in one sync.
 */
import {
  isReportKind,
  isRoleChoice,
  type ColumnCorrections,
  type ComparisonBasis,
  type DigestSettings,
  type Threshold,
} from '../engine';
import { type ExcelResult, failure, success } from './excelResult';

const SETTINGS_KEY = 'performanceDigest.settings';
const SHEETS_KEY = 'performanceDigest.sheets';

export interface KnownSheets {
  sourceSheetId: string | null;
  digestSheetIds: string[];
  /** Issue 11: the sheets holding the action plan, read by a refresh besides the source; none where not known. */
  actionSheetIds?: string[];
}

const isThreshold = (t: unknown): t is Threshold =>
  typeof t === 'object' &&
  t !== null &&
  ((t as Threshold).kind === 'relative' || (t as Threshold).kind === 'absolute') &&
  Number.isFinite((t as Threshold).value);

const optionalText = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : undefined;

/** Settings as saved, checked field by field: anything malformed (an old or hand-edited file) counts as none saved. */
export function parseSettings(raw: unknown): DigestSettings | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const basis = r.basis === 'previous' || r.basis === 'year' ? (r.basis as ComparisonBasis) : null;
  if (!basis || !isThreshold(r.tolerance) || !isThreshold(r.changeThreshold)) return null;
  const settings: DigestSettings = { basis, tolerance: r.tolerance, changeThreshold: r.changeThreshold };
  const sheet = optionalText(r.sheet);
  const period = optionalText(r.period);
  const columns = parseColumns(r.columns);
  const sources = Array.isArray(r.sources) ? r.sources.flatMap((x) => optionalText(x) ?? []) : [];
  return {
    ...settings,
    ...(sheet && { sheet }),
    ...(sources.length > 0 && { sources }),
    ...(period && { period }),
    ...(columns && { columns }),
    ...reportSettings(r),
  };
}

/**
 * Issue 11's saved settings, each kept only where well formed: the reports, the forecast method and the due-soon
 * days. The report date is never saved: a refresh rates the plan on the date above it, else on the day it runs.
 */
function reportSettings(r: Record<string, unknown>): Partial<DigestSettings> {
  const reports = Array.isArray(r.reports) ? r.reports.filter(isReportKind) : undefined;
  const forecast = r.forecast === 'linear' || r.forecast === 'none' ? r.forecast : undefined;
  const days =
    Number.isInteger(r.dueSoonDays) && (r.dueSoonDays as number) >= 0 ? (r.dueSoonDays as number) : undefined;
  return {
    ...(reports && reports.length === (r.reports as unknown[]).length && { reports }),
    ...(forecast && { forecast }),
    ...(days !== undefined && { dueSoonDays: days }),
  };
}

const isIndex = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** Saved column corrections, or undefined where there are none or they are malformed (then the columns found are used). */
function parseColumns(raw: unknown): ColumnCorrections | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { headerRow, roles } = raw as Record<string, unknown>;
  if (!isIndex(headerRow) || !Array.isArray(roles)) return undefined;
  const valid = roles.filter(
    (x): x is ColumnCorrections['roles'][number] =>
      typeof x === 'object' && x !== null && isIndex(x.col) && isRoleChoice(String(x.role)),
  );
  return valid.length === roles.length && valid.length > 0 ? { headerRow, roles: valid } : undefined;
}

function parseKnownSheets(raw: unknown): KnownSheets {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const ids = Array.isArray(r.digestSheetIds)
    ? r.digestSheetIds.filter((x): x is string => typeof x === 'string')
    : [];
  const actions = Array.isArray(r.actionSheetIds)
    ? r.actionSheetIds.filter((x): x is string => typeof x === 'string')
    : [];
  return {
    sourceSheetId: typeof r.sourceSheetId === 'string' ? r.sourceSheetId : null,
    digestSheetIds: ids,
    ...(actions.length > 0 && { actionSheetIds: actions }),
  };
}

const store = (): Office.Settings => Office.context.document.settings;

export const loadSettings = (): DigestSettings | null => parseSettings(store().get(SETTINGS_KEY));

export const loadKnownSheets = (): KnownSheets => parseKnownSheets(store().get(SHEETS_KEY));

function save(): Promise<ExcelResult<void>> {
  return new Promise((resolve) =>
    store().saveAsync((result) =>
      resolve(
        result.status === Office.AsyncResultStatus.Succeeded
          ? success(undefined)
          : failure(
              'SettingsNotSaved',
              'Excel could not save the digest settings with this workbook. Save the workbook and try again.',
            ),
      ),
    ),
  );
}

/** What is saved: the settings but the report date and what was changed on purpose, which belong to one run. */
const saved = ({ asOf: _asOf, onPurpose: _onPurpose, ...kept }: DigestSettings): DigestSettings => kept;

export function saveSettings(settings: DigestSettings): Promise<ExcelResult<void>> {
  store().set(SETTINGS_KEY, saved(settings));
  return save();
}

export function saveKnownSheets(known: KnownSheets): Promise<ExcelResult<void>> {
  store().set(SHEETS_KEY, known);
  return save();
}

/** Both at once: one save. */
export function saveRun(settings: DigestSettings, known: KnownSheets): Promise<ExcelResult<void>> {
  store().set(SETTINGS_KEY, saved(settings));
  store().set(SHEETS_KEY, known);
  return save();
}
