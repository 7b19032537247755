/** Rules §3: RAG against target. */
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

/** The amber boundary: the row's threshold, else the target less (higher) or plus (lower) the tolerance. */
function amberBoundary(polarity: 'higher' | 'lower', target: number, tolerance: Threshold): number {
  const amount = tolerance.kind === 'relative' ? tolerance.value * Math.abs(target) : tolerance.value;
  return polarity === 'higher' ? target - amount : target + amount;
}

export function rateRag({ polarity, value, target, amberThreshold, tolerance }: RagInput): RagResult {
  const plain = (rag: Rag): RagResult => ({ rag, thresholdWrongSide: false });
  if (polarity === 'neutral') return plain('data only');
  if (value === null) return plain('no data');
  if (target === null) return plain('no target');
  const wrongSide =
    amberThreshold !== null && (polarity === 'higher' ? amberThreshold > target : amberThreshold < target);
  const boundary = wrongSide ? target : (amberThreshold ?? amberBoundary(polarity, target, tolerance));
  const [v, t, b] = [round10(value), round10(target), round10(boundary)];
  const better = (x: number, y: number) => (polarity === 'higher' ? x >= y : x <= y);
  const rag: Rag = better(v, t) ? 'green' : better(v, b) ? 'amber' : 'red';
  return { rag, thresholdWrongSide: wrongSide };
}
