/**
 * Scoring profiles as data (SCORING.md §7, §10): the catalogue of profiles/*.json, compiled by
 * `npm run profiles` into catalogue.ts (the engine reads no files and imports no validator). `mof2020`
 * is the default. A user's profile file is loaded by src/profiles (the same loader and schema).
 */
import { CATALOGUE } from './catalogue';
import type { Profile } from './profileTypes';

export type {
  Band,
  BudgetMode,
  DeviationPenalty,
  ExecutionCap,
  NominalSplit,
  Profile,
  QuantityMode,
  SpendingGap,
  Step,
} from './profileTypes';

/** The catalogue by id (ids are stable API: a workbook's record names one). */
export const PROFILES: Readonly<Record<string, Profile>> = CATALOGUE;

function builtIn(id: string): Profile {
  const p = CATALOGUE[id];
  if (!p) throw new Error(`catalogue.ts lacks profile ${id}: run npm run profiles`);
  return p;
}

/** 财预〔2020〕10号: proportional scoring of every quantity and of budget execution. */
export const MOF2020: Profile = builtIn('mof2020');
/** 财预〔2021〕101号: stepped budget execution, a 60% floor for quantities, stepped satisfaction. */
export const MOF2021: Profile = builtIn('mof2021');
/** Hubei's form used until 2020: budget worth 20 points, bands floored at 50%, no nominal split. */
export const HUBEI_LEGACY: Profile = builtIn('hubei-legacy');
/** 一体化 strict: deviation penalty, total caps by execution, performance-outruns-spending check. */
export const YITIHUA_STRICT: Profile = builtIn('yitihua-strict');
