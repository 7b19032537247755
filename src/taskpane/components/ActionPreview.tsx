/** Issue 11: the action-plan tracker before it is written: the report date, the counts, and each Red or Amber action. */
import { Badge, Text, makeStyles } from '@fluentui/react-components';
import { ACTION_RAG_MEANING, ACTION_RAG_ORDER, dayText, type ActionPlan } from '../../engine';
import { ACTION_RAG_COLORS } from '../statusWords';
import { GoToCellButton } from './GoToCellButton';
import { ActionRagBadge } from './StatusBadges';
import { useListStyles } from './listStyles';

const useStyles = makeStyles({
  prompt: { fontStyle: 'italic' },
});

export function ActionPreview({ plan, onGoTo }: { plan: ActionPlan; onGoTo: (cell: string) => void }) {
  const list = useListStyles();
  const styles = useStyles();
  const flagged = plan.actions.filter((a) => a.rag === 'red' || a.rag === 'amber');
  const date = plan.asOf === null ? 'no report date' : `report date ${dayText(plan.asOf)}`;
  return (
    <>
      <Text>{`${plan.actions.length} actions from ${plan.source}, ${date}.`}</Text>
      <ul className={list.badges} aria-label="Actions by RAG">
        {ACTION_RAG_ORDER.map((rag) => (
          <li key={rag}>
            <Badge appearance="tint" color={ACTION_RAG_COLORS[rag]} shape="rounded">
              {`${ACTION_RAG_MEANING[rag]} ${plan.counts[rag]}`}
            </Badge>
          </li>
        ))}
      </ul>
      {flagged.length === 0 ? (
        <Text>No action is Red or Amber.</Text>
      ) : (
        <ul className={list.list} aria-label="Red and Amber actions">
          {flagged.map((action) => (
            <li key={action.cell} className={list.item}>
              <Text weight="semibold">{action.text}</Text>
              <ActionRagBadge rag={action.rag} />
              {action.owner && <Text>{`Owner: ${action.owner}`}</Text>}
              {action.prompt && <Text className={styles.prompt}>{action.prompt}</Text>}
              <GoToCellButton
                cell={action.cell}
                what="the action"
                whose={`“${action.text}”`}
                onGoTo={onGoTo}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
