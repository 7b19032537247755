/**
 * The --json contract (the examples in test/fixtures/contract/: ex1–ex3 the shared ones, ex4–ex6 issue 11's own): the
 * period, comparison period and sheet, no extra indicators, and per indicator rag, dot, current, target and
 * ragOverridden; a must-reject example exits 1 with one line. Where an example gives them (issue 11): each indicator's
 * polarity and forecast, the actions exactly, the report date and the data issues.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { cli, expectOneLineError, FIXTURES } from './runCli';

interface Expected {
  mustReject: boolean;
  sheet?: string;
  period?: string;
  comparisonPeriod?: string | null;
  indicators?: {
    name: string;
    rag: string;
    dot: string;
    current: number | null;
    target: number | null;
    ragOverridden?: boolean;
    polarity?: string;
    forecast?: { value: number; target: number | null; rag: string; projected: boolean } | null;
  }[];
  actions?: unknown[];
  asOf?: string | null;
  issues?: unknown[];
}

const CONTRACT = join(FIXTURES, 'contract');
const examples = readdirSync(CONTRACT).filter((name) => name.startsWith('ex'));
const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();

describe.each(examples)('contract example %s', (example) => {
  const dir = join(CONTRACT, example);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  const args = readFileSync(join(dir, 'args.txt'), 'utf8').split(/\s+/).filter(Boolean);
  const run = () => cli(join(dir, 'input.xlsx'), '--json', ...args);

  if (expected.mustReject) {
    it('is refused with one line', async () => {
      expectOneLineError(await run(), /perf-digest: /);
    });
    return;
  }

  it('matches expected.json', async () => {
    const result = await run();
    expect(result.code).toBe(0);
    const got = JSON.parse(result.stdout);
    expect({ sheet: got.sheet, period: got.period, comparisonPeriod: got.comparisonPeriod }).toEqual({
      sheet: expected.sheet,
      period: expected.period,
      comparisonPeriod: expected.comparisonPeriod,
    });
    const want = expected.indicators ?? [];
    expect(got.indicators.map((i: { name: string }) => norm(i.name)).sort()).toEqual(
      want.map((i) => norm(i.name)).sort(),
    );
    for (const e of want) {
      const g = got.indicators.find((i: { name: string }) => norm(i.name) === norm(e.name));
      expect({ name: e.name, rag: g.rag, dot: g.dot, ragOverridden: g.ragOverridden }).toEqual({
        name: e.name,
        rag: e.rag,
        dot: e.dot,
        ragOverridden: e.ragOverridden ?? g.ragOverridden,
      });
      for (const field of ['current', 'target'] as const) {
        if (e[field] === null) expect(g[field]).toBeNull();
        else expect(g[field]).toBeCloseTo(e[field] as number, 9);
      }
      if (e.polarity !== undefined)
        expect({ name: e.name, polarity: g.polarity }).toEqual({ name: e.name, polarity: e.polarity });
      if (e.forecast !== undefined)
        expect({ name: e.name, forecast: g.forecast }).toEqual({ name: e.name, forecast: e.forecast });
    }
    if (expected.actions !== undefined) expect(got.actions).toEqual(expected.actions);
    if (expected.asOf !== undefined) expect(got.asOf).toBe(expected.asOf);
    if (expected.issues !== undefined) expect(got.issues).toEqual(expected.issues);
  });
});
