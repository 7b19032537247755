/** Rules §6: counts of each status and direction, as labelled badges that wrap in a narrow pane. */
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { Rag, StatusCounts } from '../../engine';
import { RAG_TEXT } from '../../engine';
import { DIRECTION_COLORS, RAG_COLORS } from '../statusWords';

const RAGS: Rag[] = ['red', 'amber', 'green', 'no target', 'no data', 'data only'];
/** The summary counts these three directions (rules §6); neutral indicators' Increasing/Decreasing are not counted. */
const DIRECTIONS = [
  { key: 'worsening', word: 'Worsening' },
  { key: 'no change', word: 'No change' },
  { key: 'improving', word: 'Improving' },
] as const;

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
});

export function SummaryCounts({ counts, label }: { counts: StatusCounts; label: string }) {
  const styles = useStyles();
  const items = [
    ...RAGS.map((rag) => ({
      key: rag,
      word: RAG_TEXT[rag],
      color: RAG_COLORS[rag],
      count: counts[rag],
      tint: true,
    })),
    ...DIRECTIONS.map(({ key, word }) => ({
      key,
      word,
      color: DIRECTION_COLORS[key],
      count: counts[key],
      tint: false,
    })),
  ].filter((item) => item.count > 0);
  return (
    <ul className={styles.list} aria-label={label}>
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
