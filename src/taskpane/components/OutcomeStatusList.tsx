/** Issue 11: the exceptions report's status lines before it is written: each outcome with the worst RAG among its indicators. */
import { Text } from '@fluentui/react-components';
import { RAG_TEXT, worstRag, type Digest } from '../../engine';
import { useListStyles } from './listStyles';
import { RagBadge } from './StatusBadges';

export function OutcomeStatusList({ digest }: { digest: Digest }) {
  const list = useListStyles();
  return (
    <ul className={list.list} aria-label="Status by outcome">
      {digest.sections.map((section) => {
        const worst = worstRag(section.indicators);
        const outcome = section.outcome ?? 'Other indicators';
        return (
          <li key={outcome} className={list.item}>
            <Text weight="semibold">{outcome}</Text>
            {worst ? <RagBadge rag={worst}>{RAG_TEXT[worst]}</RagBadge> : <Text>Not rated</Text>}
          </li>
        );
      })}
    </ul>
  );
}
