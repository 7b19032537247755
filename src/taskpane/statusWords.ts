/** Badge colours for statuses (rules §3, §4); the words come from the engine, so the pane and the digest say the same. */
import type { ActionRag, Direction, Rag } from '../engine';

export type BadgeColor = 'success' | 'warning' | 'danger' | 'informative' | 'brand';

/** Grey statuses are informative, never green (rules §3). */
export const RAG_COLORS: Record<Rag, BadgeColor> = {
  green: 'success',
  amber: 'warning',
  red: 'danger',
  'no target': 'informative',
  'no data': 'informative',
  'data only': 'informative',
};

export const DIRECTION_COLORS: Record<Direction, BadgeColor> = {
  improving: 'success',
  worsening: 'danger',
  'no change': 'informative',
  increasing: 'informative',
  decreasing: 'informative',
  'not comparable': 'informative',
};

/** Issue 11: an action's RAG; Complete is blue (Fluent's brand colour), as the tracker's `#BDD7EE`. */
export const ACTION_RAG_COLORS: Record<ActionRag, BadgeColor> = {
  complete: 'brand',
  green: 'success',
  amber: 'warning',
  red: 'danger',
};
