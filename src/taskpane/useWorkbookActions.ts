/**
 * What the pane does with the workbook besides scoring it: go to a cell, export the Word report,
 * download the scored .xlsx (browser mode). Separate from the runs because none of them goes
 * through the scorer or changes the phase: a failure is only reported, with its retry.
 */
import { useCallback } from 'react';
import { type PaneActionContext, type PaneActions, problemOf } from './paneState';

/** The workbook's label without its .xlsx extension, to name the files saved from it. */
function baseName(label: string): string {
  return label.replace(/\.xlsx$/i, '');
}

/** The actions on the workbook that are not runs: select, export Word, download the .xlsx. */
export function useWorkbookActions(
  ctx: PaneActionContext,
): Pick<PaneActions, 'select' | 'exportWord' | 'downloadXlsx'> {
  const { port, services, patch, stateRef } = ctx;

  const select = useCallback(
    async (sheet: string, cell: string | null) => {
      try {
        await port.select(sheet, cell);
      } catch (err) {
        // A failed navigation keeps the results on screen; it is reported, with nothing to retry.
        patch({ problem: problemOf(err, null) });
      }
    },
    [port, patch],
  );

  const exportWord = useCallback(async () => {
    const outcome = stateRef.current.outcome;
    if (!outcome) return;
    patch({ exporting: true, problem: null });
    try {
      const render = await services.loadReportRenderer();
      // The snapshot's 报告素材 sheet fills the report's 待补充 parts, as in the report sheet.
      const bytes = await render(outcome.result, { snapshot: outcome.snapshot });
      const unit = outcome.result.forms[0]?.model.unit;
      services.save(bytes, `${unit ?? baseName(port.label)}绩效自评报告.docx`, 'docx');
      patch({ exporting: false });
    } catch (err) {
      patch({ exporting: false, problem: problemOf(err, 'word') });
    }
  }, [port, services, patch]);

  const downloadXlsx = useCallback(async () => {
    if (!port.exportXlsx) return;
    try {
      const bytes = await port.exportXlsx();
      services.save(bytes, `${baseName(port.label)}（已评分）.xlsx`, 'xlsx');
    } catch (err) {
      patch({ problem: problemOf(err, 'xlsx') });
    }
  }, [port, services, patch]);

  return { select, exportWord, downloadXlsx };
}
