/**
 * The workbooks a command line names: files as given, every .xlsx in a folder, or what a glob matches
 * (`services/*.xlsx`), each folder's or glob's sorted by name; Office's lock files (`~$children.xlsx`) are skipped.
 */
import { promises as fs } from 'fs';
import { basename, join } from 'path';
import { UsageError } from './errors';

/** File names in the order people read them (`service 2` before `service 10`); made when first needed. */
let collator: Intl.Collator | undefined;
const byName = (a: string, b: string) =>
  (collator ??= new Intl.Collator('en', { numeric: true })).compare(a, b);

/** An .xlsx workbook, not the lock file Excel keeps beside a workbook while it is open. */
const isWorkbook = (path: string) => /\.xlsx$/i.test(path) && !basename(path).startsWith('~$');

async function folderFiles(folder: string): Promise<string[]> {
  const names = (await fs.readdir(folder)).filter(isWorkbook).sort(byName);
  if (names.length === 0)
    throw new UsageError(
      `The folder ${folder} has no .xlsx workbooks: name the workbooks, or another folder.`,
    );
  return names.map((name) => join(folder, name));
}

async function globFiles(pattern: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const found = (await glob([pattern], { onlyFiles: true, expandDirectories: false })).filter(isWorkbook);
  if (found.length === 0)
    throw new UsageError(`"${pattern}" matches no .xlsx workbook: check the folder and the pattern.`);
  return found.sort((a, b) => byName(basename(a), basename(b)) || byName(a, b));
}

async function expand(input: string): Promise<string[]> {
  const stat = await fs.stat(input).catch(() => null);
  if (stat?.isDirectory()) return folderFiles(input);
  // A file that exists is read as named, even if its name has glob characters such as [ ]. The glob library is
  // loaded only for a name that is no file: most runs name their files and need not pay for loading it.
  if (stat) return [input];
  const { isDynamicPattern } = await import('tinyglobby');
  return isDynamicPattern(input) ? globFiles(input) : [input];
}

/** Every input file, in the order given (each named once); a name a file is known by must be unique. */
export async function inputFiles(inputs: string[]): Promise<string[]> {
  const files = [...new Set((await Promise.all(inputs.map(expand))).flat())];
  const seen = new Map<string, string>();
  for (const file of files) {
    const name = basename(file).toLowerCase();
    const other = seen.get(name);
    if (other)
      throw new UsageError(
        `Two inputs are both called ${basename(file)} (${other} and ${file}): a digest names its cells by file name, so rename one.`,
      );
    seen.set(name, file);
  }
  return files;
}
