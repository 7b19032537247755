/** Rules §6: commentary prompts, written from the figures, for the officer who owns each exception. */
import { formatValue } from '../core/formatValue';
import type { Period } from '../core/model';
import type { RatedIndicator } from '../rate/rateIndicator';
import { NO_SIGNIFICANT_CHANGE, withinChance } from './digestWords';

/** `Q2` where the comparison is in the same financial year as the current period, else the full label. */
function shortLabel(period: Period, current: Period): string {
  const sameYear =
    period.type === 'quarter' && Math.floor((period.start - 3) / 12) === Math.floor((current.start - 3) / 12);
  return sameYear ? period.label.split(' ')[0]! : period.label;
}

const RAG_WORD = { red: 'Red', amber: 'Amber', green: 'Green' } as const;

/** `, down from 70% in Q2`, `, unchanged since Q2`, or nothing without a comparison figure. */
function movement(
  ind: RatedIndicator,
  f: (v: number | null) => string,
  period: Period,
  comparisonPeriod: Period | null,
): string {
  if (ind.current === null || ind.comparison === null || !comparisonPeriod) return '';
  const when = shortLabel(comparisonPeriod, period);
  if (ind.current === ind.comparison) return `, unchanged since ${when}`;
  // Issue 12: where the 95% intervals overlap, the prompt says the move may be chance.
  const chance = withinChance(ind) ? ` (${NO_SIGNIFICANT_CHANGE.toLowerCase()})` : '';
  return `, ${ind.current > ind.comparison ? 'up' : 'down'} from ${f(ind.comparison)} in ${when}${chance}`;
}

export function commentaryPrompt(
  ind: RatedIndicator,
  period: Period,
  comparisonPeriod: Period | null,
): string {
  const f = (v: number | null) => formatValue(v, ind.numberFormat);
  const status = ind.rag === 'red' || ind.rag === 'amber' || ind.rag === 'green' ? RAG_WORD[ind.rag] : null;
  const set = ind.ragOverridden ? ' set by hand' : '';
  const head = `${ind.name}: `;
  if (ind.current === null)
    return `${head}no figure for ${period.label}${status ? ` (${status}${set})` : ''}. When will the figure be available, and what does the latest evidence show?`;
  const figure = `${f(ind.current)} in ${period.label}`;
  const against = ind.target !== null ? ` against a target of ${f(ind.target)}` : '';
  const moved = movement(ind, f, period, comparisonPeriod);
  const facts = `${head}${figure}${against}${status ? ` (${status}${set})` : ''}${moved}.`;
  const chance = withinChance(ind);
  if (ind.rag === 'red' && ind.direction === 'worsening' && !chance)
    return `${facts} What caused the ${ind.polarity === 'lower' ? 'rise' : 'fall'}, and what will bring it back to target, by when?`;
  if (ind.rag === 'red' && ind.direction === 'improving' && !chance)
    return `${facts} It is moving the right way but is still off target: what will close the gap, and by when?`;
  if (ind.rag === 'red')
    return `${facts} What is holding it back, and what will bring it back to target, by when?`;
  if (ind.rag === 'amber')
    return `${facts} It is close to target: what will bring it on target, and is there a risk it slips to Red?`;
  if (ind.rag === 'green' && chance)
    return `${facts} It is still on target, and the change is within chance: is anything else pointing to a real change?`;
  if (ind.rag === 'green')
    return `${facts} It is still on target but getting worse: is this a blip or a trend, and what will keep it on target?`;
  if (chance)
    return `${facts} The change is within chance: is anything else pointing to a real change, and should it have a target?`;
  return `${facts} It has no target and is getting worse: is this a blip or a trend, and should it have a target?`;
}
