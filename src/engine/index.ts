/**
 * The selfeval engine: pure, synchronous, no host. A host reads a WorkbookSnapshot, calls scoreRun
 * (run.ts), and applies the Patch it returns. The folders are the stages, in the order a run goes
 * through them (docs/ARCHITECTURE.md): base → findings → read → rules → score → report → write,
 * with review/ (many workbooks) on top. Everyone outside the engine imports it through this file
 * (or an area's own index, such as review/).
 */
export * from './base';
export * from './findings';
export * from './read';
export * from './rules';
export * from './score';
export * from './report';
export * from './write';
export * from './review';
export { scoreRun, resolveProfile, type Run, type RunOptions, type ProfileSource } from './run';
