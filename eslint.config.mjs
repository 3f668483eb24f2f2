// ESLint flat config: type-aware rules, and the layers of docs/ARCHITECTURE.md enforced as import rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

const nodeBuiltins = {
  group: [
    'node:*',
    'fs',
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
  { name: 'Office', message: 'Only src/excel and the boot code name the Office host.' },
];

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
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-duplicates': 'error',
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
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', '!../engine', '!../engine/*'],
              message: 'src/engine imports nothing outside itself but big.js.',
            },
            {
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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/excel',
                '**/excel/*',
                '**/xlsx',
                '**/xlsx/*',
                '**/browser',
                '**/browser/*',
                '**/wps',
                '**/wps/*',
                'exceljs',
              ],
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
    ],
    ignores: ['src/xlsx/node.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins] }],
      'no-restricted-globals': ['error', ...hostGlobals],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**/*.ts'],
    rules: {
      // Tests assert on shapes they just built; the non-null assertion is the clearest way to say so.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
