/** The words and colours of the digest (rules §3, §4, §6, §7): every status in words, never colour alone. */
import {
  BASIS_TEXT,
  COUNTED_DIRECTIONS,
  directionText,
  RAG_COLOURS,
  RAG_ORDER,
  RAG_TEXT,
  type Direction,
  type Polarity,
} from '../../../src/engine';
import { NO_STATS } from '../../support/indicators';
import { RULES_PALETTE } from '../../support/rulesPalette';

describe('directionText (rules §4: the arrow shows the move, the word whether it is good)', () => {
  it.each<[Polarity, Direction, string]>([
    ['higher', 'improving', 'Improving ▲'],
    ['higher', 'worsening', 'Worsening ▼'],
    ['lower', 'improving', 'Improving ▼'],
    ['lower', 'worsening', 'Worsening ▲'],
    ['neutral', 'increasing', 'Increasing ▲'],
    ['neutral', 'decreasing', 'Decreasing ▼'],
    ['higher', 'no change', 'No change ►'],
    ['higher', 'not comparable', 'Not comparable'],
  ])('gives a %s-is-better indicator that is %s %p', (polarity, direction, text) => {
    expect(directionText({ polarity, direction, stats: NO_STATS })).toBe(text);
  });
});

describe('RAG words and colours (rules §6)', () => {
  it.each(RULES_PALETTE)('shows %p as %p, on %s in %s', (rag, word, fill, font) => {
    expect([RAG_TEXT[rag], RAG_COLOURS[rag]]).toEqual([word, { fill, font }]);
  });

  it('lists statuses Red, Amber, Green, then the grey ones, everywhere the same (what managers read first)', () => {
    expect(RAG_ORDER).toEqual(['red', 'amber', 'green', 'no target', 'no data', 'data only']);
  });

  it('counts Worsening, No change and Improving in the summary, not a neutral indicator’s Increasing or Decreasing', () => {
    expect(COUNTED_DIRECTIONS).toEqual(['worsening', 'no change', 'improving']);
  });
});

describe('BASIS_TEXT (rules §2)', () => {
  it('names the comparison bases in the rules’ words', () => {
    expect(BASIS_TEXT).toEqual({ previous: 'previous period', year: 'same period last year' });
  });
});
