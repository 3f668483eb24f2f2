/**
 * Any console output in a test fails it: the product reports problems as findings and messages,
 * never by logging, and a stray log usually hides a swallowed error.
 */
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
let calls: string[] = [];

beforeEach(() => {
  calls = [];
  for (const m of methods) {
    jest.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${m}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  jest.restoreAllMocks();
  if (calls.length > 0) throw new Error(`Test wrote to the console:\n${calls.join('\n')}`);
});
