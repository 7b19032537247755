/** @jest-environment jsdom */
/** Issue 12 §3: the preview's XmR chart: an image with an accessible name, and a table of its figures a click away. */
import './jsdomPolyfills';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { XmrChart } from '../../src/taskpane/components/XmrChart';
import { digestOf, sheet } from '../support/grids';
import { monthlyRows, WORKED_EXAMPLE } from '../support/monthly';

/** The worked example ending far below its lower limit: special cause concern, against a target of 40 (fail). */
function indicator() {
  const rows = monthlyRows('Reviews on time', 'Higher', [...WORKED_EXAMPLE.slice(0, 14), 2], 40);
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
