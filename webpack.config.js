/**
 * The add-in build: taskpane.html/js and commands.html/js, the icons and the manifest, into dist/addin/.
 * - `npm run dev-server`: HTTPS on https://localhost:3000/ with the office-addin-dev-certs certificate (trusted by
 *   `npx --yes office-addin-dev-certs@3.0.0 install`), read from ~/.office-addin-dev-certs/ or loaded from the package
 *   if it is installed; failing both, webpack-dev-server's own certificate, which Office refuses until trusted.
 * - `npm run build` (production): office.js stays on Microsoft's CDN (the pages' script tag), and the manifest's
 *   https://localhost:3000/ becomes ADDIN_PUBLIC_URL (e.g. https://contoso.example/digest/), as the templates do.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const PORT = 3000;

function publicUrl(mode) {
  if (mode !== 'production') return DEV_URL;
  const url = process.env.ADDIN_PUBLIC_URL || DEV_URL;
  if (!/^https:\/\/.+\/$/.test(url))
    throw new Error(`ADDIN_PUBLIC_URL must be an https:// URL ending in "/", not ${url}`);
  return url;
}

/** The dev certificate, loaded lazily: only `webpack serve` needs it. */
async function httpsOptions() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = {
    key: path.join(dir, 'localhost.key'),
    cert: path.join(dir, 'localhost.crt'),
    ca: path.join(dir, 'ca.crt'),
  };
  if (fs.existsSync(files.key) && fs.existsSync(files.cert)) {
    return {
      key: fs.readFileSync(files.key),
      cert: fs.readFileSync(files.cert),
      ca: fs.existsSync(files.ca) ? fs.readFileSync(files.ca) : undefined,
    };
  }
  try {
    return await require('office-addin-dev-certs').getHttpsServerOptions();
  } catch {
    console.warn(
      'No Office dev certificate found. Run `npx --yes office-addin-dev-certs@3.0.0 install` once to create and trust it;\n' +
        'until then the dev server uses a self-signed certificate that Office will refuse.',
    );
    return null;
  }
}

const supportPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Performance Digest: help</title></head>
<body><h1>Performance Digest</h1><p>Open the digest from <b>Home &gt; Open digest</b>. The README that came with the add-in
explains the rules, the settings and how to report a problem.</p></body></html>`;

module.exports = async (env, argv) => {
  const mode = argv.mode || 'development';
  const url = publicUrl(mode);
  const serving = process.argv.includes('serve');
  const https = serving ? await httpsOptions() : null;
  return {
    mode,
    // Never eval-based source maps: the pages' Content-Security-Policy forbids eval, in development too.
    devtool: mode === 'production' ? 'source-map' : 'cheap-module-source-map',
    entry: { taskpane: './src/taskpane/index.tsx', commands: './src/commands/commands.ts' },
    // Chunks loaded when first needed (the carry-over dialog) come from our own origin, as the pages' policy allows.
    output: {
      path: path.join(__dirname, 'dist', 'addin'),
      filename: '[name].js',
      chunkFilename: 'chunk-[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ES modules out of ts-loader (tsconfig says commonjs, for jest and tsc), so webpack can tree-shake Fluent UI:
          // with commonjs the task pane bundle is 3.5 MB gzipped instead of about 140 KB.
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { module: 'esnext' } },
          },
        },
        {
          // The engine is pure (no module does anything when loaded), so what the pane reaches through its index only
          // from a chunk loaded later (reading and digesting, planning at Generate, Restore, Use selection) goes into
          // that chunk, not into taskpane.js.
          test: /[\\/]src[\\/]engine[\\/]/,
          sideEffects: false,
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new HtmlWebpackPlugin({ filename: 'support.html', templateContent: supportPage, chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString().split(DEV_URL).join(url),
          },
        ],
      }),
    ],
    devServer: {
      port: PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : { type: 'https' },
    },
    performance: { hints: false },
  };
};
