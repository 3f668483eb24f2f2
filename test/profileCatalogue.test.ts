/**
 * The catalogue's one source is profiles/*.json; src/engine/rules/catalogue.ts and docs/profile.schema.json
 * are generated from it and from src/profiles/schema.ts by `npm run profiles`. These tests fail when
 * either generated file is stale, so the engine, the published schema and the files cannot drift.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { PROFILES } from '../src/engine';
import { profileFromText } from '../src/profiles/load';
import { profileJsonSchema } from '../src/profiles/schema';
import { loadCatalogue } from '../scripts/buildProfiles';
import { ROOT } from './helpers/workbooks';

describe('profile catalogue', () => {
  it('src/engine/rules/catalogue.ts is profiles/*.json through the loader (npm run profiles)', async () => {
    expect(await loadCatalogue(ROOT)).toEqual(PROFILES);
    expect(Object.keys(PROFILES)).toEqual(['mof2020', 'mof2021', 'hubei-legacy', 'yitihua-strict']);
  });

  it('docs/profile.schema.json is the schema of src/profiles/schema.ts', async () => {
    const published = JSON.parse(
      await fs.readFile(path.join(ROOT, 'docs/profile.schema.json'), 'utf8'),
    );
    expect(published).toEqual(profileJsonSchema());
    expect(published).toMatchObject({
      additionalProperties: false,
      required: ['id', 'name', 'source'],
    });
  });

  it('the worked example of docs/RULES.md loads as documented', async () => {
    const text = await fs.readFile(path.join(ROOT, 'docs/examples/province-profile.json'), 'utf8');
    const p = profileFromText(text, PROFILES);
    expect(p.id).toBe('anhui-county-2023');
    expect(p.defaultBudgetWeight).toBe(15);
    expect(p.executionCaps).toEqual([{ below: 0.6, cap: 69 }]);
    expect(p.grades.map((g) => g.grade)).toEqual(['优秀', '良好', '合格']);
  });
});
