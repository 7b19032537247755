/** Rules §6: counts of each status and direction, as labelled badges that wrap in a narrow pane. */
import { Badge } from '@fluentui/react-components';
import { COUNTED_DIRECTIONS, DIRECTION_TEXT, RAG_ORDER, RAG_TEXT, type StatusCounts } from '../../engine';
import { DIRECTION_COLORS, RAG_COLORS } from '../statusWords';
import { useListStyles } from './listStyles';

export function SummaryCounts({ counts, label }: { counts: StatusCounts; label: string }) {
  const styles = useListStyles();
  const items = [
    ...RAG_ORDER.map((rag) => ({
      key: rag,
      word: RAG_TEXT[rag],
      color: RAG_COLORS[rag],
      count: counts[rag],
      tint: true,
    })),
    ...COUNTED_DIRECTIONS.map((key) => ({
      key,
      word: DIRECTION_TEXT[key],
      color: DIRECTION_COLORS[key],
      count: counts[key],
      tint: false,
    })),
  ].filter((item) => item.count > 0);
  return (
    <ul className={styles.badges} aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          <Badge appearance={item.tint ? 'tint' : 'outline'} color={item.color} shape="rounded">
            {`${item.word} ${item.count}`}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
