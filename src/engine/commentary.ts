/** Rules §6 "commentary": typed commentary is never lost; it follows its indicator by ref, else by name. */
import type { RatedIndicator } from './model';
import { headerKey } from './text';

export interface CommentaryEntry {
  ref: string | null;
  name: string;
  text: string;
}

export interface MergedCommentary {
  /** The commentary to show for each indicator, in the indicators' order (`null` for none). */
  byIndicator: (string | null)[];
  /** Commentary whose indicator has gone: kept in the digest's Removed indicators block. */
  removed: CommentaryEntry[];
}

const refKey = (ref: string | null) => (ref ? headerKey(ref) : '');
const nameKey = (name: string) => headerKey(name);

/**
 * Commentary typed into an earlier digest of the same period wins; the source's commentary column fills the rest.
 * Each earlier entry is used once at most, so two indicators never share one comment.
 */
export function mergeCommentary(indicators: RatedIndicator[], earlier: CommentaryEntry[]): MergedCommentary {
  const unused = earlier.filter((e) => e.text.trim() !== '');
  const take = (match: (e: CommentaryEntry) => boolean): CommentaryEntry | null => {
    const i = unused.findIndex(match);
    return i < 0 ? null : (unused.splice(i, 1)[0] ?? null);
  };
  const byRef = indicators.map((ind) => (ind.ref ? take((e) => refKey(e.ref) === refKey(ind.ref)) : null));
  const byIndicator = indicators.map((ind, i) => {
    const typed = byRef[i] ?? take((e) => nameKey(e.name) === nameKey(ind.name));
    return typed?.text ?? ind.commentary;
  });
  return { byIndicator, removed: unused };
}
