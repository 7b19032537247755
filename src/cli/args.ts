/**
 * The command line: `perf-digest <input.xlsx…> [--sheet NAME]… [--period LABEL] [--basis previous|year] …`; inputs
 * may be files, folders or globs (inputFiles.ts), and `--sheet` may repeat or name a workbook (`children.xlsx:PIs`).
 */
import { Command, CommanderError, Option } from 'commander';
import {
  DEFAULT_SETTINGS,
  parseThreshold,
  type DigestSettings,
  type RecordedSetting,
  type Threshold,
} from '../engine';
import { asOfDate, dueSoonDays, reportKinds } from './reportArgs';
import { UsageError } from './errors';

export interface CliOptions {
  /** As typed: files, folders or globs (expanded by inputFiles.ts). */
  inputs: string[];
  settings: DigestSettings;
  out: string | null;
  json: boolean;
}

/** `--help` and `--version` print and end the run without a digest. */
export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'shown'; text: string };

interface RawOptions {
  sheet: string[];
  period?: string;
  basis: 'previous' | 'year';
  tolerance?: string;
  changeThreshold?: string;
  out?: string;
  json?: boolean;
  report?: string[];
  forecast: 'none' | 'linear';
  asOf?: string;
  dueSoon?: string;
}

/** Settings given on the command line, rather than left at their defaults: what a person changed on purpose. */
const FLAGS: Record<RecordedSetting, string> = {
  basis: 'basis',
  tolerance: 'tolerance',
  changeThreshold: 'changeThreshold',
  forecast: 'forecast',
  asOf: 'asOf',
  dueSoonDays: 'dueSoon',
};

function program(version: string, write: (text: string) => void): Command {
  return new Command('perf-digest')
    .description(
      'A quarterly RAG and direction-of-travel digest from the indicator table in an Excel workbook.',
    )
    .version(version)
    .argument(
      '<input.xlsx...>',
      'the workbooks to read (never changed): files, folders (every .xlsx in them) or globs such as "data/*.xlsx"',
    )
    .option(
      '--sheet <name>',
      'a sheet with an indicator table, or file.xlsx:Sheet; repeat for several (default: each workbook’s best table)',
      (name: string, names: string[]) => [...names, name],
      [] as string[],
    )
    .option('--period <label>', 'the current period, e.g. "Q3 2006/07" (default: the latest with a value)')
    .addOption(
      new Option('--basis <basis>', 'compare with the previous period or the same period last year')
        .choices(['previous', 'year'])
        .default('previous'),
    )
    .option(
      '--tolerance <amount>',
      'how far off target is still Amber: a share such as 5% or an amount such as 0.02',
      '5%',
    )
    .option('--change-threshold <amount>', 'smallest change that counts as a change: 0, 2% or an amount', '0')
    .option(
      '--out <file.xlsx>',
      'write a new workbook: the input’s sheets plus the digest sheet and its Charts sheet (several inputs: those two alone)',
    )
    .option(
      '--report <names>',
      'report sheets to write after the digest: exceptions, actions, or both as exceptions,actions (default: actions where there is an action plan)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .addOption(
      new Option(
        '--forecast <method>',
        'project cumulative counts to the year end where no forecast is given',
      )
        .choices(['none', 'linear'])
        .default('none'),
    )
    .option('--as-of <YYYY-MM-DD>', 'the action plan’s report date (default: the date above it, else today)')
    .option('--due-soon <days>', 'an action due within this many days of the report date is Amber', '30')
    .option('--json', 'print the digest as one JSON object (the contract in docs/rules.md)')
    .addHelpText(
      'after',
      '\nExamples:\n  perf-digest assets/sample-quarterly-digest.xlsx --out out/sample-digest.xlsx\n  perf-digest children.xlsx health.xlsx youth.xlsx --out digest.xlsx\n  perf-digest services/ --sheet "children.xlsx:PIs Q3" --json',
    )
    .exitOverride()
    .configureOutput({ writeOut: write, writeErr: write, outputError: () => undefined });
}

function threshold(flag: string, text: string): Threshold {
  const parsed = parseThreshold(text);
  if (parsed === null)
    throw new UsageError(
      `${flag} "${text}" is not an amount: give a percentage such as 5% or a number such as 0.02.`,
    );
  return parsed;
}

export function parseArgs(argv: string[], version: string): ParsedArgs {
  let shown = '';
  const command = program(version, (text) => (shown += text));
  try {
    command.parse(argv, { from: 'user' });
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    if (err.exitCode === 0) return { kind: 'shown', text: shown };
    const message = err.message
      .replace(/^error: /, '')
      .replace(/\s*\n\s*/g, ' ')
      .replace(/\.$/, '');
    throw new UsageError(`${message}. Run perf-digest --help for the options.`);
  }
  const raw = command.opts<RawOptions>();
  const settings: DigestSettings = {
    ...DEFAULT_SETTINGS,
    basis: raw.basis,
    tolerance: threshold('--tolerance', raw.tolerance ?? '5%'),
    changeThreshold: threshold('--change-threshold', raw.changeThreshold ?? '0'),
    // One sheet is the one source it always was; several are compiled (docs/rules.md "Compiling").
    ...(raw.sheet.length === 1 && { sheet: raw.sheet[0] }),
    ...(raw.sheet.length > 1 && { sources: raw.sheet }),
    ...(raw.period !== undefined && { period: raw.period }),
    forecast: raw.forecast,
    dueSoonDays: dueSoonDays(raw.dueSoon ?? '30'),
    ...(raw.asOf !== undefined && { asOf: asOfDate(raw.asOf) }),
    ...(raw.report !== undefined && { reports: reportKinds(raw.report) }),
    onPurpose: (Object.keys(FLAGS) as RecordedSetting[]).filter(
      (k) => command.getOptionValueSource(FLAGS[k]) === 'cli',
    ),
  };
  return {
    kind: 'run',
    options: { inputs: command.args, settings, out: raw.out ?? null, json: raw.json === true },
  };
}
