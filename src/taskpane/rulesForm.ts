/** The rules section as typed (rules §2–4), checked and turned into engine settings, with one message per bad field. */
import {
  DEFAULT_DUE_SOON_DAYS,
  dayOfIso,
  parseThreshold,
  type ComparisonBasis,
  type DigestSettings,
  type RecordedSetting,
  type ReportKind,
} from '../engine';

export { thresholdText } from '../engine';

/** The rules as typed: thresholds stay text until they are valid, so a half-typed "5" is never lost. */
export interface RulesForm {
  /** A period label, or null for the latest period with data (rules §2). */
  period: string | null;
  basis: ComparisonBasis;
  tolerance: string;
  changeThreshold: string;
  /** Issue 11: project cumulative counts to the year end in a straight line. */
  project: boolean;
  /** Issue 11: the report sheets to write after the digest. */
  reports: Record<ReportKind, boolean>;
  /** Issue 11: the action plan's report date as the date field gives it (`YYYY-MM-DD`), '' for the default. */
  asOf: string;
  /** Issue 11: an action due within this many days is Amber, as typed. */
  dueSoon: string;
  /** The settings the user changed in this pane: an older period's recorded settings give way to these. */
  onPurpose: RecordedSetting[];
}

/** Which recorded setting each field of the form is. */
export const FIELD_SETTING: Partial<Record<keyof RulesForm, RecordedSetting>> = {
  basis: 'basis',
  tolerance: 'tolerance',
  changeThreshold: 'changeThreshold',
  project: 'forecast',
  asOf: 'asOf',
  dueSoon: 'dueSoonDays',
};

export interface RulesErrors {
  tolerance?: string;
  changeThreshold?: string;
  asOf?: string;
  dueSoon?: string;
}

export type RulesCheck =
  { ok: true; settings: Omit<DigestSettings, 'sheet'> } | { ok: false; errors: RulesErrors };

const THRESHOLD_HELP = 'Type a percentage such as 5% or an amount such as 0.02.';

function errorsOf(form: RulesForm): RulesErrors {
  const errors: RulesErrors = {};
  if (!parseThreshold(form.tolerance))
    errors.tolerance = `"${form.tolerance}" is not a tolerance. ${THRESHOLD_HELP}`;
  if (!parseThreshold(form.changeThreshold))
    errors.changeThreshold = `"${form.changeThreshold}" is not a change threshold. ${THRESHOLD_HELP}`;
  if (form.asOf !== '' && dayOfIso(form.asOf) === null)
    errors.asOf = `"${form.asOf}" is not a date. Choose one, or clear the field for the date above the action plan.`;
  const days = Number(form.dueSoon.trim());
  if (form.dueSoon.trim() === '' || !Number.isInteger(days) || days < 0)
    errors.dueSoon = `"${form.dueSoon}" is not a number of days. Type a whole number such as 30.`;
  return errors;
}

export function checkRules(form: RulesForm): RulesCheck {
  const errors = errorsOf(form);
  const tolerance = parseThreshold(form.tolerance);
  const changeThreshold = parseThreshold(form.changeThreshold);
  if (Object.keys(errors).length > 0 || !tolerance || !changeThreshold) return { ok: false, errors };
  const reports = (Object.keys(form.reports) as ReportKind[]).filter((k) => form.reports[k]);
  const dueSoonDays = Number(form.dueSoon.trim());
  // Issue 11's settings only where they differ from the engine's defaults, so the saved settings stay as they were.
  const defaultReports = !form.reports.exceptions && form.reports.actions;
  return {
    ok: true,
    settings: {
      basis: form.basis,
      tolerance,
      changeThreshold,
      ...(form.period ? { period: form.period } : {}),
      ...(form.project && { forecast: 'linear' as const }),
      ...(!defaultReports && { reports }),
      ...(dueSoonDays !== DEFAULT_DUE_SOON_DAYS && { dueSoonDays }),
      ...(form.asOf !== '' && { asOf: form.asOf }),
      ...(form.onPurpose.length > 0 && { onPurpose: form.onPurpose }),
    },
  };
}
