/** What a person chooses for a digest: the defaults the rules give (§2–4) and the column roles they may pick (§1). */
import { classifyHeader, DEFAULT_SETTINGS, isRoleChoice, ROLE_CHOICES } from '../../../src/engine';

describe('DEFAULT_SETTINGS', () => {
  it('compares with the previous period (rules §2)', () => {
    expect(DEFAULT_SETTINGS.basis).toBe('previous');
  });

  it('takes a tolerance of 5% of the target (rules §3)', () => {
    expect(DEFAULT_SETTINGS.tolerance).toEqual({ kind: 'relative', value: 0.05 });
  });

  it('takes a change threshold of 0, so any change is a direction of travel (rules §4)', () => {
    expect(DEFAULT_SETTINGS.changeThreshold).toEqual({ kind: 'absolute', value: 0 });
  });

  it('names no sheet, period or column corrections, so the best table and its latest period are used', () => {
    expect(Object.keys(DEFAULT_SETTINGS).sort()).toEqual(['basis', 'changeThreshold', 'tolerance']);
  });
});

describe('isRoleChoice', () => {
  it.each(ROLE_CHOICES.map((role) => [role]))('takes %p as a role', (role) => {
    expect(isRoleChoice(role)).toBe(true);
  });

  it.each([['Target'], ['period label'], ['Indicator'], [''], ['constructor']])(
    'does not take %p as a role',
    (text) => {
      expect(isRoleChoice(text)).toBe(false);
    },
  );
});

describe('ROLE_CHOICES', () => {
  it('starts with none, so a column can be left out, then the indicator name', () => {
    expect(ROLE_CHOICES.slice(0, 2)).toEqual(['none', 'name']);
  });

  it.each([
    ['Indicator'],
    ['Ref'],
    ['Outcome'],
    ['Polarity'],
    ['Higher is better'],
    ['Unit'],
    ['Target'],
    ['Amber threshold'],
    ['RAG override'],
    ['Commentary'],
    ['Period'],
    ['Q3 2006/07'],
    ['Value'],
  ])('lets a person give any column the role the engine reads from a %p header (rules §1)', (header) => {
    expect(isRoleChoice(classifyHeader(header)?.role ?? '')).toBe(true);
  });
});
