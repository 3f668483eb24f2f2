/**
 * Builds the task pane (src/boot/taskpane.tsx) into dist/.
 *
 *   npm run build        production: office.js from Microsoft's CDN, minified, hashed chunks
 *   npm run build:dev    development: office.js copied from node_modules, so it runs offline
 *   npm start            dev server over https (office-addin-dev-certs) for sideloading
 *
 * Deployment (docs/DEPLOY.md), by environment variable:
 *
 *   SELFEVAL_PUBLIC_URL=https://host/path/   also writes dist/manifest.xml, every URL under that
 *                                            base (validated after the build: npm run postbuild)
 *   SELFEVAL_OFFICE_JS=local                 office.js and its sibling files copied into
 *                                            dist/office-js/ and loaded from there (closed networks)
 *   SELFEVAL_OFFICE_JS=https://…/office.js   office.js from another CDN (21Vianet for Office 365
 *                                            operated in China); unset: Microsoft's CDN
 *
 * `--env localOffice` is SELFEVAL_OFFICE_JS=local.
 * The Excel adapter, browser mode, exceljs and docx are separate lazy chunks: inside Excel the
 * first load is the boot chunk, React, Fluent, the pane and the engine.
 */
const path = require('node:path');
const { resolve, typescriptRule } = require('./webpack.common');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const { readFileSync } = require('node:fs');

const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEV_PORT = 3000;
/** The origin the committed manifest.xml points at (the dev server). */
const DEV_BASE = `https://localhost:${DEV_PORT}/`;

/** An https URL ending in `/`, or a clear error naming the variable. */
function httpsBase(value, name) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name}=${value} is not a URL (expected https://host/path/)`);
  }
  if (url.protocol !== 'https:')
    throw new Error(
      `${name} must be an https URL (Office loads add-ins only over https): ${value}`,
    );
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The production manifest: the committed manifest.xml with every URL of the dev server moved
 * under `base` (SourceLocation, icons, SupportUrl, help, AppDomain), the comment saying so.
 */
function productionManifest(xml, base) {
  const origin = new URL(base).origin;
  return xml
    .replace(
      /<!--[\s\S]*?-->/,
      `<!--\n  绩效自评助手 (selfeval) — production manifest for ${base}, written by npm run build\n  (SELFEVAL_PUBLIC_URL). Deploy it as docs/DEPLOY.md says.\n-->`,
    )
    .replace(/<AppDomain>https:\/\/localhost:\d+<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .split(DEV_BASE)
    .join(base);
}

/** Where the page loads office.js from: Microsoft's CDN, the copy in dist/, or another https URL. */
function officeJsChoice(value, production, forceLocal) {
  if (forceLocal || value === 'local' || (!production && !value))
    return { local: true, src: 'office-js/office.js' };
  if (!value) return { local: false, src: CDN_OFFICE_JS };
  const src = httpsBase(value, 'SELFEVAL_OFFICE_JS').replace(/\/$/, '');
  if (!src.endsWith('/office.js'))
    throw new Error(
      `SELFEVAL_OFFICE_JS must end in /office.js (the loader finds its other files beside it): ${value}`,
    );
  return { local: false, src };
}

/** Emits dist/manifest.xml for SELFEVAL_PUBLIC_URL. */
class ProductionManifestPlugin {
  constructor(base) {
    this.base = base;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ProductionManifestPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: 'ProductionManifestPlugin',
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const xml = readFileSync(path.join(__dirname, 'manifest.xml'), 'utf8');
          compilation.emitAsset(
            'manifest.xml',
            new compiler.webpack.sources.RawSource(productionManifest(xml, this.base)),
          );
        },
      );
    });
  }
}

/** Writes dist/chunks.json: the files of the first load and of each named lazy chunk, for size checks. */
class ChunkManifestPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ChunkManifestPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: 'ChunkManifestPlugin',
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT,
        },
        () => {
          const entry = compilation.entrypoints.get('taskpane');
          const js = (files) => [...files].filter((f) => f.endsWith('.js'));
          const named = {};
          for (const group of compilation.chunkGroups) {
            if (!group.name || group === entry) continue;
            named[group.name] = js(group.getFiles());
          }
          const manifest = { entry: js(entry.getFiles()), lazy: named };
          compilation.emitAsset(
            'chunks.json',
            new compiler.webpack.sources.RawSource(JSON.stringify(manifest, null, 2)),
          );
        },
      );
    });
  }
}

const config = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const officeJs = officeJsChoice(
    process.env.SELFEVAL_OFFICE_JS,
    production,
    Boolean(env.localOffice),
  );
  const localOffice = officeJs.local;
  const publicUrl = process.env.SELFEVAL_PUBLIC_URL
    ? httpsBase(process.env.SELFEVAL_PUBLIC_URL, 'SELFEVAL_PUBLIC_URL')
    : null;
  const devServer = Boolean(process.env.WEBPACK_SERVE);

  const copies = [
    { from: 'assets/*.png', to: 'assets/[name][ext]', noErrorOnMissing: true },
    { from: 'examples/民政局2022部门整体支出绩效自评表.xlsx', to: 'examples/[name][ext]' },
    // The manifest's SupportUrl and LearnMoreUrl point here.
    { from: 'src/boot/help.html', to: 'help.html' },
  ];
  if (localOffice) {
    // 86 MB of already-minified files: marking them minimized keeps Terser off them (9 s vs 78 s).
    // The whole dist/: the loader fetches its host-specific files (excel-*.js, locale strings)
    // relative to its own URL.
    copies.push({
      from: 'node_modules/@microsoft/office-js/dist',
      to: 'office-js',
      info: { minimized: true },
    });
  }

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: { taskpane: './src/boot/taskpane.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve,
    module: { rules: [typescriptRule(true)] },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/boot/taskpane.html',
        chunks: ['taskpane'],
        officeJs: officeJs.src,
      }),
      new CopyWebpackPlugin({ patterns: copies }),
      new ChunkManifestPlugin(),
      ...(publicUrl ? [new ProductionManifestPlugin(publicUrl)] : []),
    ],
    performance: {
      // The lazy exceljs chunk is large by nature; the first-load budget is checked by test:e2e.
      hints: false,
    },
    optimization: {
      splitChunks: { chunks: 'async' },
    },
    devServer: devServer
      ? {
          port: DEV_PORT,
          static: { directory: path.resolve(__dirname, 'dist') },
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: {
            type: 'https',
            options: await require('office-addin-dev-certs').getHttpsServerOptions(),
          },
        }
      : undefined,
  };
};

module.exports = config;
// For tests and scripts/validateDist.ts.
module.exports.productionManifest = productionManifest;
module.exports.officeJsChoice = officeJsChoice;
module.exports.CDN_OFFICE_JS = CDN_OFFICE_JS;
