/**
 * Rules §6 "commentary": nothing typed into a digest is lost. An indicator's commentary is one thing, whichever of
 * its two rows (Exceptions, Indicators by outcome) it was typed on; it follows its indicator by ref, else by name,
 * with whatever else was typed on those rows. Commentary and notes whose indicator has gone are kept as removed.
 */
import { matchKey } from '../core/text';
import type { RatedIndicator } from '../rate/rateIndicator';
import type { EarlierRow, TypedCell } from './earlierDigest';

/** What the new digest shows for one indicator, from the digest it replaces and the source. */
export interface IndicatorCarry {
  /** Shown in both tables (`null` for none): typed into the earlier digest, else the source's commentary column. */
  commentary: string | null;
  /** The commentary was typed into the earlier digest (it is not the source's). */
  typed: boolean;
  /** The earlier digest's two commentaries of this indicator differed: both are kept, joined (a data note says so). */
  joined: boolean;
  /** Cells typed beside the indicator's rows of the earlier digest, by the table they were in. */
  notes: { exceptions: TypedCell[]; sections: TypedCell[] };
}

/** An indicator no longer in the source, kept for what was typed about it. */
export interface RemovedIndicator {
  ref: string | null;
  name: string;
  commentary: string;
  notes: TypedCell[];
}

export interface MergedCommentary {
  /** In the indicators' order. */
  byIndicator: IndicatorCarry[];
  removed: RemovedIndicator[];
}

/** One indicator of the earlier digest: its row in each table it was in. */
interface EarlierIndicator {
  ref: string | null;
  name: string;
  rows: EarlierRow[];
}

const refKey = (x: { ref: string | null }) => (x.ref ? matchKey(x.ref) : '');
const nameKey = (x: { name: string }) => matchKey(x.name);

/** Items by key, each handed out once at most, so two indicators never share what was typed. */
function takeOnce<T>(items: T[], key: (item: T) => string, used: Set<T>) {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k) byKey.set(k, [...(byKey.get(k) ?? []), item]);
  }
  return (k: string): T | null => {
    const found = byKey.get(k)?.find((item) => !used.has(item)) ?? null;
    if (found) used.add(found);
    return found;
  };
}

/** Each Exceptions row joins its indicator's Indicators-by-outcome row (by ref, else name); every other row stands alone. */
function earlierIndicators(rows: EarlierRow[]): EarlierIndicator[] {
  const groups = rows
    .filter((r) => r.table !== 'exceptions')
    .map((r): EarlierIndicator => ({ ref: r.ref, name: r.name, rows: [r] }));
  const paired = new Set<EarlierIndicator>();
  const sections = groups.filter((g) => g.rows[0]!.table === 'sections');
  const byRef = takeOnce(sections, refKey, paired);
  const byName = takeOnce(sections, nameKey, paired);
  for (const row of rows.filter((r) => r.table === 'exceptions')) {
    const group = (row.ref ? byRef(refKey(row)) : null) ?? byName(nameKey(row));
    if (group) group.rows.push(row);
    else groups.push({ ref: row.ref, name: row.name, rows: [row] });
  }
  return groups;
}

/**
 * Two commentaries as one: the same, or one inside the other, is kept once; different ones are joined. The source's
 * own commentary, left standing in one table while the other was typed over, gives way (it is still in the source).
 */
function combine(texts: string[], source: string | null = null): { text: string; joined: boolean } {
  const given = texts.map((t) => t.trim()).filter((t) => t !== '');
  const typed = given.filter((t) => t !== source?.trim());
  const kept: string[] = [];
  for (const text of typed.length > 0 ? typed : given) {
    if (kept.some((k) => k.includes(text))) continue;
    const shorter = kept.findIndex((k) => text.includes(k));
    if (shorter >= 0) kept[shorter] = text;
    else kept.push(text);
  }
  return { text: kept.join('\n'), joined: kept.length > 1 };
}

const notesIn = (group: EarlierIndicator, tables: EarlierRow['table'][]) =>
  group.rows.filter((r) => tables.includes(r.table)).flatMap((r) => r.notes);

/**
 * Commentary typed into the earlier digest wins (matched by ref, else by name); the source's commentary column fills
 * the rest. Each earlier indicator goes to one new indicator at most.
 */
export function mergeCommentary(indicators: RatedIndicator[], earlier: EarlierRow[]): MergedCommentary {
  const groups = earlierIndicators(earlier).filter(
    (g) => g.rows.some((r) => r.commentary.trim() !== '') || g.rows.some((r) => r.notes.length > 0),
  );
  const used = new Set<EarlierIndicator>();
  const takeByRef = takeOnce(groups, refKey, used);
  const takeByName = takeOnce(groups, nameKey, used);
  // With nothing typed earlier (a first digest) there is nothing to match: no key is worked out for each indicator.
  const matching = groups.length > 0;
  const byRef = indicators.map((ind) => (matching && ind.ref ? takeByRef(refKey(ind)) : null));
  const byIndicator = indicators.map((ind, i): IndicatorCarry => {
    const group = byRef[i] ?? (matching ? takeByName(nameKey(ind)) : null);
    if (!group)
      return {
        commentary: ind.commentary,
        typed: false,
        joined: false,
        notes: { exceptions: [], sections: [] },
      };
    const { text, joined } = combine(
      group.rows.map((r) => r.commentary),
      ind.commentary,
    );
    return {
      commentary: text || ind.commentary,
      typed: text !== '' && text !== ind.commentary?.trim(),
      joined,
      notes: {
        exceptions: notesIn(group, ['exceptions']),
        sections: notesIn(group, ['sections', 'removed']),
      },
    };
  });
  const removed = groups
    .filter((g) => !used.has(g))
    .map((g) => ({
      ref: g.ref,
      name: g.name,
      commentary: combine(g.rows.map((r) => r.commentary)).text,
      notes: notesIn(g, ['sections', 'exceptions', 'removed']),
    }));
  return { byIndicator, removed };
}
