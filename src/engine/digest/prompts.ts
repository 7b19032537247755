/** Rules §6: commentary prompts, written from the figures, for the officer who owns each exception. */
import { formatValue } from '../core/formatValue';
import type { Forecast, Period, Rag } from '../core/model';
import { yearOf } from '../periods/period';
import type { RatedIndicator } from '../rate/rateIndicator';
import { NO_SIGNIFICANT_CHANGE, withinChance } from './digestWords';

/** `Q2` where the comparison is in the same financial year as the current period, else the full label. */
function shortLabel(period: Period, current: Period): string {
  const sameYear =
    period.type === 'quarter' && Math.floor((period.start - 3) / 12) === Math.floor((current.start - 3) / 12);
  return sameYear ? period.label.split(' ')[0]! : period.label;
}

const RAG_WORD = { red: 'Red', amber: 'Amber', green: 'Green' } as const;

const ragWord = (rag: Rag): string | null =>
  rag === 'red' || rag === 'amber' || rag === 'green' ? RAG_WORD[rag] : null;

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

/** `Forecast for 2006/07: 65% against the year's target of 75% (Red).`, saying so where it is a projection. */
export function forecastSentence(ind: RatedIndicator, forecast: Forecast, period: Period): string {
  const f = (v: number | null) => formatValue(v, ind.numberFormat);
  const what = forecast.projected
    ? `Projected in a straight line to the end of ${yearOf(period).label}`
    : `Forecast for ${yearOf(period).label}`;
  const word = ragWord(forecast.rag);
  const against =
    forecast.target === null
      ? ' (no target for the year)'
      : ` against the year's target of ${f(forecast.target)}${word ? ` (${word})` : ''}`;
  return `${what}: ${f(forecast.value)}${against}.`;
}

const bad = (rag: Rag) => rag === 'red' || rag === 'amber';

/** Issue 11: the forecast changes the story when the year is heading somewhere other than this period says. */
export function forecastChangesStory(ind: RatedIndicator): boolean {
  const forecast = ind.forecast;
  if (!forecast) return false;
  return (bad(forecast.rag) && !bad(ind.rag)) || (forecast.rag === 'green' && bad(ind.rag));
}

const THIS: Record<Period['type'], string> = {
  month: 'this month',
  quarter: 'this quarter',
  year: 'this year',
};

/** The question for an indicator whose forecast changes the story. */
function forecastQuestion(ind: RatedIndicator, forecast: Forecast, period: Period): string {
  const target = formatValue(forecast.target, ind.numberFormat);
  if (bad(forecast.rag)) {
    const now = ind.rag === 'green' ? `On target ${THIS[period.type]} but likely` : 'Likely';
    return `${now} to miss the year's target of ${target}: what will bring the year back on track, and by when?`;
  }
  return `Off target ${THIS[period.type]} but forecast to meet the year's target of ${target}: what makes the forecast safe, and what would put it at risk?`;
}

/** The question for the officer, by case (the figures themselves are in the facts). */
function question(ind: RatedIndicator, period: Period): string {
  const { forecast } = ind;
  if (forecast && forecastChangesStory(ind)) return forecastQuestion(ind, forecast, period);
  const fall =
    ind.polarity === 'target' ? 'move away from target' : ind.polarity === 'lower' ? 'rise' : 'fall';
  const chance = withinChance(ind);
  if (ind.rag === 'red' && ind.direction === 'worsening' && !chance)
    return `What caused the ${fall}, and what will bring it back to target, by when?`;
  if (ind.rag === 'red' && ind.direction === 'improving' && !chance)
    return 'It is moving the right way but is still off target: what will close the gap, and by when?';
  if (ind.rag === 'red') return 'What is holding it back, and what will bring it back to target, by when?';
  if (ind.rag === 'amber')
    return 'It is close to target: what will bring it on target, and is there a risk it slips to Red?';
  if (ind.rag === 'green' && chance)
    return 'It is still on target, and the change is within chance: is anything else pointing to a real change?';
  if (ind.rag === 'green')
    return 'It is still on target but getting worse: is this a blip or a trend, and what will keep it on target?';
  if (chance)
    return 'The change is within chance: is anything else pointing to a real change, and should it have a target?';
  return 'It has no target and is getting worse: is this a blip or a trend, and should it have a target?';
}

/** A commentary prompt in parts: the indicator, what its figures say, its forecast where that changes the story, and the question. */
export interface PromptParts {
  name: string;
  /** `65% in Q3 2006/07 against a target of 75% (Red), down from 70% in Q2.` */
  figures: string;
  /** The forecast sentence, where the forecast changes the story; else null. */
  forecast: string | null;
  question: string;
}

export function promptParts(
  ind: RatedIndicator,
  period: Period,
  comparisonPeriod: Period | null,
): PromptParts {
  const f = (v: number | null) => formatValue(v, ind.numberFormat);
  const word = ragWord(ind.rag);
  const status = word ? ` (${word}${ind.ragOverridden ? ' set by hand' : ''})` : '';
  if (ind.current === null)
    return {
      name: ind.name,
      figures: `no figure for ${period.label}${status}.`,
      forecast: null,
      question: 'When will the figure be available, and what does the latest evidence show?',
    };
  const figure = `${f(ind.current)} in ${period.label}`;
  const against = ind.target !== null ? ` against a target of ${f(ind.target)}` : '';
  const moved = movement(ind, f, period, comparisonPeriod);
  return {
    name: ind.name,
    figures: `${figure}${against}${status}${moved}.`,
    forecast: ind.forecast && forecastChangesStory(ind) ? forecastSentence(ind, ind.forecast, period) : null,
    question: question(ind, period),
  };
}

export function commentaryPrompt(
  ind: RatedIndicator,
  period: Period,
  comparisonPeriod: Period | null,
): string {
  const { name, figures, forecast, question } = promptParts(ind, period, comparisonPeriod);
  // Joined, not concatenated: the prompt is held until the digest is written, as one string rather than a tree of
  // the pieces it was made from (a few hundred bytes less for each exception of a very large table).
  return [name, ': ', figures, forecast ? ` ${forecast}` : '', ' ', question].join('');
}
