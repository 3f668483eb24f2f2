/**
 * Builds the WPS 加载项 into dist-wps/ (npm run build:wps, which then runs scripts/packageWps.ts):
 *
 *   index.html + ribbon.js   the page WPS loads at start; it defines the ribbon callbacks
 *   ribbon.xml               the 绩效自评 group on the 开始 tab
 *   taskpane.html + js       the same React pane over the WPS port (src/boot-wps/taskpane.tsx)
 *
 * No office.js: WPS's own `wps` and `Application` globals are the host. Paths are relative
 * (publicPath ''), so the folder works from a file:// jsaddons folder and from an intranet server.
 */
const path = require('node:path');
const { resolve, typescriptRule } = require('./webpack.common');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

module.exports = (_env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'eval-cheap-module-source-map',
    entry: {
      ribbon: './src/boot-wps/ribbon.ts',
      taskpane: './src/boot-wps/taskpane.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist-wps'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
    },
    resolve,
    module: { rules: [typescriptRule(false)] },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/boot-wps/index.html',
        chunks: ['ribbon'],
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/boot-wps/taskpane.html',
        chunks: ['taskpane'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/boot-wps/ribbon.xml', to: 'ribbon.xml' },
          { from: 'assets/*.png', to: 'assets/[name][ext]', noErrorOnMissing: true },
        ],
      }),
    ],
    performance: { hints: false },
    optimization: { splitChunks: { chunks: 'async' } },
  };
};
