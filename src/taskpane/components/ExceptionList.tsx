/** Rules §6: every Red, Amber or Worsening indicator, Red first, with its XmR chart (issue 12) and commentary prompt. */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { forecastText, type Exception } from '../../engine';
import { GoToCellButton } from './GoToCellButton';
import { DirectionBadge, RagBadge } from './StatusBadges';
import { useListStyles } from './listStyles';
import { XmrChart } from './XmrChart';

const useStyles = makeStyles({
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  prompt: { fontStyle: 'italic' },
});

export function ExceptionList({
  exceptions,
  onGoTo,
}: {
  exceptions: Exception[];
  onGoTo: (cell: string) => void;
}) {
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
            <RagBadge rag={indicator.rag} />
            <DirectionBadge indicator={indicator} />
          </span>
          <XmrChart indicator={indicator} />
          {indicator.forecast && <Text>{`Forecast ${forecastText(indicator)}`}</Text>}
          <Text className={styles.prompt}>{prompt}</Text>
          <GoToCellButton cell={indicator.cell} onGoTo={onGoTo} />
        </li>
      ))}
    </ul>
  );
}
