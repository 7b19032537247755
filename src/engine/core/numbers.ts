/** Rules §3–4: numbers are compared rounded to 10 significant figures, so 0.1 + 0.2 meets a target of 0.3. */
export function round10(x: number): number {
  // Whole numbers of up to 10 digits are already exact; most indicator values are, and toPrecision is slow.
  if (Number.isInteger(x) && Math.abs(x) < 1e10) return x;
  return !Number.isFinite(x) ? x : Number(x.toPrecision(10));
}

/** -1, 0 or 1 as `a` is below, equal to or above `b` once both are rounded to 10 significant figures. */
export function compare10(a: number, b: number): -1 | 0 | 1 {
  const [x, y] = [round10(a), round10(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}
