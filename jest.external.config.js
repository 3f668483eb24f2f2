/**
 * Jest for the suites that need external programs (npm run test:all): LibreOffice recalculation
 * and the Word report's PDF. Each suite requires its programs in beforeAll and fails without them.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/external'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFilesAfterEnv: ['<rootDir>/test/setup/noConsole.ts'],
  testTimeout: 600_000,
};
