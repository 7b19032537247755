/** rules §1: header matching ignores case, spaces and punctuation. */
import { cellText, headerKey } from '../../../src/engine/core/text';

describe('headerKey (rules §1)', () => {
  it.each([
    ['Indicator Name', 'indicatorname'],
    ['  P.I. ref ', 'piref'],
    ['Good-is:', 'goodis'],
    ['Target (Q3 2006/07)', 'targetq3200607'],
  ])('reduces %p to %p', (text, key) => {
    expect(headerKey(text)).toBe(key);
  });
});

describe('cellText', () => {
  it.each([
    [null, ''],
    ['  Referrals ', 'Referrals'],
    [229, '229'],
    [true, 'TRUE'],
  ])('shows %p as %p', (cell, text) => {
    expect(cellText(cell)).toBe(text);
  });
});
