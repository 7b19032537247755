/** RAG and direction-of-travel badges: each says its word, so colour is never the only signal (rules §6). */
import { Badge } from '@fluentui/react-components';
import type { ActionRag, RatedIndicator, Rag } from '../../engine';
import { ACTION_RAG_TEXT, RAG_TEXT, directionText, withinChance } from '../../engine';
import { ACTION_RAG_COLORS, DIRECTION_COLORS, RAG_COLORS } from '../statusWords';

export function RagBadge({ rag }: { rag: Rag }) {
  return (
    <Badge appearance="tint" color={RAG_COLORS[rag]} shape="rounded">
      {RAG_TEXT[rag]}
    </Badge>
  );
}

export function DirectionBadge({
  indicator,
}: {
  indicator: Pick<RatedIndicator, 'polarity' | 'direction' | 'stats' | 'current' | 'comparison'>;
}) {
  // A move within chance is neither good nor bad news (issue 12).
  const color = withinChance(indicator) ? 'informative' : DIRECTION_COLORS[indicator.direction];
  return (
    <Badge appearance="outline" color={color} shape="rounded">
      {directionText(indicator)}
    </Badge>
  );
}

/** Issue 11: an action's RAG, in its word (Complete, Green, Amber, Red). */
export function ActionRagBadge({ rag }: { rag: ActionRag }) {
  return (
    <Badge appearance="tint" color={ACTION_RAG_COLORS[rag]} shape="rounded">
      {ACTION_RAG_TEXT[rag]}
    </Badge>
  );
}
