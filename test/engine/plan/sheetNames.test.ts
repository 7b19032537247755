/** rules §6 digest layout (docs/rules.md §8 reading 16): the digest sheet's name is legal, at most 31 characters, unique ignoring case. */
import { legalSheetName, unusedSheetName } from '../../../src/engine';

describe('legalSheetName', () => {
  it.each([
    ['Digest Q3 2006/07', 'Digest Q3 2006-07'],
    ['A[b]:c*d?e\\f', 'A-b--c-d-e-f'],
    ["'Quoted'", 'Quoted'],
    ['', 'Digest'],
  ])('makes %p into %p', (wanted, legal) => {
    expect(legalSheetName(wanted)).toBe(legal);
  });

  it('cuts a long name to 31 characters', () => {
    const name = legalSheetName('Digest for the Children and Young People Directorate Q3 2006/07');
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).toBe('Digest for the Children and You');
  });
});

describe('unusedSheetName', () => {
  it('keeps the name when no sheet has it', () => {
    expect(unusedSheetName('Digest Q3 2006-07', ['PIs'])).toBe('Digest Q3 2006-07');
  });

  it('numbers the name when a sheet has it, ignoring case', () => {
    expect(unusedSheetName('Digest Q3 2006-07', ['DIGEST q3 2006-07'])).toBe('Digest Q3 2006-07 (2)');
  });

  it('counts on until the name is free', () => {
    expect(unusedSheetName('Digest', ['Digest', 'digest (2)', 'Digest (3)'])).toBe('Digest (4)');
  });

  it('keeps a numbered long name within 31 characters', () => {
    const long = 'x'.repeat(31);
    const name = unusedSheetName(long, [long]);
    expect(name).toBe(`${'x'.repeat(27)} (2)`);
    expect(name.length).toBe(31);
  });
});
