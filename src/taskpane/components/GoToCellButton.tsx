import { Button } from '@fluentui/react-components';

/** Selects the cell in the workbook; its name says which cell, so a list of them stays tellable apart. */
export function GoToCellButton({ cell, onGoTo }: { cell: string; onGoTo: (cell: string) => void }) {
  return (
    <Button size="small" appearance="secondary" onClick={() => onGoTo(cell)}>
      {`Go to ${cell}`}
    </Button>
  );
}
