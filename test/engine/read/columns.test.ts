/** rules §1 (header names, case/spaces/punctuation ignored) and §2 (period and Target-period headers). */
import { classifyHeader } from '../../../src/engine';

const roleOf = (header: string) => classifyHeader(header)?.role ?? null;

describe('classifyHeader: recognised column names (rules §1)', () => {
  it.each([
    ...['Indicator', 'Indicator name', 'Performance indicator', 'PI', 'KPI'].map((h) => [h, 'name']),
    ...['Ref', 'Reference', 'PI ref', 'Code', 'ID', 'Indicator ID', 'BVPI', 'NI'].map((h) => [h, 'ref']),
    ...['Outcome', 'Theme', 'Priority', 'Section', 'Group', 'Category', 'ECM outcome'].map((h) => [
      h,
      'outcome',
    ]),
    ...['Polarity', 'Good is', 'Good performance', 'Direction', 'Aim'].map((h) => [h, 'polarity']),
    ['Higher is better', 'higherIsBetter'],
    ...['Unit', 'Units', 'Measure type', 'Format'].map((h) => [h, 'unit']),
    ...['Target', 'Target for the period', 'Annual target'].map((h) => [h, 'target']),
    ...['Amber threshold', 'Tolerance', 'Floor', 'Minimum standard', 'Lower threshold'].map((h) => [
      h,
      'amber',
    ]),
    ...['RAG override', 'Manual RAG', 'Status override'].map((h) => [h, 'override']),
    ...['Commentary', 'Comment', 'Comments', 'Narrative'].map((h) => [h, 'commentary']),
    ...['Period', 'Date', 'Quarter', 'Month', 'Year'].map((h) => [h, 'period']),
    ...['Value', 'Actual', 'Outturn', 'Result', 'Performance'].map((h) => [h, 'value']),
  ])('reads the header %p as the %p column', (header, role) => {
    expect(roleOf(header)).toBe(role);
  });

  it.each([
    ['Indicator', 0],
    ['Description', 1],
    ['PI', 2],
    ['KPI', 2],
    ['Measure', 3],
  ])(
    'ranks the name header %p at %p, so Indicator is the name before Description, PI and Measure',
    (header, rank) => {
      expect(classifyHeader(header)).toMatchObject({ role: 'name', rank });
    },
  );

  it.each([
    ['INDICATOR', 'name'],
    ['  indicator  ', 'name'],
    ['Indicator:', 'name'],
    ['Indicator_Name', 'name'],
    ['P.I. Ref', 'ref'],
    ['Ref.', 'ref'],
    ['good-is', 'polarity'],
    ['RAG (override)', 'override'],
    ['Amber-threshold', 'amber'],
    ['Higher-is-better?', 'higherIsBetter'],
  ])('ignores case, spaces and punctuation in %p', (header, role) => {
    expect(roleOf(header)).toBe(role);
  });

  it('ignores a header the digest does not use', () => {
    expect(classifyHeader('Lead officer')).toBeNull();
  });
});

describe('classifyHeader: periods and targets for a period (rules §2)', () => {
  it.each([['Q1 2006/07'], ['Jun-06'], ['2006/07'], ['2006'], [2006]])(
    'reads %p as a period column',
    (header) => {
      expect(classifyHeader(header)).toMatchObject({ role: 'period', period: { label: expect.any(String) } });
    },
  );

  it('reads a date cell in the header as a month column', () => {
    expect(classifyHeader(38869, 'mmm-yy')).toMatchObject({ role: 'period', period: { label: 'Jun 2006' } });
  });

  it.each([
    ['Target 2006/07', '2006/07'],
    ['Target Q3 2006/07', 'Q3 2006/07'],
    ['Target (Q3 2006/07)', 'Q3 2006/07'],
    ['Target: Jun 2006', 'Jun 2006'],
    ['2006/07 target', '2006/07'],
  ])('reads %p as a target for %p, never as a period column', (header, label) => {
    expect(classifyHeader(header)).toMatchObject({ role: 'target', period: { label } });
  });

  it('reads a plain Target as a target for every period', () => {
    expect(classifyHeader('Target')).toEqual({ role: 'target', period: null });
  });
});

describe('classifyHeader: counts and SPC settings (issue 12)', () => {
  it.each([
    ...['Numerator', 'Count', 'Cases', 'Events'].map((h) => [h, 'numerator']),
    ...['Denominator', 'Base', 'Cohort', 'Population', 'Eligible'].map((h) => [h, 'denominator']),
    ...['SPC recalculate from', 'Recalculate from', 'Rebase from'].map((h) => [h, 'spcRecalculateFrom']),
    ...['SPC baseline to', 'Baseline to', 'Baseline end'].map((h) => [h, 'spcBaselineTo']),
  ])('reads the header %p as the %p column', (header, role) => {
    expect(roleOf(header)).toBe(role);
  });

  it.each([
    ['Numerator', 'numerator'],
    ['Denominator', 'denominator'],
  ])('reads a plain %p as applying to every period', (header, role) => {
    expect(classifyHeader(header)).toEqual({ role, period: null });
  });

  it.each([
    ['Numerator Q3 2006/07', 'numerator', 'Q3 2006/07'],
    ['Denominator Q3 2006/07', 'denominator', 'Q3 2006/07'],
    ['Cases (Jun 2006)', 'numerator', 'Jun 2006'],
    ['Population: 2006/07', 'denominator', '2006/07'],
    ['Q1 2006/07 denominator', 'denominator', 'Q1 2006/07'],
  ])('reads %p as the %p of %p, never as a period column', (header, role, label) => {
    expect(classifyHeader(header)).toMatchObject({ role, period: { label } });
  });
});
