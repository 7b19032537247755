/** The digest in a terminal (rules §6): period, summary counts, exceptions with their prompts, data issues. */
import {
  BASIS_TEXT,
  conflictNote,
  COUNTED_DIRECTIONS,
  directionText,
  forecastText,
  formatValue,
  RAG_ORDER,
  RAG_TEXT,
  type DataIssue,
  type Digest,
  type Exception,
  type StatusCounts,
} from '../engine';

const WIDTH = 100;

/** Words wrapped to the terminal width, every line after the first indented. */
export function wrap(text: string, indent: string, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width - indent.length) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l);
}

const label = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);

function countsLine(counts: StatusCounts, keys: readonly (keyof StatusCounts)[]): string {
  return keys.map((k) => `${label(k)} ${counts[k]}`).join(' · ');
}

function summaryTable(digest: Digest): string[] {
  const keys = [...RAG_ORDER, ...COUNTED_DIRECTIONS];
  const rows = [...digest.summary.byOutcome, { outcome: 'All indicators', counts: digest.summary.overall }];
  const nameWidth = Math.max(...rows.map((r) => r.outcome.length), 'Outcome'.length);
  const cell = (text: string | number, i: number) => String(text).padStart(label(keys[i]!).length);
  return [
    `  ${'Outcome'.padEnd(nameWidth)}  ${keys.map(label).join('  ')}`,
    ...rows.map(
      (r) => `  ${r.outcome.padEnd(nameWidth)}  ${keys.map((k, i) => cell(r.counts[k], i)).join('  ')}`,
    ),
  ];
}

function exceptionLines({ indicator: ind, prompt }: Exception): string[] {
  const f = (v: number | null) => formatValue(v, ind.numberFormat);
  const target = ind.target === null ? 'no target' : `target ${f(ind.target)}`;
  const head = `  ${RAG_TEXT[ind.rag].padEnd(9)} ${ind.ref ? `${ind.ref} ` : ''}${ind.name}`;
  const figures = `${f(ind.current)} (${target}; was ${f(ind.comparison)}) · ${directionText(ind)}`;
  const forecast = forecastText(ind);
  const year = forecast ? ` · forecast ${forecast}` : '';
  return [head, ...wrap(`${figures}${year}`, '            '), ...wrap(prompt, '            ')];
}

function issueLines(issue: DataIssue): string[] {
  const where = issue.cell ? `${issue.cell}: ` : '';
  return wrap(`${label(issue.severity)} ${where}${issue.message}`, '  ');
}

export function renderDigest(digest: Digest): string {
  const comparison = digest.comparisonPeriod
    ? `compared with ${digest.comparisonPeriod.label} (${BASIS_TEXT[digest.basis]})`
    : 'no comparison period';
  const total = digest.sections.reduce((n, s) => n + s.indicators.length, 0);
  const lines = [
    `Performance digest: ${digest.period.label}, ${comparison}`,
    `Source: ${digest.source} (${total} indicators)`,
    '',
    'Summary',
    `  ${countsLine(digest.summary.overall, RAG_ORDER)}`,
    `  ${countsLine(digest.summary.overall, COUNTED_DIRECTIONS)}`,
    '',
    ...summaryTable(digest),
    ...(digest.summary.conflicts > 0 ? wrap(conflictNote(digest.summary.conflicts), '  ') : []),
    '',
    `Exceptions (${digest.exceptions.length}): Red, then Amber, then getting worse`,
    ...(digest.exceptions.length ? digest.exceptions.flatMap(exceptionLines) : ['  None this period.']),
    '',
    `Data issues (${digest.issues.length})`,
    ...(digest.issues.length
      ? digest.issues.flatMap(issueLines)
      : ['  None: every row was read as it stands.']),
  ];
  return `${lines.join('\n')}\n`;
}
