/** Rules §3: RAG against target; for Goldilocks polarity, by the distance from the target (docs/rules.md §11). */
import type { Polarity, Rag, Threshold } from '../core/model';
import { round10 } from '../core/numbers';

export interface RagInput {
  polarity: Polarity;
  value: number | null;
  target: number | null;
  /** The row's amber threshold, if given. */
  amberThreshold: number | null;
  tolerance: Threshold;
}

export interface RagResult {
  rag: Rag;
  /** The amber threshold was on the wrong side of the target, so the row was rated with tolerance 0. */
  thresholdWrongSide: boolean;
}

/** The tolerance as an amount in the indicator's units: a share of |target|, or the amount itself. */
function toleranceAmount(target: number, tolerance: Threshold): number {
  return tolerance.kind === 'relative' ? tolerance.value * Math.abs(target) : tolerance.value;
}

/** The amber boundary: the row's threshold, else the target less (higher) or plus (lower) the tolerance. */
function amberBoundary(polarity: 'higher' | 'lower', target: number, tolerance: Threshold): number {
  const amount = toleranceAmount(target, tolerance);
  return polarity === 'higher' ? target - amount : target + amount;
}

/**
 * The Goldilocks amber band's distance from the target. An amber threshold is read as a distance (`0.05` either
 * side), unless it lies nearer the target than zero, when it is a boundary (`90%` for a target of 95%) and the band
 * reaches as far from the target on both sides. Without one, the band is twice the tolerance.
 */
export function amberBand(target: number, amberThreshold: number | null, tolerance: number): number {
  if (amberThreshold === null) return 2 * tolerance;
  const fromTarget = Math.abs(amberThreshold - target);
  return fromTarget < Math.abs(amberThreshold) ? fromTarget : Math.abs(amberThreshold);
}

/** Green within ± the tolerance of the target, Amber within ± the amber band, Red beyond it. */
function rateAroundTarget(
  value: number,
  target: number,
  amberThreshold: number | null,
  tolerance: Threshold,
): Rag {
  const green = round10(toleranceAmount(target, tolerance));
  const band = round10(amberBand(target, amberThreshold, green));
  const distance = round10(Math.abs(round10(value) - round10(target)));
  return distance <= green ? 'green' : distance <= band ? 'amber' : 'red';
}

export function rateRag({ polarity, value, target, amberThreshold, tolerance }: RagInput): RagResult {
  const plain = (rag: Rag): RagResult => ({ rag, thresholdWrongSide: false });
  if (polarity === 'neutral') return plain('data only');
  if (value === null) return plain('no data');
  if (target === null) return plain('no target');
  if (polarity === 'target') return plain(rateAroundTarget(value, target, amberThreshold, tolerance));
  const wrongSide =
    amberThreshold !== null && (polarity === 'higher' ? amberThreshold > target : amberThreshold < target);
  const boundary = wrongSide ? target : (amberThreshold ?? amberBoundary(polarity, target, tolerance));
  const [v, t, b] = [round10(value), round10(target), round10(boundary)];
  const better = (x: number, y: number) => (polarity === 'higher' ? x >= y : x <= y);
  const rag: Rag = better(v, t) ? 'green' : better(v, b) ? 'amber' : 'red';
  return { rag, thresholdWrongSide: wrongSide };
}
