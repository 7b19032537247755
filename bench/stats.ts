/** Small helpers for the benchmark: medians, rounding, and running a child process to measure it alone. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

export const mb = (bytes: number): number => round(bytes / 1024 / 1024);

export interface ChildRun {
  ms: number;
  /** The child's peak resident memory, from its own process.resourceUsage() (rssProbe.cjs). */
  maxRssMB: number;
  code: number | null;
  /** Killed after `timeoutMs`. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

const ROOT = join(__dirname, '..');
const PROBE = join(__dirname, 'rssProbe.cjs');
const MARK = /\nBENCH_MAXRSS_KB=(\d+)\n/;

/**
 * Runs `node [nodeArgs] rssProbe.cjs script ...args`: wall time from spawn to exit, and the child's peak RSS.
 * With `timeoutMs`, the child is killed when it runs longer (and has no peak RSS to report).
 */
export function runChild(
  script: string,
  args: string[],
  { nodeArgs = [], timeoutMs }: { nodeArgs?: string[]; timeoutMs?: number } = {},
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // From the repository, so `--import tsx` resolves whatever folder the benchmark is started from.
    const child = spawn(process.execPath, [...nodeArgs, PROBE, script, ...args], {
      stdio: 'pipe',
      cwd: ROOT,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let timedOut = false;
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      const kb = Number(MARK.exec(stderr)?.[1] ?? NaN);
      resolve({ ms, maxRssMB: round(kb / 1024), code, timedOut, stdout, stderr: stderr.replace(MARK, '\n') });
    });
  });
}
