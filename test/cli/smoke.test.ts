/**
 * One real run of the installed command: bin/perf-digest.js on a fresh build (scripts/buildCli.ts), built into
 * a temporary folder so that it neither needs nor disturbs dist/.
 */
import { spawn, spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { buildCli } from '../../scripts/buildCli';
import { manyRowsXlsx } from '../hostile/hostileWorkbooks';
import { tempDir } from '../xlsx/tempFiles';
import { SAMPLE } from './runCli';

const ROOT = join(__dirname, '..', '..');
const tmp = tempDir();
afterAll(() => tmp.remove());

beforeAll(() => {
  buildCli(tmp.file('dist/cli/main.js'));
  mkdirSync(tmp.file('bin'));
  copyFileSync(join(ROOT, 'bin', 'perf-digest.js'), tmp.file('bin/perf-digest.js'));
}, 120_000);

function perfDigest(...args: string[]) {
  return perfDigestWith({}, ...args);
}

function perfDigestWith(env: Record<string, string>, ...args: string[]) {
  return spawnSync(process.execPath, [tmp.file('bin/perf-digest.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules'), ...env },
  });
}

describe('bin/perf-digest.js', () => {
  it('prints the contract JSON for the sample and exits 0', () => {
    const run = perfDigest(SAMPLE, '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ sheet: 'Quarterly PIs', period: 'Q4 2006/07' });
  });

  it('exits 1 with one line and no stack trace for a missing file', () => {
    const run = perfDigest(tmp.file('missing.xlsx'));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^perf-digest: .*does not exist/),
    ]);
  });
});

it('stops quietly, exit code 0, when the reader of its output closes the pipe early (`| head`)', async () => {
  const input = tmp.file('rows.xlsx');
  await manyRowsXlsx(input, 20_000);
  const child = spawn(process.execPath, [tmp.file('bin/perf-digest.js'), input, '--json'], {
    env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // The first chunk read, the pipe is closed: megabytes of JSON are still to come.
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(code).toBe(0);
  expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
}, 60_000);

describe('the code cache beside the bundle (bin/perf-digest.js)', () => {
  const cache = () => tmp.file('dist/cli/main.js.cache');
  const bundleDigest = () =>
    createHash('sha256')
      .update(readFileSync(tmp.file('dist/cli/main.js')))
      .digest();
  const digestOfSample = () => JSON.parse(perfDigest(SAMPLE, '--json').stdout) as unknown;
  afterEach(() => rmSync(cache(), { force: true }));

  it('is written when the build asks for it, named by the bundle it was made from', () => {
    expect(perfDigestWith({ PERF_DIGEST_WRITE_CODE_CACHE: '1' }, SAMPLE, '--json').status).toBe(0);
    expect(readFileSync(cache()).subarray(0, 32).equals(bundleDigest())).toBe(true);
  });

  it('gives the same digest with the cache as without it', () => {
    const without = digestOfSample();
    perfDigestWith({ PERF_DIGEST_WRITE_CODE_CACHE: '1' }, SAMPLE, '--json');
    expect(digestOfSample()).toEqual(without);
  });

  it.each([
    ['made for another bundle', () => Buffer.concat([Buffer.alloc(32), Buffer.from('not V8 code')])],
    ['that V8 cannot use', () => Buffer.concat([bundleDigest(), Buffer.from('not V8 code')])],
  ])('is passed over when it is %s, and the CLI runs as without one', (_, cacheBytes) => {
    writeFileSync(cache(), cacheBytes());
    const run = perfDigest(SAMPLE, '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ sheet: 'Quarterly PIs', period: 'Q4 2006/07' });
  });
});
