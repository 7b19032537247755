/** Runs the CLI in-process with captured streams and a fixed clock. */
import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import { join } from 'path';
import { runCli } from '../../src/cli/cli';

export const FIXTURES = join(__dirname, '..', 'fixtures');
export const SAMPLE = join(__dirname, '..', '..', 'assets', 'sample-quarterly-digest.xlsx');

/** The sample's outcomes, in the order its section rows give them. */
export const SAMPLE_OUTCOMES = [
  'Be Healthy',
  'Staying Safe',
  'Enjoy and Achieve',
  'Making a Positive Contribution',
  'Achieve Economic Wellbeing',
  'Service Management',
];
export const GENERATED_AT = new Date(Date.UTC(2007, 3, 20, 9, 0, 0));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    now: () => GENERATED_AT,
    version: '0.0.0-test',
  });
  return { code, stdout, stderr };
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** One line on stderr, and nothing that looks like a stack trace (as the contract's must-reject example requires). */
export function expectOneLineError(result: CliResult, pattern: RegExp): void {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/^\s+at /m);
}
