/**
 * Issue 11's words that the reports and the pane's previews share: a forecast beside the period's RAG, and an
 * outcome's status in the exceptions report (docs/rules.md §10).
 */
import { formatValue } from '../core/formatValue';
import type { Rag } from '../core/model';
import type { RatedIndicator } from '../rate/rateIndicator';
import { RAG_TEXT } from './digestWords';

/** `65% vs 75% — Red`, beside the period's own RAG; a projection says so. */
export function forecastText(ind: RatedIndicator): string | null {
  const f = ind.forecast;
  if (!f) return null;
  const target = f.target === null ? '' : ` vs ${formatValue(f.target, ind.numberFormat)}`;
  return `${formatValue(f.value, ind.numberFormat)}${target} — ${RAG_TEXT[f.rag]}${f.projected ? ' (projected)' : ''}`;
}

const RANKED: Rag[] = ['red', 'amber', 'green'];

/** The worst RAG among an outcome's indicators (Red, then Amber, then Green); null where none has one. */
export function worstRag(indicators: RatedIndicator[]): Rag | null {
  return RANKED.find((rag) => indicators.some((i) => i.rag === rag)) ?? null;
}
