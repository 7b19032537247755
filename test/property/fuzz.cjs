// `npm run fuzz`: the property tests with many more cases (FUZZ_RUNS, default 50,000 for a property whose `npm test`
// count is 2,000; others scale alike). FUZZ_SEED=<n> explores from another seed. Works the same on Windows.
process.env.FUZZ_RUNS ??= '50000';
require('jest')
  .run([
    '--runTestsByPath',
    ...require('fs')
      .readdirSync(__dirname)
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => `${__dirname}/${f}`),
    ...process.argv.slice(2),
  ])
  .catch(() => {
    process.exitCode = 1;
  });
