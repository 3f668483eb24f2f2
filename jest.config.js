/**
 * Jest of `npm test`: TypeScript through ts-jest (type-checking is done once by `npm run typecheck`).
 * Needs nothing but Node: the suites that need LibreOffice, poppler or Chromium (test/external,
 * test/e2e) run in `npm run test:all`, and the closing line of every run names them.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFilesAfterEnv: ['<rootDir>/test/setup/noConsole.ts'],
  // The pane's component tests render Fluent UI in jsdom: seconds each on a busy 2-core machine.
  testTimeout: 30_000,
  testPathIgnorePatterns: ['/node_modules/', '/build/', '/dist/', '/test/e2e/', '/test/external/'],
  reporters: ['default', '<rootDir>/test/setup/leftToTestAll.js'],
};
