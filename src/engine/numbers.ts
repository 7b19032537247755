/** Rules §3–4: numbers are compared rounded to 10 significant figures, so 0.1 + 0.2 meets a target of 0.3. */
export function round10(x: number): number {
  return x === 0 || !Number.isFinite(x) ? x : Number(x.toPrecision(10));
}
