/** Rules §6: counts of each status and direction, Red first (RAG_ORDER), as labelled badges that wrap in a narrow pane. */
import { COUNTED_DIRECTIONS, DIRECTION_TEXT, RAG_ORDER, RAG_TEXT, type StatusCounts } from '../../engine';
import { useListStyles } from './listStyles';
import { DirectionBadge, RagBadge } from './StatusBadges';

export function SummaryCounts({ counts, label }: { counts: StatusCounts; label: string }) {
  const styles = useListStyles();
  return (
    <ul className={styles.badges} aria-label={label}>
      {RAG_ORDER.filter((rag) => counts[rag] > 0).map((rag) => (
        <li key={rag}>
          <RagBadge rag={rag}>{`${RAG_TEXT[rag]} ${counts[rag]}`}</RagBadge>
        </li>
      ))}
      {COUNTED_DIRECTIONS.filter((d) => counts[d] > 0).map((d) => (
        <li key={d}>
          <DirectionBadge direction={d}>{`${DIRECTION_TEXT[d]} ${counts[d]}`}</DirectionBadge>
        </li>
      ))}
    </ul>
  );
}
