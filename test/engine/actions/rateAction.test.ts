/**
 * Issue 11, docs/rules.md §11 "Action RAG": completed is Complete; not complete and past due, Red; due within the
 * due-soon days (30) and not on track, Amber; otherwise the status's own colour; a RAG override wins. The status
 * words in any case.
 */
import { rateAction } from '../../../src/engine/actions/rateAction';
import { readActionOverride, readStatus, type ActionRag } from '../../../src/engine/actions/statusWords';
import { dayOfIso } from '../../../src/engine/periods/calendarDate';

const AS_OF = dayOfIso('2006-05-19')!;
const day = (iso: string) => dayOfIso(iso)!;

function rag(status: string, due: string | null, override: string | null = null): ActionRag {
  const reading = readStatus(status);
  const o = override === null ? null : readActionOverride(override);
  return rateAction(
    {
      due: due === null ? null : day(due),
      statusKind: reading.kind === 'status' ? reading.status : null,
      override: o === 'unreadable' ? null : o,
    },
    AS_OF,
    30,
  ).rag;
}

describe('action status words, any case (docs/rules.md §11)', () => {
  it.each([
    ['Completed', 'complete'],
    ['COMPLETE', 'complete'],
    ['done', 'complete'],
    ['Completed / On track', 'complete'],
    ['On track', 'on track'],
    ['on target', 'on track'],
    ['G', 'on track'],
    ['In progress', 'in progress'],
    ['At risk', 'at risk'],
    ['Slipping', 'at risk'],
    ['A', 'at risk'],
    ['Overdue', 'overdue'],
    ['r', 'overdue'],
    ['Not started', 'not started'],
    ['Not complete', 'not started'],
    ['Blue', 'complete'],
  ])('reads %p as %s', (text, status) => {
    expect(readStatus(text)).toEqual({ kind: 'status', status });
  });

  it('reads a blank status as blank and other text as unreadable', () => {
    expect(readStatus(null)).toEqual({ kind: 'blank' });
    expect(readStatus('Awaiting Cabinet')).toEqual({ kind: 'unreadable', text: 'Awaiting Cabinet' });
  });
});

describe('rateAction on 19 May 2006, due soon within 30 days (docs/rules.md §11)', () => {
  it.each([
    ['Completed', '2006-01-31', 'complete', 'completed, even long past due'],
    ['Completed', null, 'complete', 'completed, no due date'],
    ['On track', '2006-05-18', 'red', 'past due yesterday, whatever the status says'],
    ['In progress', '2006-04-30', 'red', 'past due'],
    ['On track', '2006-05-19', 'green', 'due today and on track'],
    ['In progress', '2006-05-19', 'amber', 'due today, not on track'],
    ['Not started', '2006-06-18', 'amber', 'due in 30 days, not on track'],
    ['On track', '2006-06-18', 'green', 'due in 30 days and on track'],
    ['Overdue', '2006-06-01', 'amber', 'due soon: Amber unless on track, as the rule says'],
    ['Not started', '2006-06-19', 'green', 'due in 31 days: its own colour'],
    ['At risk', '2006-09-30', 'amber', 'at risk, not due soon'],
    ['Slipping', null, 'amber', 'slipping, no due date'],
    ['Overdue', '2006-12-31', 'red', 'says overdue'],
    ['R', '2006-12-31', 'red', 'R'],
    ['On track', '2006-12-31', 'green', 'on track'],
    ['', '2006-12-31', 'green', 'no status, not due soon'],
    ['', '2006-05-31', 'amber', 'no status, due soon'],
  ] as [string, string | null, ActionRag, string][])('rates %p due %p %s (%s)', (status, due, expected) => {
    expect(rag(status, due)).toBe(expected);
  });

  it.each([
    ['R', 'red'],
    ['Amber', 'amber'],
    ['g', 'green'],
    ['Complete', 'complete'],
    ['B', 'complete'],
  ])('lets a RAG override %p win: %s', (override, expected) => {
    expect(rag('On track', '2006-04-30', override)).toBe(expected);
  });

  it('rates by the status alone without a report date', () => {
    expect(rateAction({ due: day('2006-01-01'), statusKind: 'on track', override: null }, null, 30).rag).toBe(
      'green',
    );
  });

  it('takes the due-soon days as a setting', () => {
    const soon = { due: day('2006-06-10'), statusKind: 'in progress' as const, override: null };
    expect([rateAction(soon, AS_OF, 30).rag, rateAction(soon, AS_OF, 7).rag]).toEqual(['amber', 'green']);
  });
});
