/** perf-digest end to end on temporary files: --json, the terminal digest, --out (issue 3, CLI; rules §3–6). */
import { Workbook, type Worksheet } from 'exceljs';
import { copyFileSync } from 'fs';
import { conditionalFormats } from '../xlsx/conditionalFormats';
import { tempDir } from '../xlsx/tempFiles';
import { cli, sha256, SAMPLE, SAMPLE_OUTCOMES } from './runCli';

const tmp = tempDir();
afterAll(() => tmp.remove());

/** The sample's sheets, then the digest, its Charts sheet and the tracker of its action plan (issues 11, 12). */
const WRITTEN_SHEETS = [
  'Quarterly PIs',
  'Definitions',
  'JAR action plan',
  'Digest Q4 2006-07',
  'Charts Q4 2006-07',
  'Actions Q4 2006-07',
];

function input(): string {
  const path = tmp.file(`input-${Math.random().toString(36).slice(2)}.xlsx`);
  copyFileSync(SAMPLE, path);
  return path;
}

async function load(path: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** The row of an indicator in the digest's Exceptions table (the first row with that ref). */
function exceptionRowOf(ws: Worksheet, ref: string): number {
  let found = -1;
  ws.eachRow((row, n) => {
    if (row.getCell(1).value === ref && found < 0) found = n;
  });
  return found;
}

/** The row of an indicator in the digest's "Indicators by outcome" table (the last row with that ref). */
function rowOf(ws: Worksheet, ref: string): number {
  let found = -1;
  ws.eachRow((row, n) => {
    if (row.getCell(1).value === ref) found = n;
  });
  return found;
}

function columnOf(ws: Worksheet, row: number, heading: string): number {
  let found = -1;
  for (let r = row; r > 0 && found < 0; r--)
    ws.getRow(r).eachCell((cell, c) => {
      if (cell.value === heading && found < 0) found = c;
    });
  return found;
}

describe('perf-digest --json', () => {
  it('prints exactly one JSON object, and says on stderr which table it read', async () => {
    const { code, stdout, stderr } = await cli(SAMPLE, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { sheet: string; period: string; indicators: { ref: string }[] };
    expect(json.sheet).toBe('Quarterly PIs');
    expect(json.period).toBe('Q4 2006/07');
    expect(json.indicators).toHaveLength(37);
    expect(stderr).toBe(
      "Read the indicator table at 'Quarterly PIs'!A5:N48; choose another sheet with --sheet NAME.\n" +
        "Read the action plan at 'JAR action plan'!A6:F26: 17 actions, rated as of 19 May 2006.\n",
    );
  });

  it('says on stderr only what it read of the action plan when the sheet is given', async () => {
    const { stderr } = await cli(SAMPLE, '--json', '--sheet', 'quarterly pis');
    expect(stderr).toBe(
      "Read the action plan at 'JAR action plan'!A6:F26: 17 actions, rated as of 19 May 2006.\n",
    );
  });

  it('applies --period, --basis, --tolerance and --change-threshold (rules §2–4)', async () => {
    const json = (args: string[]) =>
      cli(SAMPLE, '--json', '--sheet', 'Quarterly PIs', ...args).then((r) => JSON.parse(r.stdout));
    const byYear = await json(['--period', 'Q3 06/07', '--basis', 'year']);
    expect([byYear.period, byYear.comparisonPeriod]).toEqual(['Q3 2006/07', 'Q3 2005/06']);
    // SS2 initial assessments 65% against 75%: Red at 5% tolerance, Amber at 15%.
    const ss2 = async (args: string[]) =>
      (await json(args)).indicators.find((i: { ref: string }) => i.ref === 'SS2');
    expect((await ss2([])).rag).toBe('red');
    expect((await ss2(['--tolerance', '15%'])).rag).toBe('amber');
    expect((await ss2(['--tolerance', '0.1'])).rag).toBe('amber');
    // SS2 fell 2 points from 67%: worsening, but no change when only moves beyond 5% of 67% count.
    expect((await ss2([])).dot).toBe('worsening');
    expect((await ss2(['--change-threshold', '5%'])).dot).toBe('no change');
  });
});

describe('perf-digest in the terminal', () => {
  it('prints the period, summary counts, exceptions with prompts and data issues', async () => {
    const { code, stdout } = await cli(SAMPLE);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Performance digest: Q4 2006\/07, compared with Q3 2006\/07 \(previous period\)/);
    expect(stdout).toContain('Red 6 · Amber 6 · Green 15 · No target 4 · No data 3 · Data only 3');
    expect(stdout).toContain('Worsening 10 · No change 5 · Improving 15');
    expect(stdout).toMatch(/Exceptions \(16\)/);
    expect(stdout).toMatch(
      /Red +SS2 Initial assessments completed within 7 working days\n +65% \(target 75%; was 67%\) · Worsening ▼/,
    );
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      'Initial assessments completed within 7 working days: 65% in Q4 2006/07 against a target of 75% (Red), down from 67% in Q3. What caused the fall, and what will bring it back to target, by when?',
    );
    expect(stdout).toMatch(/Data issues \(1\)\n {2}Warning 'Quarterly PIs'!C47: No polarity/);
    // Red before Amber before the rest (rules §6).
    expect(stdout.indexOf('Red       SM4')).toBeLessThan(stdout.indexOf('Amber     BH2'));
  });
});

