/**
 * Issue 12's --json contract (fixtures/contract-stats, built by its make_examples.py from an oracle of the rules):
 * per indicator `interval`, `dotSignificant`, `smallNumbers` and `spc` (every point's period, value and MDC class;
 * every section's periods, mean and limits; the icons) exactly, numbers within 1e-9, besides rag, dot and current.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { cli, FIXTURES } from './runCli';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Expected {
  sheet: string;
  period: string;
  comparisonPeriod: string;
  indicators: { name: string; [field: string]: Json }[];
}

const STATS = join(FIXTURES, 'contract-stats');
const examples = readdirSync(STATS).filter((name) => name.startsWith('st'));

/** Numbers within 1e-9 (closeTo's 9 digits: half of 1e-9), everything else exactly, keys included. */
function approx(x: Json): unknown {
  if (typeof x === 'number') return expect.closeTo(x, 9);
  if (Array.isArray(x)) return x.map(approx);
  if (x && typeof x === 'object')
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, approx(v)]));
  return x;
}

describe.each(examples)('statistics contract example %s', (example) => {
  const dir = join(STATS, example);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  const args = readFileSync(join(dir, 'args.txt'), 'utf8').split(/\s+/).filter(Boolean);
  let got: { sheet: string; period: string; comparisonPeriod: string; indicators: Record<string, Json>[] };

  beforeAll(async () => {
    const result = await cli(join(dir, 'input.xlsx'), '--json', ...args);
    expect(result.code).toBe(0);
    got = JSON.parse(result.stdout);
  });

  it('reads the sheet, the current period and the comparison period', () => {
    expect([got.sheet, got.period, got.comparisonPeriod]).toEqual([
      expected.sheet,
      expected.period,
      expected.comparisonPeriod,
    ]);
  });

  it('lists the expected indicators in table order', () => {
    expect(got.indicators.map((i) => i.name)).toEqual(expected.indicators.map((i) => i.name));
  });

  it.each(expected.indicators.map((e) => [e.name, e] as const))('gives %s as the rules say', (name, e) => {
    const g = got.indicators.find((i) => i.name === name)!;
    const fields = Object.keys(e);
    expect(Object.fromEntries(fields.map((f) => [f, g[f]]))).toEqual(approx(e));
  });
});
