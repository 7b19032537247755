/** Step 1: which indicator table to digest: one found in the workbook (the best is chosen) or the user's selection. */
import { Button, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TableOption } from '../digestPreview';

export interface SourceSectionProps {
  options: TableOption[];
  selectedId: string | null;
  busy: boolean;
  onChoose: (id: string) => void;
  onUseSelection: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

export function SourceSection({ options, selectedId, busy, onChoose, onUseSelection }: SourceSectionProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {options.length > 0 && (
        <RadioGroup
          aria-label="Indicator table"
          value={selectedId ?? ''}
          onChange={(_, data) => onChoose(data.value)}
        >
          {options.map((o) => (
            <Radio key={o.id} value={o.id} label={o.label} />
          ))}
        </RadioGroup>
      )}
      <Text size={200}>
        {options.length > 0 ? 'Or select' : 'Select'} the table on its sheet, header row included, and use the
        selection.
      </Text>
      <Button onClick={onUseSelection} disabled={busy}>
        Use selection
      </Button>
    </div>
  );
}
