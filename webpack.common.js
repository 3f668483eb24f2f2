/**
 * What the Office pane (webpack.config.js) and the WPS add-in (webpack.wps.config.js) build alike:
 * how TypeScript is compiled and how modules resolve in a browser.
 */

/** Resolution for the browser: exceljs's browser build (its package.json "browser" field) needs no Node polyfills. */
const resolve = {
  extensions: ['.tsx', '.ts', '.js'],
  aliasFields: ['browser'],
  fallback: { fs: false, path: false, stream: false, crypto: false },
};

/**
 * TypeScript through ts-loader, type-checked separately (npm run typecheck). ES modules for
 * webpack: CommonJS output would turn import() into require() and lose the lazy chunks.
 */
function typescriptRule(sourceMap) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'ts-loader',
      options: {
        transpileOnly: true,
        configFile: 'tsconfig.json',
        compilerOptions: {
          module: 'esnext',
          moduleResolution: 'bundler',
          isolatedModules: true,
          ...(sourceMap ? { sourceMap: true } : {}),
        },
      },
    },
  };
}

module.exports = { resolve, typescriptRule };
