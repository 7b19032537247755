import { Button } from '@fluentui/react-components';

export interface GoToCellButtonProps {
  /** The cell to select, in Excel's form (`'PIs Q3'!D7`). */
  cell: string;
  /** What is there, after "Go to": `the Q4 2006/07 figure`. Without it the button names the cell only. */
  what?: string;
  /** Whose it is, heard but not shown (the list item shows it): `of Initial assessments`. */
  whose?: string;
  /** The id of the text the cell is about (a data issue's message), read as the button's description. */
  describedBy?: string;
  onGoTo: (cell: string) => void;
}

/**
 * Selects the cell in the workbook. Its name says what is there and whose it is, and ends with the cell, so a list
 * of them stays tellable apart by ear ("Go to the Q4 2006/07 figure of Initial assessments, 'Quarterly PIs'!L14").
 */
export function GoToCellButton({ cell, what, whose, describedBy, onGoTo }: GoToCellButtonProps) {
  const shown = what ? `Go to ${what}, ${cell}` : `Go to ${cell}`;
  const name = what && whose ? `Go to ${what} ${whose}, ${cell}` : shown;
  return (
    <Button
      size="small"
      appearance="secondary"
      aria-label={name}
      aria-describedby={describedBy}
      onClick={() => onGoTo(cell)}
    >
      {shown}
    </Button>
  );
}
