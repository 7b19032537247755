/**
 * The question Generate asks before it replaces a digest holding typed text (CarryOverDialog), loaded the first time
 * it is asked: most sessions never need it, so the pane's own script stays small (scripts/checkBundle.ts).
 */
import { lazy, Suspense } from 'react';
import type { CarriedOver } from '../../engine';

const CarryOverDialog = lazy(() => import(/* webpackChunkName: "carry-over-dialog" */ './CarryOverDialog'));

/** Nothing until Generate first asks; then the dialog stays mounted and opens and closes as Fluent means it to. */
export function ConfirmCarryOver({
  confirming,
  onAnswer,
}: {
  confirming: { carried: CarriedOver; open: boolean } | null;
  onAnswer: (carryOver: boolean) => void;
}) {
  if (!confirming) return null;
  return (
    <Suspense fallback={null}>
      <CarryOverDialog carried={confirming.carried} open={confirming.open} onAnswer={onAnswer} />
    </Suspense>
  );
}
