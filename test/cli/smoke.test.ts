/**
 * One real run of the installed command: bin/perf-digest.js on a fresh build (scripts/buildCli.ts), built into
 * a temporary folder so that it neither needs nor disturbs dist/.
 */
import { spawnSync } from 'child_process';
import { copyFileSync, mkdirSync } from 'fs';
import { join } from 'path';
import { buildCli } from '../../scripts/buildCli';
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
  return spawnSync(process.execPath, [tmp.file('bin/perf-digest.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
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
