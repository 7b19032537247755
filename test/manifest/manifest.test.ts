/**
 * manifest.xml, checked offline (issue 4): valid against the official XSDs vendored in docs/office-manifest-schema
 * (xmllint-wasm, no system package), every resource id it uses defined, every URL a file the build emits, the
 * icons real PNGs of their sizes, and its ExcelApi minimum the one the API-set check enforces.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { manifestSets, scanUsages, sourceFiles } from '../../scripts/checkApiSets';

const ROOT = join(__dirname, '..', '..');
const SCHEMAS = join(ROOT, 'docs', 'office-manifest-schema');
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

async function validate(xml: string) {
  const xsd = (name: string) => ({ fileName: name, contents: readFileSync(join(SCHEMAS, name), 'utf8') });
  const others = readdirSync(SCHEMAS).filter((f) => f.endsWith('.xsd') && f !== 'OfficeAppManifestV1_1.xsd');
  return validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [xsd('OfficeAppManifestV1_1.xsd')],
    preload: others.map(xsd),
  });
}

it('is valid against the Office add-in manifest schemas', async () => {
  const result = await validate(manifest);
  expect(result.errors).toEqual([]);
  expect(result.valid).toBe(true);
});

it('would be rejected if its elements were out of order (the validator really checks)', async () => {
  const moved = manifest
    .replace(/\s*<Permissions>ReadWriteDocument<\/Permissions>/, '')
    .replace('<Requirements>', '<Permissions>ReadWriteDocument</Permissions><Requirements>');
  expect((await validate(moved)).valid).toBe(false);
});

it('defines every resource id it refers to, and uses every one it defines', () => {
  const used = new Set([...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
  const defined = new Set([...manifest.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
  expect([...used].filter((id) => !defined.has(id))).toEqual([]);
  expect([...defined].filter((id) => !used.has(id))).toEqual([]);
});

it('points every URL at a file the build emits', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require('../../webpack.config.js') as (
    env: object,
    argv: { mode: string },
  ) => Promise<{
    plugins: { userOptions?: { filename?: string }; patterns?: { from: string; to: string }[] }[];
  }>;
  const config = await makeConfig({}, { mode: 'production' });
  const pages = config.plugins.flatMap((p) => (p.userOptions?.filename ? [p.userOptions.filename] : []));
  const copied = config.plugins.flatMap((p) => p.patterns ?? []);
  const icons = copied.some((p) => p.from === 'assets/icon-*.png' && p.to === 'assets/[name][ext]')
    ? readdirSync(join(ROOT, 'assets'))
        .filter((f) => /^icon-\d+\.png$/.test(f))
        .map((f) => `assets/${f}`)
    : [];
  const emitted = new Set([...pages, ...icons]);
  const urls = [...manifest.matchAll(/"https:\/\/localhost:3000\/([^"]*)"/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(5);
  expect(urls.filter((u) => !emitted.has(u ?? ''))).toEqual([]);
});

it.each([16, 32, 64, 80, 128])('has a %i px PNG icon', (size) => {
  const png = readFileSync(join(ROOT, 'assets', `icon-${size}.png`));
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
});

it('requires ExcelApi 1.7, the minimum the API-set check holds the source to, and the source keeps to it', () => {
  expect(Object.fromEntries(manifestSets(manifest))).toEqual({ ExcelApi: '1.7' });
  expect(scanUsages(sourceFiles(), manifest).filter((u) => !u.guarded)).toEqual([]);
}, 60_000);
