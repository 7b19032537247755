/** Rules §3–4: numbers are compared rounded to 10 significant figures, so 0.1 + 0.2 meets a target of 0.3. */
export function round10(x: number): number {
  // Whole numbers of up to 10 digits are already exact; most indicator values are, and toPrecision is slow.
  if (Number.isInteger(x) && Math.abs(x) < 1e10) return x;
  return !Number.isFinite(x) ? x : Number(x.toPrecision(10));
}
