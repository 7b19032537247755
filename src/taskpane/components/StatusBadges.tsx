/**
 * RAG and direction-of-travel badges: each says its word, so colour is never the only signal (rules §6). A RAG status
 * is a filled square badge; a direction is an outlined pill, so the two never look alike (Red beside Worsening).
 */
import { Badge } from '@fluentui/react-components';
import type { ActionRag, Direction, Rag } from '../../engine';
import { ACTION_RAG_TEXT } from '../../engine';
import { ACTION_RAG_COLORS, DIRECTION_COLORS, RAG_COLORS } from '../statusWords';

export function RagBadge({ rag, children }: { rag: Rag; children: string }) {
  return (
    <Badge appearance="filled" color={RAG_COLORS[rag]} shape="rounded">
      {children}
    </Badge>
  );
}

/** `chance`: a move within chance is neither good nor bad news (issue 12), so it is not coloured as one. */
export function DirectionBadge({
  direction,
  chance = false,
  children,
}: {
  direction: Direction;
  chance?: boolean;
  children: string;
}) {
  return (
    <Badge appearance="outline" color={chance ? 'informative' : DIRECTION_COLORS[direction]} shape="circular">
      {children}
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