describe('perf-digest --out', () => {
  let source: string;
  let out: string;
  let before: string;
  let result: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    source = input();
    before = sha256(source);
    out = tmp.file('new/folder/digest.xlsx');
    result = await cli(source, '--out', out);
  });

  it('never changes the input', () => {
    expect(result.code).toBe(0);
    expect(sha256(source)).toBe(before);
  });

  it('says where it wrote, and leaves the digest itself to the workbook (issue 3: the terminal digest is for runs without --out)', () => {
    expect(result.stdout).not.toMatch(/Performance digest:/);
    expect(result.stdout).toContain(
      `Wrote ${out}: the input's sheets plus the digest "Digest Q4 2006-07" with "Charts Q4 2006-07" and "Actions Q4 2006-07".`,
    );
  });

  it('writes the source sheets unchanged plus the digest sheet and its charts', async () => {
    const wb = await load(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(WRITTEN_SHEETS);
    const original = await load(source);
    const pis = (w: Workbook) => w.getWorksheet('Quarterly PIs')!.getSheetValues();
    expect(pis(wb)).toEqual(pis(original));
  });

  it('shows values in the indicator’s own format, with RAG words coloured by rule (rules §6)', async () => {
    const ws = (await load(out)).getWorksheet('Digest Q4 2006-07')!;
    const r = rowOf(ws, 'SS2');
    const current = columnOf(ws, r, 'Current (Q4 2006/07)');
    const rag = columnOf(ws, r, 'RAG');
    expect(ws.getCell(r, 2).value).toBe('Initial assessments completed within 7 working days');
    expect(ws.getCell(r, current).value).toBe(0.65);
    expect(ws.getCell(r, current).numFmt).toBe('0%');
    expect(ws.getCell(r, current + 1).value).toBe(0.75);
    expect(ws.getCell(r, rag).value).toBe('Red');
    const colour = conditionalFormats(ws)
      .filter((cf) => cf.ref.startsWith(ws.getCell(1, rag).address.replace(/\d+/, '')))
      .flatMap((cf) => cf.rules)
      .find((rule) => 'formulae' in rule && rule.formulae?.[0]?.endsWith('="Red"'));
    expect(colour?.style?.fill).toMatchObject({ bgColor: { argb: 'FFFFC7CE' } });
    expect(colour?.style?.font).toMatchObject({ color: { argb: 'FF9C0006' } });
    expect(ws.getCell(rowOf(ws, 'SM3'), current).numFmt).toBe('"£"#,##0;[Red]-"£"#,##0');
  });

  it('sets up the digest for printing: A4 landscape, one page wide', async () => {
    const ws = (await load(out)).getWorksheet('Digest Q4 2006-07')!;
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
    });
  });
});

describe('perf-digest --json --out', () => {
  it('keeps stdout pure JSON and says where it wrote on stderr', async () => {
    const out = tmp.file('json-and-out.xlsx');
    const { code, stdout, stderr } = await cli(input(), '--json', '--out', out);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).period).toBe('Q4 2006/07');
    expect(stderr).toContain(`Wrote ${out}`);
    expect((await load(out)).worksheets.map((ws) => ws.name)).toEqual(WRITTEN_SHEETS);
  });
});

