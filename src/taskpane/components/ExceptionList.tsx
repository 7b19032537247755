/** Rules §6: every Red, Amber or Worsening indicator, Red first, with its XmR chart (issue 12) and commentary prompt. */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { RAG_TEXT, directionText, forecastText, withinChance, type Exception } from '../../engine';
import { GoToCellButton } from './GoToCellButton';
import { DirectionBadge, RagBadge } from './StatusBadges';
import { useListStyles } from './listStyles';
import { XmrChart } from './XmrChart';

const useStyles = makeStyles({
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  prompt: { fontStyle: 'italic' },
});

export interface ExceptionListProps {
  exceptions: Exception[];
  /** The current period's label: Go to takes a person to that figure, to check or fix it. */
  period: string;
  onGoTo: (cell: string) => void;
}

export function ExceptionList({ exceptions, period, onGoTo }: ExceptionListProps) {
  const list = useListStyles();
  const styles = useStyles();
  if (exceptions.length === 0)
    return <Text>No exceptions: nothing is Red, Amber, Worsening or forecast to miss its target.</Text>;
  return (
    <ul className={list.list} aria-label="Exceptions">
      {exceptions.map(({ indicator, prompt }) => (
        <li key={indicator.cell} className={list.item}>
          <Text weight="semibold">
            {indicator.ref ? `${indicator.ref} ${indicator.name}` : indicator.name}
          </Text>
          <span className={styles.badges}>
            <RagBadge rag={indicator.rag}>{RAG_TEXT[indicator.rag]}</RagBadge>
            <DirectionBadge direction={indicator.direction} chance={withinChance(indicator)}>
              {directionText(indicator)}
            </DirectionBadge>
          </span>
          <XmrChart indicator={indicator} />
          {indicator.forecast && <Text>{`Forecast ${forecastText(indicator)}`}</Text>}
          <Text className={styles.prompt}>{prompt}</Text>
          <GoToCellButton
            cell={indicator.currentCell ?? indicator.cell}
            what={indicator.currentCell ? `the ${period} figure` : 'the row'}
            whose={`of ${indicator.name}`}
            onGoTo={onGoTo}
          />
        </li>
      ))}
    </ul>
  );
}
