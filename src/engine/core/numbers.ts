/** Rules §3–4: numbers are compared rounded to 10 significant figures, so 0.1 + 0.2 meets a target of 0.3. */

/** 10^0 … 10^22: the powers of ten a double holds exactly. */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * The value rounded to 10 significant figures, exactly as `Number(x.toPrecision(10))`. toPrecision is slow and a
 * digest rounds hundreds of thousands of figures, so the rounding is done in arithmetic wherever that is provably the
 * same: the scaled value is within 1e-6 of exact (it is below 1e10), so away from a half it rounds to the same digits,
 * and dividing those digits by an exact power of ten gives the double nearest the decimal, as parsing it does.
 */
export function round10(x: number): number {
  // Whole numbers of up to 10 digits are already exact; most indicator values are.
  if (Number.isInteger(x) && Math.abs(x) < 1e10) return x;
  if (!Number.isFinite(x)) return x;
  const magnitude = Math.abs(x);
  const decimals = 9 - Math.floor(Math.log10(magnitude));
  const scale = EXACT_POWERS_OF_TEN[decimals];
  if (scale !== undefined) {
    const scaled = magnitude * scale;
    if (scaled >= 1e9 && scaled < 1e10 && Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-5) {
      const rounded = Math.round(scaled) / scale;
      return x < 0 ? -rounded : rounded;
    }
  }
  return Number(x.toPrecision(10));
}

/** -1, 0 or 1 as `a` is below, equal to or above `b` once both are rounded to 10 significant figures. */
export function compare10(a: number, b: number): -1 | 0 | 1 {
  // Rounding moves a number by at most 5e-10 of itself, so numbers further apart than that keep their order.
  const gap = a - b;
  if (Math.abs(gap) > 1e-9 * (Math.abs(a) + Math.abs(b))) return gap < 0 ? -1 : 1;
  const x = round10(a);
  const y = round10(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