describe('perf-digest --out run again on its own output (rules §6: nothing typed is lost)', () => {
  const ANSWER = 'Agency social workers cover the duty team from May 2007.';
  const NOTE = 'Figures checked with the performance team, 12 April 2007.';
  const COMMENT = 'Rolling annual rate; see the annex.';
  let again: Awaited<ReturnType<typeof cli>>;
  let digest: Worksheet;
  let out: Workbook;
  beforeAll(async () => {
    const first = tmp.file('first.xlsx');
    const edited = tmp.file('edited.xlsx');
    const second = tmp.file('second.xlsx');
    expect((await cli(input(), '--out', first)).code).toBe(0);
    const wb = await load(first);
    const ws = wb.getWorksheet('Digest Q4 2006-07')!;
    // An answer beside SS2's prompt in the Exceptions table, commentary in the lower table, a note in a spare cell.
    const exception = exceptionRowOf(ws, 'SS2');
    ws.getCell(exception, columnOf(ws, exception, 'Commentary')).value = ANSWER;
    const lower = rowOf(ws, 'BH2');
    ws.getCell(lower, columnOf(ws, lower, 'Commentary')).value = COMMENT;
    ws.getCell('D4').value = NOTE;
    await wb.xlsx.writeFile(edited);
    again = await cli(edited, '--out', second);
    out = await load(second);
    digest = out.getWorksheet('Digest Q4 2006-07')!;
  });

  it('replaces the digest of the same period, never reading it as a source', () => {
    expect(again.code).toBe(0);
    expect(out.worksheets.map((s) => s.name)).toEqual(WRITTEN_SHEETS);
    // The earlier digest is ours: it is never read as a source table.
    expect(again.stderr).toContain("'Quarterly PIs'!A5:N48");
  });

  it('keeps the answer typed beside the prompt, in both tables', () => {
    for (const r of [exceptionRowOf(digest, 'SS2'), rowOf(digest, 'SS2')])
      expect(digest.getCell(r, columnOf(digest, r, 'Commentary')).value).toBe(ANSWER);
  });

  it('keeps commentary typed in the lower table', () => {
    const r = rowOf(digest, 'BH2');
    expect(digest.getCell(r, columnOf(digest, r, 'Commentary')).value).toBe(COMMENT);
  });

  it('keeps a note typed in a spare cell, with the cell it was typed in', () => {
    const r = rowOf(digest, 'D4');
    expect(digest.getCell(r, 2).value).toBe(NOTE);
    expect(columnOf(digest, r, 'Notes kept from the earlier digest')).toBe(1);
  });
});

describe('perf-digest --json, the summary and the rules used', () => {
  it('gives the summary counts overall and by outcome, Red first', async () => {
    const json = JSON.parse((await cli(SAMPLE, '--json')).stdout) as {
      summary: { overall: Record<string, number>; byOutcome: { outcome: string }[] };
    };
    expect(json.summary.overall).toEqual({
      red: 6,
      amber: 6,
      green: 15,
      'no target': 4,
      'no data': 3,
      'data only': 3,
      worsening: 10,
      'no change': 5,
      improving: 15,
    });
    expect(Object.keys(json.summary.overall)[0]).toBe('red');
    expect(json.summary.byOutcome.map((o) => o.outcome)).toEqual(SAMPLE_OUTCOMES);
  });

  it('gives the rules it used', async () => {
    const json = JSON.parse((await cli(SAMPLE, '--json', '--tolerance', '10%', '--basis', 'year')).stdout);
    expect(json.settings).toEqual({
      basis: 'year',
      tolerance: { kind: 'relative', value: 0.1, text: '10%' },
      changeThreshold: { kind: 'absolute', value: 0, text: '0' },
    });
  });

  it('questions a tolerance above 100% on stderr, in the pane’s words, and still runs', async () => {
    const { code, stderr } = await cli(SAMPLE, '--json', '--sheet', 'Quarterly PIs', '--tolerance', '150%');
    expect(code).toBe(0);
    // First, before what the run read (the sample's action plan).
    expect(stderr.split('\n')[0]).toBe(
      'perf-digest: warning: --tolerance: 150% is more than the whole target, so almost no indicator can be Red. Check it is what you meant.',
    );
  });
});
