/**
 * Issue 10's acceptance through the engine: three services' workbooks compiled into one digest. Every expectation is
 * worked out from the rules (digest-rules §3–4, docs/rules.md "Compiling"), not read off the output.
 */
import { compileDigest, DEFAULT_SETTINGS, type DigestRun, type StatusCounts } from '../../../src/engine';
import { serviceWorkbooks } from '../../support/services';

function compiled(): DigestRun {
  const outcome = compileDigest(serviceWorkbooks(), DEFAULT_SETTINGS);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.run;
}

const counts = (c: Partial<StatusCounts>): StatusCounts => ({
  green: 0,
  amber: 0,
  red: 0,
  'no target': 0,
  'no data': 0,
  'data only': 0,
  improving: 0,
  'no change': 0,
  worsening: 0,
  ...c,
});

describe('three services compiled into one digest', () => {
  it('takes the current period as the latest across the sources, Q3 2006/07, against Q2 2006/07', () => {
    const run = compiled();
    expect([run.period.label, run.comparisonPeriod.label]).toEqual(['Q3 2006/07', 'Q2 2006/07']);
  });

  it.each([
    // ref, source, RAG (§3: tolerance 5% of target), direction (§4: against Q2), the row's cell
    ['CS1', 'children', 'red', 'worsening', "[children.xlsx]'PIs Q3'!B2"],
    ['CS2', 'children', 'green', 'no change', "[children.xlsx]'PIs Q3'!B3"],
    ['NI 112', 'children, health', 'amber', 'improving', "[children.xlsx]'PIs Q3'!B4"],
    ['NI 53', 'children', 'green', 'improving', "[children.xlsx]'PIs Q3'!B5"],
    ['NI 53', 'health', 'amber', 'improving', '[health.xlsx]Health!B3'],
    ['HL1', 'health', 'green', 'improving', '[health.xlsx]Health!B4'],
    ['YS1', 'Youth service', 'no data', 'not comparable', '[Youth service.xlsx]PIs!B2'],
    ['YS2', 'Youth service', 'no data', 'not comparable', '[Youth service.xlsx]PIs!B3'],
  ])('rates %s from %s as %s, %s, at %s', (ref, source, rag, direction, cell) => {
    const row = compiled().indicators.find((i) => i.ref === ref && i.source === source);
    expect(row && { rag: row.rag, direction: row.direction, cell: row.cell }).toEqual({
      rag,
      direction,
      cell,
    });
  });

  it('keeps the agreeing indicator once and both rows of the conflicting one, in source order', () => {
    expect(compiled().indicators.map((i) => i.ref)).toEqual([
      'CS1',
      'CS2',
      'NI 112',
      'NI 53',
      'NI 53',
      'HL1',
      'YS1',
      'YS2',
    ]);
  });

  it('merges "be healthy" into "Be Healthy", with outcomes in the order first met', () => {
    expect(compiled().digest.sections.map((s) => [s.outcome, s.indicators.map((i) => i.ref)])).toEqual([
      ['Staying Safe', ['CS1', 'CS2', 'YS2']],
      ['Be Healthy', ['NI 112', 'NI 53', 'NI 53', 'HL1']],
      ['Enjoy and Achieve', ['YS1']],
    ]);
  });

  it('has exactly two data issues: the youth service stopping at Q2, and NI 53 naming both its cells', () => {
    expect(compiled().issues).toEqual([
      {
        severity: 'warning',
        cell: '[Youth service.xlsx]PIs!G1',
        message: expect.stringContaining("Youth service's sheet stops at Q2 2006/07"),
      },
      {
        severity: 'error',
        cell: '[health.xlsx]Health!B3',
        message: expect.stringMatching(/\[children\.xlsx\]'PIs Q3'!B5.*\[health\.xlsx\]Health!B3/),
      },
    ]);
  });

  it('says which Q3 figures differ for NI 53', () => {
    const conflict = compiled().issues[1]!;
    expect(conflict.message).toContain(
      "Q3 2006/07 0.52 ([children.xlsx]'PIs Q3'!H5) against 0.48 ([health.xlsx]Health!H3)",
    );
  });

  it('counts seven indicators overall, NI 53 once as the worse of Green and Amber', () => {
    expect(compiled().digest.summary.overall).toEqual(
      counts({ red: 1, amber: 2, green: 2, 'no data': 2, improving: 3, 'no change': 1, worsening: 1 }),
    );
  });

  it('counts each outcome without double-counting NI 53', () => {
    expect(compiled().digest.summary.byOutcome).toEqual([
      {
        outcome: 'Staying Safe',
        counts: counts({ red: 1, green: 1, 'no data': 1, 'no change': 1, worsening: 1 }),
      },
      { outcome: 'Be Healthy', counts: counts({ amber: 2, green: 1, improving: 3 }) },
      { outcome: 'Enjoy and Achieve', counts: counts({ 'no data': 1 }) },
    ]);
  });

  it('lists each source with its table and last period', () => {
    expect(compiled().sources.map((s) => [s.label, s.range, s.lastPeriod?.period.label])).toEqual([
      ['children', "[children.xlsx]'PIs Q3'!A1:H5", 'Q3 2006/07'],
      ['health', '[health.xlsx]Health!A1:H4', 'Q3 2006/07'],
      ['Youth service', '[Youth service.xlsx]PIs!A1:G3', 'Q2 2006/07'],
    ]);
  });
});
