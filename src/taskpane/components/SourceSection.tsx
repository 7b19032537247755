/**
 * Step 1: which indicator tables to digest: one found in the workbook (the best is chosen), the user's selection, or
 * several compiled into one digest: sheets of this workbook ticked, and workbooks added from disk (docs/rules.md §9).
 */
import { useId, useRef } from 'react';
import { Button, Checkbox, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { SELECTION_ID, type TableOption } from '../panePreview';
import type { PickedFile } from '../readWorkbookFiles';

export interface SourceSectionProps {
  options: TableOption[];
  selectedId: string | null;
  /** The sheets in the digest (ticked), and the workbooks added from disk. */
  ticked: string[];
  workbooks: { file: string; read: boolean }[];
  busy: boolean;
  onChoose: (id: string) => void;
  onUseSelection: () => void;
  onTick: (sheets: string[]) => void;
  onAddWorkbooks: (files: PickedFile[]) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  group: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
  },
  hidden: { display: 'none' },
});

function CompileSources({ options, ticked, workbooks, busy, onTick, onAddWorkbooks }: SourceSectionProps) {
  const styles = useStyles();
  const heading = useId();
  const picker = useRef<HTMLInputElement>(null);
  const sheets = options.filter((o) => o.id !== SELECTION_ID);
  return (
    <div role="group" aria-labelledby={heading} className={styles.group}>
      <Text id={heading} weight="semibold">
        Compile several sources into one digest
      </Text>
      <Text size={200}>Tick the sheets to include, and add the other services&apos; workbooks.</Text>
      {sheets.map((o) => (
        <Checkbox
          key={o.id}
          label={o.label}
          checked={ticked.includes(o.id)}
          onChange={(_, data) =>
            onTick(data.checked === true ? [...ticked, o.id] : ticked.filter((t) => t !== o.id))
          }
        />
      ))}
      {workbooks.map((w) => (
        <Text key={w.file} size={200}>
          {w.file}: {w.read ? 'added' : 'not added since the pane opened; add it again to include it'}
        </Text>
      ))}
      <Button onClick={() => picker.current?.click()} disabled={busy}>
        Add workbooks…
      </Button>
      {/* Read in the pane itself: nothing is uploaded. */}
      <input
        ref={picker}
        className={styles.hidden}
        type="file"
        multiple
        accept=".xlsx"
        aria-label="Workbooks to add"
        tabIndex={-1}
        onChange={(e) => {
          onAddWorkbooks([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
    </div>
  );
}

export function SourceSection(props: SourceSectionProps) {
  const { options, selectedId, busy, onChoose, onUseSelection } = props;
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
      <CompileSources {...props} />
    </div>
  );
}
