/**
 * The manifest asks for the least it needs (issue 6, "Security"): no AppDomains (the add-in navigates nowhere but its
 * own origin), ReadWriteDocument and nothing more (the digest is written into the workbook, so read-only would not
 * do), and every URL it names is https on that one origin.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

const manifest = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8').replace(
  /<!--[\s\S]*?-->/g,
  '',
);

describe('manifest.xml asks for the least it needs (issue 6)', () => {
  it('lists no AppDomains: every page it opens is on its own origin', () => {
    expect(manifest).not.toMatch(/<AppDomains?\b/);
  });

  it('asks for ReadWriteDocument only', () => {
    expect([...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1])).toEqual([
      'ReadWriteDocument',
    ]);
  });

  it('names only https URLs on one origin (the dev server, rewritten by the build)', () => {
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    expect(new Set(urls.map((u) => new URL(u).origin))).toEqual(new Set(['https://localhost:3000']));
  });
});
