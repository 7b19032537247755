/**
 * The rules section as typed (rules §2–4), checked by the engine (the CLI says the same words) and turned into
 * engine settings, with one message per field: an error, or a warning for a rule accepted as it stands.
 */
import {
  checkThreshold,
  thresholdText,
  type ComparisonBasis,
  type DigestSettings,
  type ThresholdRule,
} from '../engine';

/** The rules as typed: thresholds stay text until they are valid, so a half-typed "5" is never lost. */
export interface RulesForm {
  /** A period label, or null for the latest period with data (rules §2). */
  period: string | null;
  basis: ComparisonBasis;
  tolerance: string;
  changeThreshold: string;
}

export const DEFAULT_RULES: RulesForm = {
  period: null,
  basis: 'previous',
  tolerance: '5%',
  changeThreshold: '0',
};

export type ThresholdField = 'tolerance' | 'changeThreshold';
export type FieldMessages = Partial<Record<ThresholdField, string>>;

export type RulesCheck =
  | { ok: true; settings: Omit<DigestSettings, 'sheet'>; warnings: FieldMessages }
  | { ok: false; errors: FieldMessages; warnings: FieldMessages };

const RULE: Record<ThresholdField, ThresholdRule> = {
  tolerance: 'tolerance',
  changeThreshold: 'change threshold',
};

export function rulesFrom(saved: Pick<DigestSettings, 'period' | 'basis' | 'tolerance' | 'changeThreshold'>) {
  return {
    period: saved.period ?? null,
    basis: saved.basis,
    tolerance: thresholdText(saved.tolerance),
    changeThreshold: thresholdText(saved.changeThreshold),
  } satisfies RulesForm;
}

export function checkRules(form: RulesForm): RulesCheck {
  const tolerance = checkThreshold(form.tolerance, RULE.tolerance);
  const changeThreshold = checkThreshold(form.changeThreshold, RULE.changeThreshold);
  const warnings: FieldMessages = {
    ...(tolerance.ok && tolerance.warning && { tolerance: tolerance.warning }),
    ...(changeThreshold.ok && changeThreshold.warning && { changeThreshold: changeThreshold.warning }),
  };
  if (!tolerance.ok || !changeThreshold.ok)
    return {
      ok: false,
      errors: {
        ...(!tolerance.ok && { tolerance: tolerance.message }),
        ...(!changeThreshold.ok && { changeThreshold: changeThreshold.message }),
      },
      warnings,
    };
  return {
    ok: true,
    settings: {
      basis: form.basis,
      tolerance: tolerance.threshold,
      changeThreshold: changeThreshold.threshold,
      ...(form.period ? { period: form.period } : {}),
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
  return changed;
}
