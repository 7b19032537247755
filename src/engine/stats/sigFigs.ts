/** Issue 12: lines and points are compared at 10 significant figures, so floating error never decides a rule. */

/** `x` rounded to 10 significant figures (the digest's rule for every comparison, rules §3–4). */
export function round10(x: number): number {
  if (Number.isInteger(x) && Math.abs(x) < 1e10) return x;
  return Number.isFinite(x) ? Number(x.toPrecision(10)) : x;
}

/** -1, 0 or 1 as `a` is below, equal to or above `b` once both are rounded to 10 significant figures. */
export function compare10(a: number, b: number): -1 | 0 | 1 {
  const [x, y] = [round10(a), round10(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}
