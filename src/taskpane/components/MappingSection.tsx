/** Step 2: what each column of the table holds (rules §1), correctable one column at a time. */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ROLE_CHOICES, ROLE_LABELS, isRoleChoice, type RoleChoice } from '../columnRoles';
import type { MappedColumn } from '../panePreview';

export interface MappingSectionProps {
  columns: MappedColumn[];
  /** One line each: what was found (indicators, periods, sections). */
  facts: string[];
  corrected: boolean;
  error: string | null;
  onRole: (col: number, role: RoleChoice) => void;
  onReset: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
  facts: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  reset: { alignSelf: 'flex-start' },
  // Lets the dropdown shrink to the pane (a native select is as wide as its longest option otherwise).
  select: { minWidth: 0 },
});

export function MappingSection({ columns, facts, corrected, error, onRole, onReset }: MappingSectionProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <ul className={styles.facts}>
        {facts.map((fact) => (
          <li key={fact}>
            <Text>{fact}</Text>
          </li>
        ))}
      </ul>
      {error && (
        <MessageBar intent="warning">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {columns.map(({ col, label, role }) => (
        <Field key={col} label={label} orientation="horizontal">
          <Select
            className={styles.select}
            value={role}
            onChange={(_, data) => isRoleChoice(data.value) && onRole(col, data.value)}
          >
            {ROLE_CHOICES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      {corrected && (
        <Button className={styles.reset} onClick={onReset}>
          Undo my corrections
        </Button>
      )}
    </div>
  );
}
