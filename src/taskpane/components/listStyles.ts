/** One look for the pane's lists of items (exceptions, data issues): stacked, separated by a thin rule. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useListStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  /** Badges side by side, wrapping in a narrow pane (counts of statuses). */
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});
