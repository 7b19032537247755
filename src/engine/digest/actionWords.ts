/** Issue 11: the words and colours of an action's RAG: never colour alone (rules §6), Complete in blue. */
import type { ActionRag } from '../actions/statusWords';
import { RAG_COLOURS } from './digestWords';

export const ACTION_RAG_TEXT: Record<ActionRag, string> = {
  complete: 'Complete',
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
};

/** Green, Amber and Red as rules §6; Complete blue (`#BDD7EE` / `#1F4E79`). */
export const ACTION_RAG_COLOURS: Record<ActionRag, { fill: string; font: string }> = {
  complete: { fill: '#BDD7EE', font: '#1F4E79' },
  green: RAG_COLOURS.green,
  amber: RAG_COLOURS.amber,
  red: RAG_COLOURS.red,
};

/** What each RAG means for an action, as the tracker's counts say it (seed 003: completed / on track / slipping). */
export const ACTION_RAG_MEANING: Record<ActionRag, string> = {
  complete: 'Completed',
  green: 'On track',
  amber: 'At risk',
  red: 'Overdue',
};

/** The order the tracker counts and lists them in. */
export const ACTION_RAG_ORDER: readonly ActionRag[] = ['complete', 'green', 'amber', 'red'];
