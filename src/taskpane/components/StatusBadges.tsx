/** RAG and direction-of-travel badges: each says its word, so colour is never the only signal (rules §6). */
import { Badge } from '@fluentui/react-components';
import type { RatedIndicator, Rag } from '../../engine';
import { RAG_TEXT, directionText } from '../../engine';
import { DIRECTION_COLORS, RAG_COLORS } from '../statusWords';

export function RagBadge({ rag }: { rag: Rag }) {
  return (
    <Badge appearance="tint" color={RAG_COLORS[rag]} shape="rounded">
      {RAG_TEXT[rag]}
    </Badge>
  );
}

export function DirectionBadge({ indicator }: { indicator: Pick<RatedIndicator, 'polarity' | 'direction'> }) {
  return (
    <Badge appearance="outline" color={DIRECTION_COLORS[indicator.direction]} shape="rounded">
      {directionText(indicator)}
    </Badge>
  );
}
