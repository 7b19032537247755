/** The static requirement-set check finds members above the manifest's sets used outside the guarded convention. */
import { join } from 'node:path';
import { apiSetOf, manifestSets, scanUsages } from '../../scripts/checkApiSets';

const FIXTURE = join(__dirname, '..', 'fixtures', 'api-sets', 'unguarded.ts');
const MANIFEST =
  '<OfficeApp><Requirements><Sets><Set Name="ExcelApi" MinVersion="1.7"/></Sets></Requirements></OfficeApp>';

const usages = scanUsages([FIXTURE], MANIFEST);
const at = (member: string) => usages.filter((u) => u.member === member);

it('reads the minimum sets from the manifest', () => {
  expect(manifestSets(MANIFEST)).toEqual(new Map([['ExcelApi', '1.7']]));
});

it('lists each member with its set from @types/office-js', () => {
  expect(at('Worksheet.pageLayout')[0]?.set).toEqual({ name: 'ExcelApi', version: '1.9' });
  expect(at('Range.values')[0]).toMatchObject({ set: { name: 'ExcelApi', version: '1.1' }, guarded: true });
});

it('reports an ExcelApi 1.9 member used without a check, or with one outside optionalFeatures.ts', () => {
  expect(at('Worksheet.pageLayout').map((u) => u.guarded)).toEqual([false, false]);
});

it('accepts another set behind its isSetSupported check, and reports a check at too low a version', () => {
  expect(at('Addin.showAsTaskpane').map((u) => u.guarded)).toEqual([true]);
  expect(at('Addin.hide').map((u) => u.guarded)).toEqual([false]);
});

it('finds no set in a declaration without one', () => {
  expect(
    apiSetOf({ getFullText: () => '/** plain */ x', getLeadingTriviaWidth: () => 12 } as never),
  ).toBeNull();
});
