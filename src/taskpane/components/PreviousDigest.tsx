/** The way back: the digest the last run replaced is kept hidden, and this puts it back (docs/rules.md, "The officer's quarter", Q4). */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { RestorePlan } from '../../engine';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

export function PreviousDigest({
  restorable,
  busy,
  onRestore,
}: {
  restorable: RestorePlan;
  busy: boolean;
  onRestore: () => void;
}) {
  const styles = useStyles();
  const made = restorable.generated ? `, made on ${restorable.generated},` : '';
  const swap = restorable.current
    ? ` It takes the place of "${restorable.current}", which is kept hidden in turn.`
    : '';
  return (
    <div className={styles.root}>
      <Text>{`The digest of ${restorable.period}${made} that the last run replaced is kept hidden.${swap}`}</Text>
      <Button disabledFocusable={busy} onClick={onRestore}>
        Restore previous digest
      </Button>
    </div>
  );
}
