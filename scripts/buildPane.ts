/**
 * The production build of the add-in (webpack.config.js, mode production) into a folder of our choosing, for the
 * preview, the browser tests and the bundle check. Source maps are left out: nothing here reads them.
 */
import { join } from 'node:path';
import webpack, { type Configuration } from 'webpack';

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>;

export async function buildPane(outDir: string): Promise<void> {
  const { default: factory } = (await import(join(__dirname, '..', 'webpack.config.js'))) as {
    default: ConfigFactory;
  };
  const config = await factory({}, { mode: 'production' });
  const compiler = webpack({ ...config, devtool: false, output: { ...config.output, path: outDir } });
  await new Promise<void>((resolve, reject) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}
