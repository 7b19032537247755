/** @jest-environment jsdom */
/** Issue 12 §3: the preview's XmR chart: an image with an accessible name, and a table of its figures a click away. */
import './jsdomPolyfills';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { CellValue } from '../../src/engine';
import { XmrChart } from '../../src/taskpane/components/XmrChart';
import { digestOf, sheet } from '../support/grids';

const WORKED = [20, 24, 20, 26, 22, 16, 18, 16, 31, 28, 34, 26, 30, 19, 2];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function indicator() {
  const rows: CellValue[][] = WORKED.map((v, i) => [
    'Reviews on time',
    'Higher',
    `${MONTHS[i % 12]} ${2020 + Math.floor(i / 12)}`,
    v,
    40,
  ]);
  return digestOf(sheet('Data', [['Indicator', 'Polarity', 'Period', 'Value', 'Target'], ...rows]))
    .indicators[0]!;
}

function show() {
  render(
    <FluentProvider theme={webLightTheme}>
      <XmrChart indicator={indicator()} />
    </FluentProvider>,
  );
}

describe('XmrChart', () => {
  it('is an image named by what it shows: the span, the lines, the target and the reading', () => {
    show();
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(
      /^XmR chart of Reviews on time: 15 points from Jan 2020 to Mar 2021; mean [\d.]+, process limits [\d.]+ to [\d.]+, target 40\. Special cause concern, low; target: fail\.$/,
    );
  });

  it('draws a dot for each point', () => {
    show();
    expect(screen.getByRole('img').querySelectorAll('circle')).toHaveLength(15);
  });

  it('shows its figures as a table when asked, and says so', () => {
    show();
    const button = screen.getByRole('button', { name: 'Show the chart’s figures' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    const table = screen.getByRole('table', { name: 'Figures of the chart of Reviews on time' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(16);
    expect(rows[15]?.textContent).toMatch(/^Mar 20212.*Special cause concern, low$/);
    expect(
      screen.getByRole('button', { name: 'Hide the chart’s figures' }).getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('draws nothing for an indicator without values', () => {
    const { stats, ...rest } = indicator();
    const { container } = render(<XmrChart indicator={{ ...rest, stats: { ...stats, spc: null } }} />);
    expect(container.innerHTML).toBe('');
  });
});
