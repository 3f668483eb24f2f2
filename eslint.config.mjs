// ESLint flat config: type-aware rules, and the layers of docs/ARCHITECTURE.md (and ../shared/DESIGN.md)
// enforced as path-aware import rules. Imports are resolved by the TypeScript resolver, so
// `import-x/no-cycle` and `import-x/no-restricted-paths` see the real files behind `../engine`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const nodeBuiltins = {
  group: [
    'node:*',
    'fs',
    'fs/*',
    'path',
    'os',
    'child_process',
    'worker_threads',
    'crypto',
    'stream',
    'url',
    'util',
    'zlib',
  ],
  message: 'Only src/cli, the Node entry of src/xlsx, scripts, bench and tests use Node built-ins.',
};
const hostGlobals = [
  { name: 'Excel', message: 'Only src/excel names the Excel host.' },
  { name: 'Office', message: 'Only src/excel and src/boot (Office.onReady) name the Office host.' },
];
const tests = ['**/*.test.ts', '**/*.test.tsx'];

/** A zone of `import-x/no-restricted-paths`: files under `target` may not import files under `from`. */
const zone = (target, from, message) => ({ target, from, message });

/** Zones that keep everyone outside src/<folder> to its entries: index.ts (and node.ts in src/xlsx). */
function entryZones(folder) {
  const outside = [`./src/!(${folder})/**`, './scripts/**', './bench/**', './test/**'];
  // The adapter's own tests in test/excel reach its internal modules on purpose.
  const targets =
    folder === 'excel' ? outside.map((t) => t.replace('./test/**', './test/!(excel)/**')) : outside;
  const entries = folder === 'xlsx' ? '!(index|node)' : '!(index)';
  const message = `Outside src/${folder}, import it through src/${folder}/index.ts${folder === 'xlsx' ? ' (or node.ts, the Node entry)' : ''}.`;
  const zones = [zone(targets, `./src/${folder}/${entries}.{ts,tsx}`, message)];
  if (folder === 'engine') {
    zones.push(zone(targets, './src/engine/*/!(index).ts', message));
    zones.push(zone(targets, './src/engine/*/*/**', message));
  } else zones.push(zone(targets, `./src/${folder}/*/**`, message));
  return zones;
}

/**
 * The engine's stages, in the order a run goes through them (docs/ARCHITECTURE.md): a folder's
 * source imports only the folders before it, never a later one or the run at the root. One
 * exception, by type only: rules/ reads the result types of score/scoreTypes.ts in its workings
 * formulas.
 */
const STAGES = ['base', 'findings', 'read', 'rules', 'score', 'report', 'write', 'review'];
function stageZones() {
  return STAGES.map((stage, i) => {
    const earlier = STAGES.slice(0, i);
    const later = STAGES.slice(i + 1).map((s) => `./src/engine/${s}/**`);
    return {
      ...zone(
        `./src/engine/${stage}/**/!(*.test).ts`,
        [...later, './src/engine/*.ts'],
        `src/engine/${stage}/ may import ${earlier.length ? earlier.map((s) => `${s}/`).join(', ') : 'no other folder of the engine'} (docs/ARCHITECTURE.md).`,
      ),
      ...(stage === 'rules' ? { except: ['**/src/engine/score/scoreTypes.ts'] } : {}),
    };
  });
}

export default tseslint.config(
  {
    ignores: [
      'build/**',
      'dist/**',
      'dist-*/**',
      'node_modules/**',
      'coverage/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      // Without these two, import-x cannot parse a .ts dependency and no-cycle silently finds nothing.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.json' }),
        createNodeResolver(),
      ],
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-duplicates': 'error',
      // The layers. Paths are resolved files, so `../x` from a subfolder of the engine is still the
      // engine, and `../engine/check` from the pane is caught as reaching past the engine's index.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone(
              './src/engine/**/!(*.test).ts',
              ['./src/!(engine)/**', './test/**', './scripts/**', './bench/**'],
              'src/engine imports nothing outside itself but big.js.',
            ),
            zone(
              './src/taskpane',
              ['./src/excel', './src/xlsx', './src/browser', './src/wps'],
              'The pane gets a WorkbookPort; it never imports a host adapter.',
            ),
            // Outside a folder that has an index.ts, only that index (src/xlsx also has node.ts, its
            // Node entry; an engine area such as src/engine/review has its own index).
            ...['engine', 'xlsx', 'docx', 'excel', 'browser'].flatMap((f) => entryZones(f)),
            ...stageZones(),
          ],
        },
      ],
      // `onClick={() => setOpen(false)}` and `it('…', () => expect(…))` are the idiom; the rule still
      // catches a void value returned or assigned anywhere else.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Ports implement an async interface with synchronous bodies: `async` turns a throw into the
      // rejection callers await, which `Promise.resolve` wrapping would not.
      '@typescript-eslint/require-await': 'off',
      // noUncheckedIndexedAccess makes every in-bounds `grid[r][c]` possibly undefined; after a bounds
      // check `!` is the honest statement, where `?? fallback` would hide a real bug behind a default.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Chinese text is set with the ideographic space (U+3000) in strings and templates.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
      // `this: void` marks a static method that is safe to pass as a callback (unbound-method).
      '@typescript-eslint/no-invalid-void-type': ['error', { allowAsThisParameter: true }],
      // Numbers and null are printed on purpose in Chinese messages and file names.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowNullish: true, allowBoolean: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: tests,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Any package or built-in (a specifier not starting with '.') other than big.js.
              regex: '^(?!big\\.js$)[^.]',
              message: 'src/engine imports nothing outside itself but big.js.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...hostGlobals,
        { name: 'window', message: 'The engine has no DOM.' },
        { name: 'document', message: 'The engine has no DOM.' },
      ],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    ignores: tests,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['exceljs'],
              message: 'The pane gets a WorkbookPort; it never imports a host.',
            },
            nodeBuiltins,
          ],
        },
      ],
      'no-restricted-globals': ['error', ...hostGlobals],
    },
  },
  {
    files: [
      'src/port/**/*.ts',
      'src/docx/**/*.ts',
      'src/browser/**/*.{ts,tsx}',
      'src/xlsx/**/*.ts',
      'src/wps/**/*.ts',
    ],
    // src/xlsx/node.ts is the Node entry of src/xlsx; workbookFile.ts, behind it, opens and saves files.
    ignores: ['src/xlsx/node.ts', 'src/xlsx/workbookFile.ts', ...tests],
    rules: {
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins] }],
      'no-restricted-globals': ['error', ...hostGlobals],
    },
  },
  {
    files: ['src/boot/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins] }],
      'no-restricted-globals': ['error', hostGlobals[0]],
    },
  },
  {
    // A file a newcomer can read: no source file in src/ or scripts/ over 500 lines (issue 20). The
    // catalogue is generated from profiles/*.json and read by nobody.
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'bench/**/*.ts'],
    ignores: ['src/engine/rules/catalogue.ts'],
    rules: { 'max-lines': ['error', { max: 500 }] },
  },
  {
    // A fake of the Office host, which accepts and stringifies anything, rejects with what it is
    // given and hands back whatever was loaded: its loose types are the host's, on purpose.
    files: ['test/excel/fakeExcel.ts'],
    rules: {
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
    },
  },
  {
    files: [...tests, 'test/**/*.ts'],
    rules: {
      // Jest's asymmetric matchers (expect.stringMatching, expect.any) are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
);
