/** rules §1 "Polarity": every word, any case; the Higher-is-better column; missing and unreadable polarity. */
import { readHigherIsBetter, readPolarity } from '../../../src/engine/read/polarity';

const HIGHER = [
  'Higher',
  'High',
  'Up',
  '↑',
  'Bigger is better',
  'Higher is better',
  'Aim to maximise',
  'Maximise',
  'Max',
  'Ascending',
  'Increase',
];
const LOWER = [
  'Lower',
  'Low',
  'Down',
  '↓',
  'Smaller is better',
  'Lower is better',
  'Aim to minimise',
  'Minimise',
  'Min',
  'Descending',
  'Decrease',
];
const NEUTRAL = ['Neutral', 'None', 'N/A', 'Data only', 'Context', 'Contextual', 'Information'];

const cases = (words: string[], polarity: string) =>
  words.flatMap((w) => [w, w.toUpperCase(), w.toLowerCase(), ` ${w} `].map((typed) => [typed, polarity]));

describe('readPolarity (rules §1 Polarity)', () => {
  it.each([...cases(HIGHER, 'higher'), ...cases(LOWER, 'lower'), ...cases(NEUTRAL, 'neutral')])(
    'reads %p as %p',
    (typed, polarity) => {
      expect(readPolarity(typed)).toEqual({ kind: 'polarity', polarity });
    },
  );

  it('reads N/A in the polarity column as neutral polarity, not as no value', () => {
    expect(readPolarity('n/a')).toEqual({ kind: 'polarity', polarity: 'neutral' });
  });

  it.each([[null], [''], ['  ']])('reads %p as missing', (cell) => {
    expect(readPolarity(cell)).toEqual({ kind: 'missing' });
  });

  it.each([['Sideways'], ['Good'], ['5']])('reads %p as unreadable', (cell) => {
    expect(readPolarity(cell)).toEqual({ kind: 'unreadable', text: cell });
  });
});

describe('readHigherIsBetter (rules §1: a Higher is better column)', () => {
  it.each([['Yes'], ['Y'], ['y'], ['True'], [true], [1], ['1']])('reads %p as higher', (cell) => {
    expect(readHigherIsBetter(cell)).toEqual({ kind: 'polarity', polarity: 'higher' });
  });

  it.each([['No'], ['N'], ['n'], ['False'], [false], [0], ['0']])('reads %p as lower', (cell) => {
    expect(readHigherIsBetter(cell)).toEqual({ kind: 'polarity', polarity: 'lower' });
  });

  it('reads an empty cell as missing', () => {
    expect(readHigherIsBetter(null)).toEqual({ kind: 'missing' });
  });

  it('reads Maybe as unreadable', () => {
    expect(readHigherIsBetter('Maybe')).toEqual({ kind: 'unreadable', text: 'Maybe' });
  });
});

describe('Excel errors in the polarity column (rules §1: #N/A is an error, not the word N/A)', () => {
  it.each(['#N/A', '#REF!'])('reads %s as a missing polarity, naming the error', (text) => {
    expect(readPolarity(text)).toEqual({ kind: 'missing', error: text });
  });
});
