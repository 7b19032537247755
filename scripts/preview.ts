/**
 * `npm run preview [-- --workbook FILE] [--port N]`: the task pane at http://localhost:3001 in any browser, with the
 * real office.js booted against the fake Excel host, seeded from the sample workbook (or FILE), and a grid
 * of the workbook beside it. Builds the pane first (production, about half a minute).
 */
import { join, resolve } from 'node:path';
import { Workbook } from 'exceljs';
import { seedFromExcelJS } from '../test/support/workbookSeed';
import { buildPane } from './buildPane';
import { startPreview } from './preview/server';

const ROOT = join(__dirname, '..');

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function main(): Promise<void> {
  const file = resolve(option('workbook', join(ROOT, 'assets', 'sample-quarterly-digest.xlsx')));
  const port = Number(option('port', '3001'));
  const source = new Workbook();
  await source.xlsx.readFile(file);
  const distDir = join(ROOT, 'dist', 'preview');
  console.log('Building the task pane…');
  await buildPane(distDir);
  const preview = await startPreview({ workbook: seedFromExcelJS(source), distDir, port });
  console.log(
    `Preview of ${file}\n  ${preview.url}/  (add ?width=320 for a narrow pane, ?theme=dark for the dark Office theme)`,
  );
  console.log(
    'The fake workbook lives in this process: stop it with Ctrl+C; restart to start again from the file.',
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
