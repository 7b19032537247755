/** Rules §6 "commentary": typed commentary is never lost; it follows its indicator by ref, else by name. */
import type { RatedIndicator } from '../rate/rateIndicator';
import { matchKey } from '../core/text';

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

/** Entries by key, each handed out once at most, so two indicators never share one comment. */
function index(entries: CommentaryEntry[], key: (e: CommentaryEntry) => string, used: Set<CommentaryEntry>) {
  const byKey = new Map<string, CommentaryEntry[]>();
  for (const e of entries) {
    const k = key(e);
    if (k) byKey.set(k, [...(byKey.get(k) ?? []), e]);
  }
  return (k: string): CommentaryEntry | null => {
    const found = byKey.get(k)?.find((e) => !used.has(e)) ?? null;
    if (found) used.add(found);
    return found;
  };
}

/**
 * Commentary typed into an earlier digest of the same period wins (matched by ref, else by name);
 * the source's commentary column fills the rest.
 */
export function mergeCommentary(indicators: RatedIndicator[], earlier: CommentaryEntry[]): MergedCommentary {
  const typed = earlier.filter((e) => e.text.trim() !== '');
  const used = new Set<CommentaryEntry>();
  const takeByRef = index(typed, (e) => (e.ref ? matchKey(e.ref) : ''), used);
  const takeByName = index(typed, (e) => matchKey(e.name), used);
  const byRef = indicators.map((ind) => (ind.ref ? takeByRef(matchKey(ind.ref)) : null));
  const byIndicator = indicators.map(
    (ind, i) => (byRef[i] ?? takeByName(matchKey(ind.name)))?.text ?? ind.commentary,
  );
  return { byIndicator, removed: typed.filter((e) => !used.has(e)) };
}
