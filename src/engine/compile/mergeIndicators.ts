/**
 * Compiling indicators from several sources (docs/rules.md "Compiling"): outcomes merged by name, case and spacing
 * ignored, in the spelling first met; the same indicator in two sources (same ref, else same name) kept once when its
 * figures agree, and kept twice with an error data issue when a value, target or polarity differs.
 */
import { formatValue } from '../core/formatValue';
import { issue } from '../core/issues';
import type { DataIssue, Period } from '../core/model';
import { compare10 } from '../core/numbers';
import { matchKey } from '../core/text';
import { scopedFor, type SourceIndicator } from '../read/sourceIndicator';
import { cellIn, filledFrom, valueIn } from '../read/periodValues';

export interface SourceIndicators {
  /** How the source is named in the digest's Source column and in messages. */
  label: string;
  indicators: SourceIndicator[];
}

export interface MergedIndicators {
  /** In source order, then table order; an agreeing duplicate is kept at its first place. */
  indicators: SourceIndicator[];
  /** The rows kept for one indicator whose sources disagree, first met first (the summary counts each group once). */
  conflicts: SourceIndicator[][];
  issues: DataIssue[];
}

const outcomeKey = (outcome: string) => outcome.toLowerCase().replace(/\s+/g, '');

/** Every indicator's outcome in the spelling first met among all sources ("Be healthy" joins "Be Healthy"). */
export function mergeOutcomes(sources: SourceIndicators[]): SourceIndicators[] {
  const spelling = new Map<string, string>();
  return sources.map((s) => ({
    ...s,
    indicators: s.indicators.map((ind) => {
      if (ind.outcome === null) return ind;
      const key = outcomeKey(ind.outcome);
      const first = spelling.get(key) ?? spelling.set(key, ind.outcome).get(key)!;
      return first === ind.outcome ? ind : { ...ind, outcome: first };
    }),
  }));
}

/** What differs between two rows of one indicator: polarity, then the first value, then the first target. */
function differences(a: SourceIndicator, b: SourceIndicator, periods: Period[]): string[] {
  const found: string[] = [];
  const show = (ind: SourceIndicator, value: number) => formatValue(value, ind.numberFormat);
  if (a.polarity !== b.polarity) found.push(`polarity ${a.polarity} against ${b.polarity}`);
  const value = periods.find((p) => {
    const [x, y] = [valueIn(a.values, p.start), valueIn(b.values, p.start)];
    return x !== null && y !== null && compare10(x, y) !== 0;
  });
  if (value) {
    const [x, y] = [valueIn(a.values, value.start)!, valueIn(b.values, value.start)!];
    const [xCell, yCell] = [cellIn(a.values, value.start)!, cellIn(b.values, value.start)!];
    found.push(`${value.label} ${show(a, x)} (${xCell}) against ${show(b, y)} (${yCell})`);
  }
  for (const p of periods) {
    const [x, y] = [scopedFor(a.targets, p), scopedFor(b.targets, p)];
    if (x && y && compare10(x.value, y.value) !== 0) {
      found.push(
        `target for ${p.label} ${show(a, x.value)} (${x.cell}) against ${show(b, y.value)} (${y.cell})`,
      );
      break;
    }
  }
  return found;
}

/** One indicator from two agreeing rows: the first row's, with the other's figures where the first has none. */
function combine(a: SourceIndicator, b: SourceIndicator, label: string): SourceIndicator {
  const { values, filled } = filledFrom(a.values, b.values);
  const cellByPeriod = new Map(a.cellByPeriod);
  for (const start of filled) cellByPeriod.set(start, b.cellByPeriod.get(start) ?? b.cell);
  return {
    ...a,
    source: `${a.source ?? ''}, ${label}`,
    values,
    cellByPeriod,
    targets: [...a.targets, ...b.targets],
    ambers: [...a.ambers, ...b.ambers],
    overrides: [...a.overrides, ...b.overrides],
    commentary: [...a.commentary, ...b.commentary],
    numberFormat: a.numberFormat === 'General' ? b.numberFormat : a.numberFormat,
    issues: [...a.issues, ...b.issues],
  };
}

function conflictIssue(a: SourceIndicator, b: SourceIndicator, found: string[]): DataIssue {
  return issue(
    'error',
    b.cell,
    `"${b.name}" is in both ${a.source} (${a.cell}) and ${b.source} (${b.cell}) with different figures: ${found.join('; ')}. Both rows are in the digest, and the summary counts the indicator once, as the worse of its statuses. Correct the source that is wrong.`,
  );
}

interface Kept {
  index: number;
  source: number;
}

/** The rows kept for one indicator so far, from any source. */
type Group = Kept[];

/**
 * Indicators of several sources as one list. Two rows are the same indicator when both have a ref and the refs
 * match, or when either has none and the names match (case, spaces and punctuation ignored).
 */
export function mergeIndicators(sources: SourceIndicators[], periods: Period[]): MergedIndicators {
  const indicators: SourceIndicator[] = [];
  const issues: DataIssue[] = [];
  const byRef = new Map<string, Group>();
  const byName = new Map<string, Group>();
  const groupOf = (ind: SourceIndicator): Group => {
    const refKey = ind.ref === null ? null : matchKey(ind.ref);
    const nameKey = matchKey(ind.name);
    const named = byName.get(nameKey);
    const found =
      refKey === null
        ? named
        : (byRef.get(refKey) ?? (named && indicators[named[0]!.index]!.ref === null ? named : undefined));
    const group = found ?? [];
    if (refKey !== null && !byRef.has(refKey)) byRef.set(refKey, group);
    if (!named) byName.set(nameKey, group);
    return group;
  };
  sources.forEach(({ label, indicators: own }, source) => {
    for (const ind of own) {
      const group = groupOf(ind);
      const others = group.filter((k) => k.source !== source);
      const same = others.find((k) => differences(indicators[k.index]!, ind, periods).length === 0);
      if (same) {
        indicators[same.index] = combine(indicators[same.index]!, ind, label);
        continue;
      }
      const first = others[0];
      if (first) {
        const kept = indicators[first.index]!;
        const problem = conflictIssue(kept, ind, differences(kept, ind, periods));
        issues.push(problem);
        indicators[first.index] = { ...kept, issues: [...kept.issues, problem] };
        indicators.push({ ...ind, issues: [...ind.issues, problem] });
      } else indicators.push(ind);
      group.push({ index: indicators.length - 1, source });
    }
  });
  const groups = [...new Set([...byRef.values(), ...byName.values()])];
  return { indicators, conflicts: conflictGroups(indicators, groups), issues };
}

/** Each group of rows kept for one indicator from more than one source. */
function conflictGroups(indicators: SourceIndicator[], groups: Group[]): SourceIndicator[][] {
  return groups
    .filter((g) => new Set(g.map((k) => k.source)).size > 1)
    .map((g) => g.map((k) => indicators[k.index]!));
}
