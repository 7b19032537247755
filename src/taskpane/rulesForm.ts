/**
 * The rules section as typed (rules §2–4, and issue 11's forecast and action-plan settings), checked by the engine
 * (the CLI says the same words) and turned into engine settings, with one message per field: an error, or a warning
 * for a rule accepted as it stands.
 */
import {
  checkThreshold,
  DEFAULT_DUE_SOON_DAYS,
  dayOfIso,
  thresholdText,
  type ComparisonBasis,
  type DigestSettings,
  type RecordedSetting,
  type ReportKind,
  type ThresholdRule,
} from '../engine';

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

export const DEFAULT_RULES: RulesForm = {
  period: null,
  basis: 'previous',
  tolerance: '5%',
  changeThreshold: '0',
  project: false,
  reports: { exceptions: false, actions: true },
  asOf: '',
  dueSoon: String(DEFAULT_DUE_SOON_DAYS),
  onPurpose: [],
};

/** Which recorded setting each field of the form is. */
export const FIELD_SETTING: Partial<Record<keyof RulesForm, RecordedSetting>> = {
  basis: 'basis',
  tolerance: 'tolerance',
  changeThreshold: 'changeThreshold',
  project: 'forecast',
  asOf: 'asOf',
  dueSoon: 'dueSoonDays',
};

type ThresholdField = 'tolerance' | 'changeThreshold';
/** The fields typed as text, which can hold something that cannot be read. */
export type TypedField = ThresholdField | 'asOf' | 'dueSoon';
export type RulesErrors = Partial<Record<TypedField, string>>;

export type RulesCheck =
  | { ok: true; settings: Omit<DigestSettings, 'sheet'>; warnings: RulesErrors }
  | { ok: false; errors: RulesErrors; warnings: RulesErrors };

const RULE: Record<ThresholdField, ThresholdRule> = {
  tolerance: 'tolerance',
  changeThreshold: 'change threshold',
};

/** The form as saved settings give it, the rest at the defaults. */
export function rulesFrom(saved: DigestSettings): RulesForm {
  return {
    ...DEFAULT_RULES,
    period: saved.period ?? null,
    basis: saved.basis,
    tolerance: thresholdText(saved.tolerance),
    changeThreshold: thresholdText(saved.changeThreshold),
    project: saved.forecast === 'linear',
    ...(saved.reports && {
      reports: {
        exceptions: saved.reports.includes('exceptions'),
        actions: saved.reports.includes('actions'),
      },
    }),
    ...(saved.dueSoonDays !== undefined && { dueSoon: String(saved.dueSoonDays) }),
  };
}

/** The form with `change` applied, remembering which recorded settings the user changed on purpose. */
export function changedRules(rules: RulesForm, change: Partial<RulesForm>): RulesForm {
  const touched = (Object.keys(change) as (keyof RulesForm)[]).flatMap((k) => FIELD_SETTING[k] ?? []);
  return { ...rules, ...change, onPurpose: [...new Set([...rules.onPurpose, ...touched])] };
}

const dueSoonDays = (text: string): number | null => {
  const days = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(days) && days >= 0 ? days : null;
};

const isDate = (text: string) => text === '' || dayOfIso(text) !== null;

/** Issue 11's fields that cannot be read, in the pane's words. */
function actionErrors(form: RulesForm): RulesErrors {
  return {
    ...(!isDate(form.asOf) && {
      asOf: `"${form.asOf}" is not a date. Choose one, or clear the field for the date above the action plan.`,
    }),
    ...(dueSoonDays(form.dueSoon) === null && {
      dueSoon: `"${form.dueSoon}" is not a number of days. Type a whole number such as 30.`,
    }),
  };
}

export function checkRules(form: RulesForm): RulesCheck {
  const tolerance = checkThreshold(form.tolerance, RULE.tolerance);
  const changeThreshold = checkThreshold(form.changeThreshold, RULE.changeThreshold);
  const warnings: RulesErrors = {
    ...(tolerance.ok && tolerance.warning && { tolerance: tolerance.warning }),
    ...(changeThreshold.ok && changeThreshold.warning && { changeThreshold: changeThreshold.warning }),
  };
  const errors: RulesErrors = {
    ...(!tolerance.ok && { tolerance: tolerance.message }),
    ...(!changeThreshold.ok && { changeThreshold: changeThreshold.message }),
    ...actionErrors(form),
  };
  if (!tolerance.ok || !changeThreshold.ok || Object.keys(errors).length > 0)
    return { ok: false, errors, warnings };
  const reports = (Object.keys(form.reports) as ReportKind[]).filter((k) => form.reports[k]);
  const days = dueSoonDays(form.dueSoon) ?? DEFAULT_DUE_SOON_DAYS;
  // Issue 11's settings only where they differ from the engine's defaults, so the saved settings stay as they were.
  const defaultReports = !form.reports.exceptions && form.reports.actions;
  return {
    ok: true,
    settings: {
      basis: form.basis,
      tolerance: tolerance.threshold,
      changeThreshold: changeThreshold.threshold,
      ...(form.period ? { period: form.period } : {}),
      ...(form.project && { forecast: 'linear' as const }),
      ...(!defaultReports && { reports }),
      ...(days !== DEFAULT_DUE_SOON_DAYS && { dueSoonDays: days }),
      ...(form.asOf !== '' && { asOf: form.asOf }),
      ...(form.onPurpose.length > 0 && { onPurpose: form.onPurpose }),
    },
    warnings,
  };
}

/** The rules to preview while `next` has an error: each field as typed where it can be read, else as it was. */
export function lastGood(previous: RulesForm, next: RulesForm): RulesForm {
  const readable = (field: ThresholdField) => checkThreshold(next[field], RULE[field]).ok;
  return {
    ...next,
    tolerance: readable('tolerance') ? next.tolerance : previous.tolerance,
    changeThreshold: readable('changeThreshold') ? next.changeThreshold : previous.changeThreshold,
    asOf: isDate(next.asOf) ? next.asOf : previous.asOf,
    dueSoon: dueSoonDays(next.dueSoon) !== null ? next.dueSoon : previous.dueSoon,
  };
}

/** The rules that differ from the defaults, in words (`tolerance 10% (default 5%)`); none for the defaults. */
export function rulesChanged(form: RulesForm): string[] {
  const changed: string[] = [];
  if (form.period) changed.push(`period ${form.period} (default: the latest with data)`);
  if (form.basis !== DEFAULT_RULES.basis) changed.push('compared with the same period last year');
  for (const field of ['tolerance', 'changeThreshold'] as const) {
    const checked = checkThreshold(form[field], RULE[field]);
    const now = checked.ok ? thresholdText(checked.threshold) : form[field].trim();
    if (now !== DEFAULT_RULES[field]) changed.push(`${RULE[field]} ${now} (default ${DEFAULT_RULES[field]})`);
  }
  if (form.project) changed.push('cumulative counts projected to the year end (default: no projections)');
  const days = dueSoonDays(form.dueSoon);
  if (days !== null && days !== DEFAULT_DUE_SOON_DAYS)
    changed.push(`actions due within ${days} days are Amber (default ${DEFAULT_DUE_SOON_DAYS})`);
  if (form.asOf !== '')
    changed.push(`report date ${form.asOf} (default: the date above the action plan, else today)`);
  return changed;
}
