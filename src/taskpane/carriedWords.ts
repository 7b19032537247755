/** What a run carries over from the digest it replaces, in words (rules §6), for the confirmation and the result. */
import type { CarriedOver } from '../engine';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Everything typed into the digest replaced that the new one carries over. */
export const typedCount = (c: CarriedOver): number => c.commentary + c.beside + c.listed + c.removed;

/** `commentary for 2 indicators, 1 note beside its indicator and 1 note in the list of notes kept`. */
export function carriedWords(c: CarriedOver): string {
  const parts = [
    c.commentary > 0 && `commentary for ${count(c.commentary, 'indicator', 'indicators')}`,
    c.beside > 0 &&
      `${count(c.beside, 'note', 'notes')} beside ${c.beside === 1 ? 'its indicator' : 'their indicators'}`,
    c.listed > 0 && `${count(c.listed, 'note', 'notes')} in the list of notes kept`,
    c.removed > 0 &&
      `what was typed about ${count(c.removed, 'indicator', 'indicators')} no longer in the source, under Removed indicators`,
  ].filter((p): p is string => typeof p === 'string');
  return parts.length > 1
    ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
    : (parts[0] ?? 'nothing');
}
