/**
 * The static requirement-set check (`npm run check:api-sets`). `@types/office-js` documents every member with its
 * set (`[Api set: ExcelApi 1.9]`, `**Requirement set**: … | SharedRuntime 1.1}`). This lists every Office.js member
 * the add-in's source uses, with its set, and fails when one is above what manifest.xml requires without a guard:
 * - an ExcelApi member above the manifest's minimum only in src/excel/optionalFeatures.ts, and
 * - any such member (ExcelApi or another versioned set, e.g. SharedRuntime) only inside a function that calls
 *   `isSetSupported('<set>', '<version at least the member's>')`.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface ApiSet {
  name: string;
  version: string;
}

export interface Usage {
  member: string;
  set: ApiSet;
  file: string;
  line: number;
  guarded: boolean;
}

const ROOT = join(__dirname, '..');
/** Sets of other Office applications: @types/office-js documents some shared members (e.g. Event.completed) by them. */
const OTHER_HOSTS = /^(Mailbox|WordApi|PowerPointApi|OneNoteApi|VisioApi|OutlookApi)/;
export const OPTIONAL_FEATURES = 'src/excel/optionalFeatures.ts';

/** The set a declaration's doc comment names, if it names a versioned one. */
export function apiSetOf(declaration: ts.Node): ApiSet | null {
  const doc = declaration.getFullText().slice(0, declaration.getLeadingTriviaWidth());
  const m =
    /\[Api set: (\w+) (\d+\.\d+)/.exec(doc) ??
    /Requirement sets?\*\*:[^|]*\|\s*(\w+) (\d+\.\d+)\s*\}/.exec(doc);
  return m?.[1] && m[2] ? { name: m[1], version: m[2] } : null;
}

export function versionAtLeast(have: string, need: string): boolean {
  const [hMajor = 0, hMinor = 0] = have.split('.').map(Number);
  const [nMajor = 0, nMinor = 0] = need.split('.').map(Number);
  return hMajor > nMajor || (hMajor === nMajor && hMinor >= nMinor);
}

/** `<Set Name="ExcelApi" MinVersion="1.7"/>` entries of the manifest's <Requirements>. */
export function manifestSets(manifestXml: string): Map<string, string> {
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifestXml)?.[1] ?? '';
  const sets = new Map<string, string>();
  for (const m of requirements.matchAll(/<Set\s+Name="(\w+)"\s+MinVersion="([\d.]+)"\s*\/>/g))
    sets.set(m[1] ?? '', m[2] ?? '');
  return sets;
}

/** isSetSupported('Name', 'x.y') calls in the function around `node`, innermost first. */
function guardsAround(node: ts.Node): ApiSet[] {
  const guards: ApiSet[] = [];
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (!ts.isFunctionLike(n)) continue;
    const visit = (x: ts.Node): void => {
      if (ts.isCallExpression(x) && /isSetSupported$/.test(x.expression.getText())) {
        const [name, version] = x.arguments;
        if (name && version && ts.isStringLiteral(name) && ts.isStringLiteral(version))
          guards.push({ name: name.text, version: version.text });
      }
      ts.forEachChild(x, visit);
    };
    visit(n);
  }
  return guards;
}

function memberSymbol(checker: ts.TypeChecker, node: ts.Node): { symbol: ts.Symbol; at: ts.Node } | null {
  if (ts.isPropertyAccessExpression(node)) {
    const symbol = checker.getSymbolAtLocation(node.name);
    return symbol ? { symbol, at: node.name } : null;
  }
  if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
    const key = (node.propertyName ?? node.name).getText();
    const symbol = checker.getTypeAtLocation(node.parent).getProperty(key);
    return symbol ? { symbol, at: node } : null;
  }
  return null;
}

const isOfficeDeclaration = (d: ts.Declaration): boolean =>
  /@types[\\/]office-js[\\/]/.test(d.getSourceFile().fileName);

function memberName(d: ts.Declaration): string {
  const owner = d.parent && 'name' in d.parent && d.parent.name ? (d.parent.name as ts.Node).getText() : '';
  const name = 'name' in d && d.name ? (d.name as ts.Node).getText() : '?';
  return owner ? `${owner}.${name}` : name;
}

export function scanUsages(files: string[], manifestXml: string): Usage[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, ts.sys as never);
  const program = ts.createProgram(files, config?.options ?? {});
  const checker = program.getTypeChecker();
  const required = manifestSets(manifestXml);
  const usages: Usage[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const rel = relative(ROOT, file).split('\\').join('/');
    const visit = (node: ts.Node): void => {
      const hit = memberSymbol(checker, node);
      const decl = hit?.symbol.declarations?.find(isOfficeDeclaration);
      const set = decl && apiSetOf(decl);
      if (hit && decl && set && !OTHER_HOSTS.test(set.name)) {
        const min = required.get(set.name);
        const baseline = min !== undefined && versionAtLeast(min, set.version);
        const guard = guardsAround(node).some(
          (g) => g.name === set.name && versionAtLeast(g.version, set.version),
        );
        const placed = set.name !== 'ExcelApi' || rel === OPTIONAL_FEATURES;
        const line = source.getLineAndCharacterOfPosition(hit.at.getStart()).line + 1;
        usages.push({
          member: memberName(decl),
          set,
          file: rel,
          line,
          guarded: baseline || (guard && placed),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return usages;
}

export function sourceFiles(dir = join(ROOT, 'src')): string[] {
  return ts.sys.readDirectory(dir, ['.ts', '.tsx']).filter((f) => !f.endsWith('.d.ts'));
}

function main(): void {
  const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  const usages = scanUsages(sourceFiles(), manifest);
  const rows = new Map<string, { member: string; set: string; uses: number; files: Set<string> }>();
  for (const u of usages) {
    const row = rows.get(u.member) ?? {
      member: u.member,
      set: `${u.set.name} ${u.set.version}`,
      uses: 0,
      files: new Set(),
    };
    row.uses++;
    row.files.add(u.file.replace(/^src\//, ''));
    rows.set(u.member, row);
  }
  const table = [...rows.values()].sort(
    (a, b) => a.set.localeCompare(b.set) || a.member.localeCompare(b.member),
  );
  console.table(
    table.map((r) => ({ member: r.member, set: r.set, uses: r.uses, files: [...r.files].join(', ') })),
  );
  const bad = usages.filter((u) => !u.guarded);
  const min = manifestSets(manifest).get('ExcelApi');
  for (const u of bad) {
    const where = u.set.name === 'ExcelApi' ? ` only in ${OPTIONAL_FEATURES},` : '';
    console.error(
      `${u.file}:${u.line}: ${u.member} needs ${u.set.name} ${u.set.version} (manifest requires ExcelApi ${min}): ` +
        `use it${where} inside a function that checks isSetSupported('${u.set.name}', '${u.set.version}').`,
    );
  }
  console.log(
    `${usages.length} uses of ${rows.size} Office.js members; ${bad.length} unguarded above the manifest's sets.`,
  );
  if (bad.length) process.exitCode = 1;
}

if (require.main === module) main();
