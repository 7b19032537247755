/** Rules §5–6: an indicator's data notes (its data issues, and notes of ours), and telling them from typed text. */
import type { RatedIndicator } from '../rate/rateIndicator';
import { JOINED_NOTE, OVERRIDE_NOTES, overrideNote } from './digestLayout';
import { RAG_TEXT } from './digestWords';

/** What the Data notes cell of an indicator says: a hand-set RAG, its data issues, a commentary joined. */
export function dataNotesOf(ind: RatedIndicator, joined: boolean): string | null {
  const notes = ind.issues.map((i) => i.message);
  if (ind.ragOverridden) notes.unshift(overrideNote(RAG_TEXT[ind.computedRag]));
  if (joined) notes.push(JOINED_NOTE);
  return notes.length ? notes.join(' ') : null;
}

/**
 * What a Data notes cell of an earlier digest holds beyond what the digest wrote there: the cell with that digest's
 * data issue messages and our own notes taken out ('' when nothing else is left).
 */
export function ourDataNotes(cell: string, issueMessages: string[]): string {
  const ours = [...issueMessages, ...OVERRIDE_NOTES, JOINED_NOTE]
    .filter((t) => t !== '')
    .sort((a, b) => b.length - a.length);
  let rest = cell;
  for (const text of ours) rest = rest.split(text).join(' ');
  // Typed text on its own is kept exactly as typed; around our notes, only the spaces between are tidied.
  return rest === cell ? cell : rest.replace(/\s+/g, ' ').trim();
}
