/** rules §6: commentary prompts written from the figures, worded for the case. */
import type { RatedIndicator } from '../../../src/engine';
import { commentaryPrompt } from '../../../src/engine/digest/prompts';
import { NO_STATS, period, ratedIndicator as indicator } from '../../support/indicators';

const Q3 = period('Q3 2006/07');
const Q2 = period('Q2 2006/07');

describe('commentaryPrompt (rules §6)', () => {
  it("writes the rules' own example for a Red and worsening indicator", () => {
    expect(commentaryPrompt(indicator({}), Q3, Q2)).toBe(
      'Initial assessments within 7 working days: 65% in Q3 2006/07 against a target of 75% (Red), down from 70% in Q2. What caused the fall, and what will bring it back to target, by when?',
    );
  });

  it('asks about a rise for a Red and worsening lower-is-better indicator', () => {
    const prompt = commentaryPrompt(
      indicator({ polarity: 'lower', current: 12, comparison: 10, target: 8, numberFormat: '0' }),
      Q3,
      Q2,
    );
    expect(prompt).toContain('up from 10 in Q2');
    expect(prompt).toContain('What caused the rise');
  });

  it('says a Red but improving indicator is moving the right way', () => {
    const prompt = commentaryPrompt(
      indicator({ current: 0.7, comparison: 0.68, target: 0.8, direction: 'improving' }),
      Q3,
      Q2,
    );
    expect(prompt).toContain('70% in Q3 2006/07 against a target of 80% (Red), up from 68% in Q2.');
    expect(prompt).toContain('moving the right way but is still off target');
  });

  it('asks what will bring an Amber indicator on target', () => {
    const prompt = commentaryPrompt(indicator({ rag: 'amber', computedRag: 'amber', current: 0.72 }), Q3, Q2);
    expect(prompt).toContain('(Amber)');
    expect(prompt).toContain('close to target');
  });

  it('asks whether a Green but worsening indicator is a blip or a trend', () => {
    const prompt = commentaryPrompt(
      indicator({ rag: 'green', computedRag: 'green', current: 0.8, comparison: 0.85 }),
      Q3,
      Q2,
    );
    expect(prompt).toContain('(Green)');
    expect(prompt).toContain('still on target but getting worse');
  });

  it('asks when the figure will be available for an indicator with no data', () => {
    const prompt = commentaryPrompt(indicator({ rag: 'amber', ragOverridden: true, current: null }), Q3, Q2);
    expect(prompt).toBe(
      'Initial assessments within 7 working days: no figure for Q3 2006/07 (Amber set by hand). When will the figure be available, and what does the latest evidence show?',
    );
  });

  it('says a status was set by hand', () => {
    expect(commentaryPrompt(indicator({ ragOverridden: true }), Q3, Q2)).toContain('(Red set by hand)');
  });

  it('leaves out the target where there is none', () => {
    const prompt = commentaryPrompt(
      indicator({ rag: 'no target', computedRag: 'no target', target: null }),
      Q3,
      Q2,
    );
    expect(prompt).not.toContain('target of');
  });

  it('uses the full label of a comparison period in another financial year', () => {
    const prompt = commentaryPrompt(indicator({}), period('Q1 2007/08'), period('Q4 2006/07'));
    expect(prompt).toContain('down from 70% in Q4 2006/07');
  });

  it('says the figure is unchanged when it equals the comparison value', () => {
    const prompt = commentaryPrompt(indicator({ comparison: 0.65, direction: 'no change' }), Q3, Q2);
    expect(prompt).toContain('unchanged since Q2');
  });

  it('shows values in the indicator’s own format', () => {
    const prompt = commentaryPrompt(
      indicator({ name: 'Visits', current: 1234, comparison: 1500, target: 2000, numberFormat: '#,##0' }),
      Q3,
      Q2,
    );
    expect(prompt).toContain(
      'Visits: 1,234 in Q3 2006/07 against a target of 2,000 (Red), down from 1,500 in Q2.',
    );
  });

  it('closes each case (red and worsening, red but improving, amber, worsening while green, no data) with its own question', () => {
    const cases: Partial<RatedIndicator>[] = [
      {},
      { direction: 'improving', comparison: 0.6 },
      { rag: 'amber' },
      { rag: 'green', current: 0.8 },
      { current: null },
    ];
    const questions = cases.map((c) => commentaryPrompt(indicator(c), Q3, Q2).split('. ').pop());
    expect(new Set(questions).size).toBe(cases.length);
  });
});

describe('commentaryPrompt where the 95% intervals overlap (issue 12)', () => {
  /** Seed 002: 70% to 65% on 40 cases is within chance. */
  const chance = { stats: { ...NO_STATS, significant: false } };

  it('says a Red, worsening move within chance is no significant change, and asks what holds it back', () => {
    expect(commentaryPrompt(indicator(chance), Q3, Q2)).toBe(
      'Initial assessments within 7 working days: 65% in Q3 2006/07 against a target of 75% (Red), down from 70% in Q2 (no significant change). What is holding it back, and what will bring it back to target, by when?',
    );
  });

  it('does not call a Red indicator moving the right way within chance an improvement', () => {
    const prompt = commentaryPrompt(
      indicator({ ...chance, direction: 'improving', comparison: 0.6 }),
      Q3,
      Q2,
    );
    expect(prompt).toContain('up from 60% in Q2 (no significant change)');
    expect(prompt).not.toContain('moving the right way');
  });

  it('asks of a Green indicator whose fall is within chance whether anything else points to a real change', () => {
    const prompt = commentaryPrompt(
      indicator({ ...chance, rag: 'green', current: 0.8, comparison: 0.85 }),
      Q3,
      Q2,
    );
    expect(prompt).toContain(
      'down from 85% in Q2 (no significant change). It is still on target, and the change is within chance',
    );
  });

  it('asks of an indicator without a target whose fall is within chance whether it should have one', () => {
    const prompt = commentaryPrompt(indicator({ ...chance, rag: 'no target', target: null }), Q3, Q2);
    expect(prompt).toContain(
      'The change is within chance: is anything else pointing to a real change, and should it have a target?',
    );
  });

  it('keeps the wording of a significant change as it is', () => {
    const prompt = commentaryPrompt(indicator({ stats: { ...NO_STATS, significant: true } }), Q3, Q2);
    expect(prompt).toContain('down from 70% in Q2. What caused the fall');
  });
});
