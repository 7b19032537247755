/** Rules §5: the data issues, errors (rows that cannot be rated) before warnings (rated on an assumption). */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { DataIssue, Severity } from '../../engine';
import { GoToCellButton } from './GoToCellButton';
import { useListStyles } from './listStyles';

const GROUPS: { severity: Severity; title: string; help: string }[] = [
  { severity: 'error', title: 'Errors', help: 'These rows cannot be rated.' },
  { severity: 'warning', title: 'Warnings', help: 'These rows are rated on an assumption.' },
];

const useStyles = makeStyles({
  heading: { margin: 0, marginTop: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase300 },
});

export function IssueList({ issues, onGoTo }: { issues: DataIssue[]; onGoTo: (cell: string) => void }) {
  const list = useListStyles();
  const styles = useStyles();
  const ids = useId();
  if (issues.length === 0) return <Text>No data issues found.</Text>;
  return (
    <>
      {GROUPS.map(({ severity, title, help }) => {
        const group = issues.filter((i) => i.severity === severity);
        if (group.length === 0) return null;
        const heading = `${title} (${group.length})`;
        return (
          <section key={severity} aria-label={heading}>
            <h4 className={styles.heading}>{heading}</h4>
            <Text size={200}>{help}</Text>
            <ul className={list.list}>
              {group.map((issue, n) => (
                <li key={`${issue.cell ?? ''}:${n}`} className={list.item}>
                  <Text id={`${ids}-${severity}-${n}`}>{issue.message}</Text>
                  {issue.cell && (
                    <GoToCellButton
                      cell={issue.cell}
                      describedBy={`${ids}-${severity}-${n}`}
                      onGoTo={onGoTo}
                    />
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
