/** The rules section as typed (rules §2–4), checked and turned into engine settings, with one message per bad field. */
import { parseThreshold, type ComparisonBasis, type DigestSettings, type Threshold } from '../engine';

/** The rules as typed: thresholds stay text until they are valid, so a half-typed "5" is never lost. */
export interface RulesForm {
  /** A period label, or null for the latest period with data (rules §2). */
  period: string | null;
  basis: ComparisonBasis;
  tolerance: string;
  changeThreshold: string;
}

/** A saved threshold as the user would type it: `5%` or `0.02` (the inverse of parseThreshold). */
export function thresholdText(t: Threshold): string {
  return t.kind === 'relative' ? `${Number((t.value * 100).toPrecision(10))}%` : String(t.value);
}

export type RulesCheck =
  | { ok: true; settings: Omit<DigestSettings, 'sheet'> }
  | { ok: false; errors: { tolerance?: string; changeThreshold?: string } };

const THRESHOLD_HELP = 'Type a percentage such as 5% or an amount such as 0.02.';

export function checkRules(form: RulesForm): RulesCheck {
  const tolerance = parseThreshold(form.tolerance);
  const changeThreshold = parseThreshold(form.changeThreshold);
  if (!tolerance || !changeThreshold) {
    return {
      ok: false,
      errors: {
        ...(tolerance ? {} : { tolerance: `"${form.tolerance}" is not a tolerance. ${THRESHOLD_HELP}` }),
        ...(changeThreshold
          ? {}
          : { changeThreshold: `"${form.changeThreshold}" is not a change threshold. ${THRESHOLD_HELP}` }),
      },
    };
  }
  return {
    ok: true,
    settings: {
      basis: form.basis,
      tolerance,
      changeThreshold,
      ...(form.period ? { period: form.period } : {}),
    },
  };
}
