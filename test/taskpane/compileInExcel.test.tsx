/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * Compiling in the pane (issue 10), through the real Office.js client on the fake host: three services' sheets of the
 * open workbook ticked, or two sheets plus a workbook added from disk; the digest written and the choice saved.
 * Expectations from docs/rules.md §9 (the same as test/engine/compile/threeServices.test.ts).
 */
import './jsdomPolyfills';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { excelHost } from '../../src/taskpane/excelHost';
import { openInExcel, type ExcelSession } from '../support/excelSession';
import { serviceFileBytes, servicesWorkbook } from '../support/services';
import { sheetNames, sheetText } from '../support/sheetSnapshot';

jest.setTimeout(30_000);

let session: ExcelSession;
afterEach(() => session.close());

const ALL_THREE = [
  { service: 0, sheet: 'Children' },
  { service: 1, sheet: 'Health' },
  { service: 2, sheet: 'Youth' },
];

const tick = (name: RegExp) => act(async () => fireEvent.click(screen.getByRole('checkbox', { name })));
const generate = () =>
  act(async () => fireEvent.click(screen.getByRole('button', { name: 'Generate digest' })));

/** The Data issues table's rows: severity and cell. */
function issueCells(): string[][] {
  const rows = digestRows();
  const header = rows.findIndex((r) => r.includes('Severity'));
  const [severity, cell] = [rows[header]!.indexOf('Severity'), rows[header]!.indexOf('Cell')];
  return rows.slice(header + 1).map((r) => [r[severity] ?? '', r[cell] ?? '']);
}

/** The digest sheet's rows, as text. */
function digestRows(): string[][] {
  const name = sheetNames(session.host.workbook).find((n) => n.startsWith('Digest'));
  if (!name) throw new Error('no digest sheet');
  return sheetText(session.host.workbook, name);
}

describe('compiling the sheets of the open workbook', () => {
  beforeEach(async () => {
    session = await openInExcel(servicesWorkbook(ALL_THREE));
    render(<App host={excelHost} />);
    await screen.findByRole('checkbox', { name: /^Children/ });
    await tick(/^Health/);
    await tick(/^Youth/);
  });

  it('ticks the best table and the two sheets added to it', () => {
    expect(screen.getAllByRole('checkbox').map((c) => (c as HTMLInputElement).checked)).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('writes a digest with a Source for every indicator and both rows of the conflicting one', async () => {
    await generate();
    const rows = digestRows();
    const header = rows.findIndex((r) => r[0] === 'Ref' && r.includes('Data notes'));
    const source = rows[header]!.indexOf('Source');
    const below = rows.slice(header + 1);
    const table = below.slice(
      0,
      below.findIndex((r) => r.every((v) => v === '')),
    );
    const indicators = table.filter((r) => r[source] !== '' && r[source] !== undefined);
    expect(indicators.map((r) => [r[0], r[source]])).toEqual([
      ['CS1', 'Children'],
      ['CS2', 'Children'],
      ['YS2', 'Youth'],
      ['NI 112', 'Children, Health'],
      ['NI 53', 'Children'],
      ['NI 53', 'Health'],
      ['HL1', 'Health'],
      ['YS1', 'Youth'],
    ]);
  });

  it('counts seven indicators in the summary, NI 53 once', async () => {
    await generate();
    const all = digestRows().find((r) => r[1] === 'All indicators');
    // Red, Amber, Green, No target, No data, Data only (rules §6, in the order every output lists them)
    expect(all?.slice(2, 8)).toEqual(['1', '2', '2', '0', '2', '0']);
  });

  it('says the youth sheet stops at Q2 and names both cells of NI 53 in the data issues', async () => {
    await generate();
    expect(issueCells()).toEqual([
      ['Warning', 'Youth!G1'],
      ['Error', 'Health!B3'],
    ]);
  });

  it('saves the three sheets as the sources with the workbook', async () => {
    await generate();
    expect(JSON.parse(session.settings['performanceDigest.settings'] ?? 'null')).toMatchObject({
      sources: ['Children', 'Health', 'Youth'],
    });
  });
});

describe('adding a workbook from disk', () => {
  beforeEach(async () => {
    session = await openInExcel(servicesWorkbook(ALL_THREE.slice(0, 2)));
    render(<App host={excelHost} />);
    await screen.findByRole('checkbox', { name: /^Children/ });
    await tick(/^Health/);
    const bytes = await serviceFileBytes(2);
    const file = { name: 'Youth service.xlsx', arrayBuffer: async () => bytes.slice().buffer };
    const input = screen.getByLabelText('Workbooks to add');
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    await screen.findByText(/Youth service\.xlsx: added/);
  });

  it('names the added workbook in its cells’ addresses, and the open workbook’s cells plainly', async () => {
    await generate();
    expect(issueCells()).toEqual([
      ['Warning', '[Youth service.xlsx]PIs!G1'],
      ['Error', 'Health!B3'],
    ]);
  });

  it('saves the added workbook by name with the sheets', async () => {
    await generate();
    expect(JSON.parse(session.settings['performanceDigest.settings'] ?? 'null')).toMatchObject({
      sources: ['Children', 'Health', 'Youth service.xlsx:PIs'],
    });
  });
});
