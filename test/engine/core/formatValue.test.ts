/** rules §6: values shown in the indicator's own format (65%, 1,234). */
import { formatValue } from '../../../src/engine';

describe('formatValue (rules §6)', () => {
  it.each([
    [0.65, '0%', '65%'],
    [0.391, '0.0%', '39.1%'],
    [1234, '#,##0', '1,234'],
    [28.6, '0.0', '28.6'],
    [229, 'General', '229'],
    [65, '0.0"%"', '65.0%'],
  ])('shows %p in %p as %p', (value, format, shown) => {
    expect(formatValue(value, format)).toBe(shown);
  });

  it('says "no value" for a missing value', () => {
    expect(formatValue(null, '0%')).toBe('no value');
  });

  it('falls back to General for an empty format', () => {
    expect(formatValue(12.5, '')).toBe('12.5');
  });
});
