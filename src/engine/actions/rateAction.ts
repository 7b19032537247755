/**
 * Issue 11 (docs/rules.md §11 "Action RAG"): an action's RAG on the report date. Completed is Complete (blue); not
 * complete and past its due date, Red; due within the due-soon days (30 by default) and not said to be on track,
 * Amber; otherwise the status's own colour. A RAG override wins, as for indicators.
 */
import type { SourceAction } from './readActions';
import { STATUS_RAG, type ActionRag } from './statusWords';

/** Why an action has its RAG: the words of its owner prompt and of the tracker's notes. */
export type ActionReason = 'complete' | 'past due' | 'due soon' | 'status' | 'no status';

export interface ActionRating {
  rag: ActionRag;
  computedRag: ActionRag;
  ragOverridden: boolean;
  reason: ActionReason;
}

/** `asOf` and `due` are days; `asOf` null (no report date) rates by the status alone. */
export function rateAction(
  action: Pick<SourceAction, 'due' | 'statusKind' | 'override'>,
  asOf: number | null,
  dueSoonDays: number,
): ActionRating {
  const computed = computedRating(action, asOf, dueSoonDays);
  const override = action.override;
  return { ...computed, rag: override ?? computed.computedRag, ragOverridden: override !== null };
}

function computedRating(
  { due, statusKind }: Pick<SourceAction, 'due' | 'statusKind'>,
  asOf: number | null,
  dueSoonDays: number,
): { computedRag: ActionRag; reason: ActionReason } {
  if (statusKind === 'complete') return { computedRag: 'complete', reason: 'complete' };
  if (due !== null && asOf !== null) {
    if (due < asOf) return { computedRag: 'red', reason: 'past due' };
    if (due - asOf <= dueSoonDays)
      return statusKind === 'on track'
        ? { computedRag: 'green', reason: 'status' }
        : { computedRag: 'amber', reason: 'due soon' };
  }
  // No status (blank or unreadable) is not started: nothing is wrong with it until its due date is near.
  return statusKind === null
    ? { computedRag: 'green', reason: 'no status' }
    : { computedRag: STATUS_RAG[statusKind], reason: 'status' };
}
