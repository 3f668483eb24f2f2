/**
 * rules/ — how a value is scored: one registry entry per method (registry.ts: applies · score ·
 * workings formula), each method's arithmetic in a file of its own with its policy source, the
 * qualitative lexicon as data, and the profiles (profiles.ts, the generated catalogue.ts). Imports
 * base/, findings/, read/ and the result types of score/scoreTypes.ts (which its formulas read).
 */
export * from './profiles';
