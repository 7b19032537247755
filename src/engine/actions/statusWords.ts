/**
 * Issue 11 (docs/rules.md §11 "Action status"): what an action's status cell says, in any case: Completed, On track,
 * At risk, Slipping, Overdue, Not started, and R/A/G (B or Blue for complete, as BRAG trackers write it).
 */
import type { CellValue } from '../core/grid';
import { cellText } from '../core/text';
import { OVERRIDES as INDICATOR_OVERRIDES } from '../read/tableReader';

/** Seed 003's flags: completed (blue), on track (green), slipping or at risk (amber), overdue (red). */
export type ActionRag = 'complete' | 'green' | 'amber' | 'red';

/**
 * What the status says. `on track` is the only kind that keeps an action due soon Green; `in progress` and
 * `not started` are Green only while the due date is not near.
 */
export type StatusKind = 'complete' | 'on track' | 'in progress' | 'not started' | 'at risk' | 'overdue';

/** The colour each kind of status has of its own. */
export const STATUS_RAG: Record<StatusKind, ActionRag> = {
  complete: 'complete',
  'on track': 'green',
  'in progress': 'green',
  'not started': 'green',
  'at risk': 'amber',
  overdue: 'red',
};

const EXACT: Record<StatusKind, string[]> = {
  complete: [
    'complete',
    'completed',
    'done',
    'achieved',
    'closed',
    'finished',
    'delivered',
    'implemented',
    'met',
  ],
  'on track': ['on track', 'on target', 'on schedule', 'on time', 'green', 'g', 'ok'],
  'in progress': [
    'in progress',
    'ongoing',
    'on going',
    'started',
    'under way',
    'underway',
    'progressing',
    'in hand',
  ],
  'not started': [
    'not started',
    'not yet started',
    'yet to start',
    'not begun',
    'planned',
    'pending',
    'to start',
  ],
  'at risk': [
    'at risk',
    'slipping',
    'slipped',
    'slippage',
    'delayed',
    'behind',
    'behind schedule',
    'amber',
    'a',
    'some concerns',
    'concern',
  ],
  overdue: [
    'overdue',
    'late',
    'off track',
    'off target',
    'not achieved',
    'not met',
    'missed',
    'failed',
    'stalled',
    'blocked',
    'red',
    'r',
  ],
};

/** Looser matches, tried in order, for statuses written as phrases (`Completed / On track`, `Slipping - see note`). */
const CONTAINS: [RegExp, StatusKind][] = [
  [/\b(?:not|in)[\s-]?complete/, 'not started'],
  [/\bcomplete|\bachieved|\bdone\b/, 'complete'],
  [/\boverdue|\boff[\s-]track|\blate\b/, 'overdue'],
  [/\bat[\s-]risk|\bslip|\bdelay|\bbehind/, 'at risk'],
  [/\bon[\s-](?:track|target|schedule)/, 'on track'],
  [/\bprogress|\bunder\s?way|\bongoing/, 'in progress'],
  [/\bnot (?:yet )?started/, 'not started'],
];

const BY_WORD = new Map<string, StatusKind>(
  (Object.entries(EXACT) as [StatusKind, string[]][]).flatMap(([kind, words]) => words.map((w) => [w, kind])),
);

const key = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export type StatusReading =
  { kind: 'blank' } | { kind: 'status'; status: StatusKind } | { kind: 'unreadable'; text: string };

/** A status cell: blank, a status in any of its words, or text that says none of them. */
export function readStatus(cell: CellValue): StatusReading {
  const text = cellText(cell);
  if (text === '') return { kind: 'blank' };
  const k = key(text);
  const exact = BY_WORD.get(k) ?? (k === 'b' || k === 'blue' || k === 'c' ? 'complete' : undefined);
  if (exact) return { kind: 'status', status: exact };
  const loose = CONTAINS.find(([pattern]) => pattern.test(k));
  return loose ? { kind: 'status', status: loose[1] } : { kind: 'unreadable', text };
}

/** Rules §3's R/A/G overrides, and B, Blue or Complete for an action. */
const OVERRIDES: Readonly<Record<string, ActionRag>> = {
  ...INDICATOR_OVERRIDES,
  b: 'complete',
  blue: 'complete',
  c: 'complete',
  complete: 'complete',
  completed: 'complete',
};

/** A RAG override cell: R/A/G as for indicators (rules §3), and B, Blue or Complete; null when blank. */
export function readActionOverride(cell: CellValue): ActionRag | 'unreadable' | null {
  const text = cellText(cell);
  if (text === '') return null;
  return OVERRIDES[key(text)] ?? 'unreadable';
}
