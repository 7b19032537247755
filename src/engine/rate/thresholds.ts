/**
 * The rules as people type them (rules §2–4), checked in one place so the pane and the CLI say the same words.
 * `5%` is relative (a share of the target, or of the comparison value), a plain number absolute (the indicator's
 * units). A negative amount is refused; a share above 100% is accepted with a warning (docs/rules.md, "The officer's quarter", Q1).
 */
import type { ComparisonBasis, Threshold } from '../core/model';
import { parseNumberText } from '../read/values';

export type ThresholdRule = 'tolerance' | 'change threshold';

export type ThresholdCheck =
  | {
      ok: true;
      threshold: Threshold;
      /** Accepted, but probably not what was meant. */ warning: string | null;
    }
  | { ok: false; message: string };

const HELP: Record<ThresholdRule, { choices: string; example: string; zero: string; tooBig: string }> = {
  tolerance: {
    choices: 'a percentage such as 5% or an amount such as 0.02',
    example: 'a percentage such as 5% or an amount such as 0.02',
    zero: 'type 0 for Green or Red only',
    tooBig: 'is more than the whole target, so almost no indicator can be Red. Check it is what you meant',
  },
  'change threshold': {
    choices: '0 to count every change, a percentage such as 2% or an amount such as 0.5',
    example: 'a percentage such as 2% or an amount such as 0.5',
    zero: 'type 0 to count every change',
    tooBig:
      'is more than the whole earlier value, so almost every change counts as No change. Check it is what you meant',
  },
};

export function checkThreshold(text: string, rule: ThresholdRule): ThresholdCheck {
  const trimmed = text.trim();
  const { choices, example, zero, tooBig } = HELP[rule];
  if (trimmed === '') return { ok: false, message: `Type a ${rule}: ${choices}.` };
  const n = parseNumberText(trimmed);
  if (n === null) return { ok: false, message: `"${trimmed}" is not a ${rule}: type ${choices}.` };
  if (n < 0)
    return { ok: false, message: `A ${rule} cannot be negative ("${trimmed}"): ${zero}, or ${example}.` };
  const threshold: Threshold = trimmed.endsWith('%')
    ? { kind: 'relative', value: n }
    : { kind: 'absolute', value: n };
  const warning = threshold.kind === 'relative' && n > 1 ? `${thresholdText(threshold)} ${tooBig}.` : null;
  return { ok: true, threshold, warning };
}

export type BasisCheck = { ok: true; basis: ComparisonBasis } | { ok: false; message: string };

/** The comparison basis by its word, `previous` or `year`, in any case. */
export function checkBasis(text: string): BasisCheck {
  const word = text.trim().toLowerCase();
  if (word === 'previous' || word === 'year') return { ok: true, basis: word };
  return {
    ok: false,
    message: `"${text.trim()}" is not a comparison basis: type previous (the period before) or year (the same period last year).`,
  };
}

/** A threshold as a person would type it: `5%` or `0.02` (what checkThreshold reads back to the same threshold). */
export function thresholdText(t: Threshold): string {
  return t.kind === 'relative' ? `${Number((t.value * 100).toPrecision(10))}%` : String(t.value);
}

export function describeThreshold(t: Threshold): string {
  return t.kind === 'relative'
    ? `${round2(t.value * 100)}% of target`
    : `${t.value} in each indicator's own units`;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
