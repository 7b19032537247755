/**
 * The layering `npm run check:layers` enforces (issue 9): no import cycles anywhere in src/ (type-only imports
 * included), the engine's stages import only the stages before them, and hosts reach the engine only through
 * src/engine/index.ts.
 */

/** The engine's stages, in order; a stage may import the stages before it. Stages in one array are siblings. */
const STAGES = [
  ['core'],
  ['periods'],
  ['read'],
  ['stats', 'compile'],
  ['rate'],
  ['forecast', 'actions'],
  ['digest'],
  ['plan', 'contract'],
];

const stageRules = STAGES.flatMap((level, i) => {
  const later = STAGES.slice(i + 1).flat();
  return level.map((stage) => {
    const forbidden = [...later, ...level.filter((s) => s !== stage)];
    return {
      name: `engine-${stage}-imports-earlier-stages`,
      comment: `src/engine/${stage}/ may import only the stages before it (${STAGES.slice(0, i).flat().join(', ') || 'none'}).`,
      severity: 'error',
      from: { path: `^src/engine/${stage}/` },
      to: { path: `^src/engine/(${forbidden.join('|')})/` },
    };
  });
});

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Import cycles, type-only imports included, make modules impossible to read one at a time.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...stageRules,
    {
      name: 'engine-stages-only',
      comment: 'Every engine file lives in a stage folder; only index.ts sits directly in src/engine/.',
      severity: 'error',
      from: { path: '^src/engine/[^/]+$', pathNot: '^src/engine/index\\.ts$' },
      to: {},
    },
    {
      name: 'engine-is-pure',
      comment:
        'The engine does no I/O and knows no host: no Node built-ins, no other src/ folder, no React or Office.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: {
        pathNot: '^(src/engine/|node_modules/numfmt/)',
        path: '.',
        dependencyTypesNot: ['type-only'],
      },
      // numfmt formats numbers as Excel would (pure); it is the one package the engine uses.
    },
    {
      name: 'hosts-use-the-engine-index',
      comment: 'Hosts import the engine only through src/engine/index.ts, its public API.',
      severity: 'error',
      from: { path: '^src/(?!engine/)' },
      to: { path: '^src/engine/(?!index\\.ts$)' },
    },
    {
      name: 'adapters-never-import-hosts',
      comment: 'One direction: taskpane, commands and cli → excel or xlsx → engine; never the other way.',
      severity: 'error',
      from: { path: '^src/(excel|xlsx)/' },
      to: { path: '^src/(taskpane|commands|cli)/' },
    },
    {
      name: 'adapters-are-separate',
      comment: 'The Office.js adapter and the file package reader do not import each other.',
      severity: 'error',
      from: { path: '^src/excel/' },
      to: { path: '^src/xlsx/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.html$' },
  },
};
