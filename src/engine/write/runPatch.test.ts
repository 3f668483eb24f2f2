/** The sheets a scoring run writes are exactly the ones isOwnedSheetName names. */
import { EXAMPLE, snapshotOfFile } from '../../../test/helpers/workbooks';
import { buildRunPatch } from './runPatch';
import { isOwnedSheetName } from '../base/sheetNames';
import { scoreWorkbook } from '../score/scoreWorkbook';

describe('isOwnedSheetName', () => {
  it("names every sheet the run writes, and none of the form's sheets", async () => {
    const snapshot = await snapshotOfFile(EXAMPLE);
    const patch = buildRunPatch(scoreWorkbook(snapshot), snapshot, {
      now: '2023-03-01T00:00:00.000Z',
    });
    expect(patch.sheets.length).toBeGreaterThanOrEqual(4);
    for (const sw of patch.sheets)
      expect([sw.name, isOwnedSheetName(sw.name)]).toEqual([sw.name, true]);
    for (const sh of snapshot.sheets)
      expect([sh.name, isOwnedSheetName(sh.name)]).toEqual([sh.name, false]);
    expect(isOwnedSheetName('自评报告(2)')).toBe(true);
  });
});
