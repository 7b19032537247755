/**
 * How many cases each property runs, and from which seed: fixed by default so `npm test` is reproducible,
 * larger under `npm run fuzz` (FUZZ_RUNS), and another seed on demand (FUZZ_SEED) to explore further.
 * A failure prints fast-check's seed and path, so `FUZZ_SEED=<seed>` replays it.
 */
import type { Parameters } from 'fast-check';

const DEFAULT_SEED = 20060701;

function envNumber(name: string): number | null {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return null;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not "${raw}"`);
  return n;
}

/** `base` cases in `npm test`; FUZZ_RUNS scales every property alike (it is the count for a property whose base is 2,000). */
export function fuzzParameters<T>(base: number): Parameters<T> {
  const fuzz = envNumber('FUZZ_RUNS');
  const numRuns = fuzz === null ? base : Math.max(1, Math.round((fuzz * base) / 2000));
  return { seed: envNumber('FUZZ_SEED') ?? DEFAULT_SEED, numRuns };
}

/** Jest's per-test timeout, grown with the fuzz count so `npm run fuzz` is not cut short. */
export function fuzzTimeout(baseMs: number): number {
  const fuzz = envNumber('FUZZ_RUNS');
  return fuzz === null ? baseMs : Math.max(baseMs, Math.round((baseMs * fuzz) / 2000));
}
