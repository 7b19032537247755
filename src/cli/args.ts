/**
 * The command line: `perf-digest <input.xlsx…> [--sheet NAME]… [--period LABEL] [--basis previous|year] …`; inputs
 * may be files, folders or globs (inputFiles.ts), and `--sheet` may repeat or name a workbook (`children.xlsx:PIs`).
 */
import { Command, CommanderError } from 'commander';
import {
  checkBasis,
  checkThreshold,
  DEFAULT_SETTINGS,
  type DigestSettings,
  type RecordedSetting,
  type Threshold,
  type ThresholdRule,
} from '../engine';
import { asOfDate, dueSoonDays, forecastMethod, reportKinds } from './reportArgs';
import { UsageError } from './errors';

export interface CliOptions {
  /** As typed: files, folders or globs (expanded by inputFiles.ts). */
  inputs: string[];
  settings: DigestSettings;
  out: string | null;
  json: boolean;
  /** Rules accepted that are probably not what was meant, said on stderr before the run. */
  warnings: string[];
}

/** `--help` and `--version` print and end the run without a digest. */
export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'shown'; text: string };

interface RawOptions {
  sheet: string[];
  period?: string;
  basis: string;
  tolerance: string;
  changeThreshold: string;
  out?: string;
  json?: boolean;
  report?: string[];
  forecast: string;
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
    .option(
      '--basis <basis>',
      'compare with the previous period or the same period last year (choices: "previous", "year")',
      'previous',
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
    .option(
      '--forecast <method>',
      'project cumulative counts to the year end where no forecast is given (choices: "none", "linear")',
      'none',
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

const HELP = 'Run perf-digest --help for the options.';

/** Commander's own errors, in the plain words of the rest of the CLI. */
function usageError(err: CommanderError): UsageError {
  const option = /'(--[\w-]+)/.exec(err.message)?.[1];
  const words: Record<string, string> = {
    'commander.missingArgument': 'Give the workbook to read: perf-digest <input.xlsx> [options].',
    'commander.unknownOption': `${option ?? 'That option'} is not an option of perf-digest.`,
    'commander.optionMissingArgument': `${option ?? 'The option'} needs a value after it.`,
  };
  const message = words[err.code] ?? `${err.message.replace(/^error: /, '').replace(/\.?\s*$/, '')}.`;
  return new UsageError(`${message} ${HELP}`);
}

/** A rule that cannot be read stops the run, in the engine's words (the pane says the same). */
function threshold(flag: string, text: string, rule: ThresholdRule, warnings: string[]): Threshold {
  const checked = checkThreshold(text, rule);
  if (!checked.ok) throw new UsageError(`${flag}: ${checked.message}`);
  if (checked.warning) warnings.push(`${flag}: ${checked.warning}`);
  return checked.threshold;
}

export function parseArgs(argv: string[], version: string): ParsedArgs {
  let shown = '';
  const command = program(version, (text) => (shown += text));
  try {
    command.parse(argv, { from: 'user' });
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    if (err.exitCode === 0) return { kind: 'shown', text: shown };
    throw usageError(err);
  }
  const raw = command.opts<RawOptions>();
  const basis = checkBasis(raw.basis);
  if (!basis.ok) throw new UsageError(`--basis: ${basis.message}`);
  const warnings: string[] = [];
  const settings: DigestSettings = {
    ...DEFAULT_SETTINGS,
    basis: basis.basis,
    tolerance: threshold('--tolerance', raw.tolerance, 'tolerance', warnings),
    changeThreshold: threshold('--change-threshold', raw.changeThreshold, 'change threshold', warnings),
    // One sheet is the one source it always was; several are compiled (docs/rules.md "Compiling").
    ...(raw.sheet.length === 1 && { sheet: raw.sheet[0] }),
    ...(raw.sheet.length > 1 && { sources: raw.sheet }),
    ...(raw.period !== undefined && { period: raw.period }),
    forecast: forecastMethod(raw.forecast),
    dueSoonDays: dueSoonDays(raw.dueSoon ?? '30'),
    ...(raw.asOf !== undefined && { asOf: asOfDate(raw.asOf) }),
    ...(raw.report !== undefined && { reports: reportKinds(raw.report) }),
    onPurpose: (Object.keys(FLAGS) as RecordedSetting[]).filter(
      (k) => command.getOptionValueSource(FLAGS[k]) === 'cli',
    ),
  };
  return {
    kind: 'run',
    options: { inputs: command.args, settings, out: raw.out ?? null, json: raw.json === true, warnings },
  };
}
