/**
 * Issue 11: the second table kind the reader recognises, an action plan (seed 003's JAR Performance Improvement
 * Action Plan): one action per row, with who owns it, when it is due, its status and progress. Header matching ignores
 * case, spaces and punctuation, as for indicator tables (docs/rules.md §11 "Action plans").
 */
import type { CellValue } from '../core/grid';
import { headerKey } from '../core/text';

export type ActionRole = 'text' | 'ref' | 'owner' | 'due' | 'status' | 'progress' | 'override';

/** Header words by role; `progress` lists the progress words before the looser comment words, which rank after. */
const WORDS: Record<ActionRole, string[]> = {
  text: [
    'recommendation',
    'recommendations',
    'recommendationaction',
    'action',
    'actions',
    'actionrequired',
    'actionsrequired',
    'agreedaction',
    'agreedactions',
    'keyaction',
    'keyactions',
    'improvementaction',
    'improvementactions',
    'actionpoint',
    'actionpoints',
    'task',
    'tasks',
    'activity',
    'activities',
    'deliverable',
    'deliverables',
  ],
  ref: [
    'ref',
    'reference',
    'no',
    'number',
    'id',
    'item',
    'actionno',
    'actionref',
    'recommendationno',
    'recno',
  ],
  owner: [
    'owner',
    'owners',
    'actionowner',
    'lead',
    'leads',
    'leadofficer',
    'leadperson',
    'leadmanager',
    'leadagency',
    'responsible',
    'responsibility',
    'responsibleofficer',
    'responsibleperson',
    'accountable',
    'accountableofficer',
    'officer',
    'actionby',
    'by',
    'who',
  ],
  due: [
    'due',
    'duedate',
    'datedue',
    'deadline',
    'milestone',
    'milestones',
    'milestonedate',
    'timescale',
    'timescales',
    'timescalerequirement',
    'jartimescale',
    'jartimescalerequirement',
    'timeframe',
    'timeline',
    'targetdate',
    'completiondate',
    'targetcompletiondate',
    'dateforcompletion',
    'completionby',
    'deliverydate',
    'enddate',
    'bywhen',
    'dueby',
    'when',
    // In an action plan a Target column holds the date an action is due by (an indicator table has no action column).
    'target',
    'targetdue',
  ],
  status: [
    'status',
    'rag',
    'ragstatus',
    'ragrating',
    'ragflag',
    'statusrag',
    'currentstatus',
    'overallstatus',
    'progressstatus',
    'rating',
  ],
  progress: [
    'progress',
    'progresstodate',
    'summaryprogresstodate',
    'summaryofprogress',
    'summaryprogress',
    'progresssummary',
    'progressupdate',
    'progressandcomments',
    'commentsonprogress',
    'update',
    'updates',
    'latestupdate',
    'currentposition',
    'position',
    'comments',
    'comment',
    'commentary',
    'notes',
    'narrative',
  ],
  override: ['ragoverride', 'manualrag', 'statusoverride'],
};

const ROLE_BY_KEY = new Map<string, { role: ActionRole; rank: number }>(
  (Object.entries(WORDS) as [ActionRole, string[]][]).flatMap(([role, words]) =>
    words.map((w, rank) => [w, { role, rank }]),
  ),
);

/** Every action-text header starts with one of these letters: a cheap first test, as for indicator names. */
const TEXT_INITIALS = new Set(WORDS.text.map((w) => w.charAt(0)));

/** Whether a cell names an action-text column (Recommendation, Action, Task…): every action header row has one. */
export function isActionTextHeader(cell: CellValue): boolean {
  if (typeof cell !== 'string' || cell.length > 40) return false;
  // No action-text header has a digit: the rows below it ("Indicator 12", "1. Ensure…") are passed over cheaply.
  if (!TEXT_INITIALS.has(cell.trimStart().charAt(0).toLowerCase()) || /\d/.test(cell)) return false;
  return ROLE_BY_KEY.get(headerKey(cell))?.role === 'text';
}

/** The action-plan role a header cell names, or null; `rank` orders several headers of one role (lower wins). */
export function classifyActionHeader(cell: CellValue): { role: ActionRole; rank: number } | null {
  if (typeof cell !== 'string' || cell.length > 60) return null;
  return ROLE_BY_KEY.get(headerKey(cell)) ?? null;
}

/** Which column (zero-based, on the grid) holds what; `text` is always there. */
export interface ActionMapping {
  text: number;
  ref: number | null;
  owner: number | null;
  due: number | null;
  status: number | null;
  progress: number | null;
  override: number | null;
}

/**
 * An action plan's header row: an action-text column (Recommendation, Action, Task…) and at least one of owner, due,
 * status or progress. Null for any other row.
 */
export function actionMapping(row: readonly CellValue[]): ActionMapping | null {
  if (!row.some(isActionTextHeader)) return null;
  const best = new Map<ActionRole, { col: number; rank: number }>();
  row.forEach((cell, col) => {
    const found = classifyActionHeader(cell);
    const held = found && best.get(found.role);
    if (found && (!held || found.rank < held.rank)) best.set(found.role, { col, rank: found.rank });
  });
  const col = (role: ActionRole) => best.get(role)?.col ?? null;
  const text = col('text');
  const others = [col('owner'), col('due'), col('status'), col('progress')];
  if (text === null || others.every((c) => c === null)) return null;
  return {
    text,
    ref: col('ref'),
    owner: col('owner'),
    due: col('due'),
    status: col('status'),
    progress: col('progress'),
    override: col('override'),
  };
}
