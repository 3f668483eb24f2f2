/** scoreRun: the profile order every door relies on, and the patch it builds. */
import { EXAMPLE, snapshotOfFile } from '../../test/helpers/workbooks';
import { HUBEI_LEGACY, MOF2020, MOF2021, PROFILES, YITIHUA_STRICT } from './rules/profiles';
import { encodeRecord } from './read/record';
import { RECORD_SHEET } from './base/sheetNames';
import { resolveProfile, scoreRun } from './run';
import { buildRunPatch } from './write/runPatch';
import type { WorkbookSnapshot } from './base/snapshot';

const NOW = '2023-03-01T00:00:00.000Z';

function withSavedProfile(snapshot: WorkbookSnapshot, profile: string | null): WorkbookSnapshot {
  return {
    ...snapshot,
    record: { profile, writtenAt: NOW, values: {} },
  };
}

describe('scoreRun', () => {
  it('uses mof2020 when nothing is given and the workbook has no record', async () => {
    const snapshot = await snapshotOfFile(EXAMPLE);
    const run = scoreRun({ ...snapshot, record: null }, { now: NOW });
    expect([run.profile.id, run.profileSource]).toEqual(['mof2020', 'default']);
    expect(run.result.forms[0]?.total).toBe(99.62);
  });

  it('re-scores with the profile saved in the workbook, and a given profile wins over it', async () => {
    const saved = withSavedProfile(await snapshotOfFile(EXAMPLE), 'mof2021');
    expect(resolveProfile(saved)).toEqual({ profile: MOF2021, source: 'record' });
    const fromRecord = scoreRun(saved, { now: NOW });
    expect([fromRecord.profile.id, fromRecord.result.profile.id]).toEqual(['mof2021', 'mof2021']);
    const given = scoreRun(saved, { profile: MOF2020, now: NOW });
    expect([given.profile.id, given.profileSource]).toEqual(['mof2020', 'given']);
  });

  it('every catalogue id saved in a record resolves through the catalogue (SCORING.md §10)', async () => {
    const snapshot = await snapshotOfFile(EXAMPLE);
    for (const id of Object.keys(PROFILES)) {
      expect(resolveProfile(withSavedProfile(snapshot, id))).toEqual({
        profile: PROFILES[id],
        source: 'record',
      });
    }
    expect(resolveProfile(withSavedProfile(snapshot, 'hubei-legacy')).profile).toBe(HUBEI_LEGACY);
    expect(scoreRun(withSavedProfile(snapshot, 'yitihua-strict'), { now: NOW }).profile).toBe(
      YITIHUA_STRICT,
    );
  });

  it('ignores a saved profile id it does not know (a profile file of another machine)', async () => {
    const saved = withSavedProfile(await snapshotOfFile(EXAMPLE), 'hunan-local');
    expect(scoreRun(saved, { now: NOW }).profileSource).toBe('default');
  });

  it('decodes the record sheet itself when the host did not', async () => {
    const snapshot = await snapshotOfFile(EXAMPLE);
    const recordSheet = {
      name: RECORD_SHEET,
      cells: encodeRecord({ profile: 'mof2021', writtenAt: NOW, values: {} }),
      merges: [],
      hidden: true,
    };
    const undecoded = { sheets: [...snapshot.sheets, recordSheet], record: null };
    expect(scoreRun(undecoded, { now: NOW }).profile.id).toBe('mof2021');
  });

  it('builds the same patch as buildRunPatch, once', async () => {
    const snapshot = await snapshotOfFile(EXAMPLE);
    const run = scoreRun(snapshot, { now: NOW });
    const patch = run.patch;
    expect(run.patch).toBe(patch);
    expect(patch).toEqual(buildRunPatch(run.result, snapshot, { now: NOW }));
  });
});
