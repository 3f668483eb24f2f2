/**
 * Builds the task pane (src/boot/taskpane.tsx) into dist/.
 *
 *   npm run build        production: office.js from Microsoft's CDN, minified, hashed chunks
 *   npm run build:dev    development: office.js copied from node_modules, so it runs offline
 *   npm start            dev server over https (office-addin-dev-certs) for sideloading
 *
 * `--env localOffice` forces the local office.js in a production build (the e2e size check).
 * The Excel adapter, browser mode, exceljs and docx are separate lazy chunks: inside Excel the
 * first load is the boot chunk, React, Fluent, the pane and the engine.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEV_PORT = 3000;

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

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const localOffice = !production || Boolean(env.localOffice);
  const devServer = Boolean(process.env.WEBPACK_SERVE);

  const copies = [
    { from: 'assets/*.png', to: 'assets/[name][ext]', noErrorOnMissing: true },
    { from: 'examples/民政局2022部门整体支出绩效自评表.xlsx', to: 'examples/[name][ext]' },
    // The manifest's SupportUrl and LearnMoreUrl point here.
    { from: 'src/boot/help.html', to: 'help.html' },
  ];
  if (localOffice) {
    // 86 MB of already-minified files: marking them minimized keeps Terser off them (9 s vs 78 s).
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
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // exceljs's browser build (its package.json "browser" field) needs no Node polyfills.
      aliasFields: ['browser'],
      fallback: { fs: false, path: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: 'tsconfig.json',
              // ES modules for webpack: CommonJS output would turn import() into require() and lose the lazy chunks.
              compilerOptions: {
                module: 'esnext',
                moduleResolution: 'bundler',
                isolatedModules: true,
                sourceMap: true,
              },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/boot/taskpane.html',
        chunks: ['taskpane'],
        officeJs: localOffice ? 'office-js/office.js' : CDN_OFFICE_JS,
      }),
      new CopyWebpackPlugin({ patterns: copies }),
      new ChunkManifestPlugin(),
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
