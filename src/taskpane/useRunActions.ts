/**
 * The pane's runs, all through the scorer: reading the workbook on open, 一键评分 and 仅核查 (with
 * the confirmation before typed cells are replaced, and 取消), and writing a person's judgement
 * decision. Separate from the hook that assembles the pane's actions because this is the state
 * machine proper: every phase change of a run, and every failure turned into a problem, is here.
 */
import { useCallback, useRef } from 'react';
import { type Decision, type ScoreResult, formKey, totalCellOf } from '../engine';
import { type ScoreStage, isScoreCancelled } from '../port/scorer';
import {
  type PaneActionContext,
  type PaneActions,
  type PendingWrite,
  type RuleChanges,
  type RunMode,
  STEP_OF,
  problemOf,
} from './paneState';

/** The indicators whose score differs between two results, matched by form (sheet and first row) and row. */
function compareResults(before: ScoreResult, after: ScoreResult): RuleChanges['changes'] {
  const out: RuleChanges['changes'][number][] = [];
  for (const form of after.forms) {
    const old = before.forms.find((f) => formKey(f) === formKey(form));
    if (!old) continue;
    const sheet = form.model.sheet;
    if (form.budget && old.budget && Math.abs(form.budget.score - old.budget.score) > 1e-9)
      out.push({
        sheet,
        cell: form.budget.cell,
        name: '预算执行率',
        before: old.budget.score,
        after: form.budget.score,
      });
    for (const ind of form.indicators) {
      const o = old.indicators.find((i) => i.sheet === ind.sheet && i.row === ind.row);
      if (o && Math.abs(o.score - ind.score) > 1e-9)
        out.push({
          sheet: ind.sheet,
          cell: ind.cell,
          name: ind.name,
          before: o.score,
          after: ind.score,
        });
    }
    if (Math.abs(form.total - old.total) > 1e-9)
      out.push({
        sheet: totalCellOf(form)?.sheet ?? sheet,
        cell: form.model.totalCell?.address ?? null,
        name: '总分',
        before: old.total,
        after: form.total,
      });
  }
  return out;
}

/** The actions that run the scorer: open, score, check, write, confirm, cancel and decide. */
export function useRunActions(
  ctx: PaneActionContext,
): Pick<
  PaneActions,
  'reload' | 'score' | 'check' | 'confirmWrite' | 'cancelWrite' | 'cancelRun' | 'decide'
> {
  const { scorer, choice, services, patch, stateRef } = ctx;
  /** The running 一键评分 or 仅核查, stopped by cancelRun. */
  const runAbort = useRef<AbortController | null>(null);
  const onStage = useCallback(
    (stage: ScoreStage, mode: RunMode) =>
      patch({
        step: stage === 'read' ? 'reading' : stage === 'write' ? 'writing' : STEP_OF[mode],
        ...(stage === 'write' ? { cancellable: false } : {}),
      }),
    [patch],
  );

  const reload = useCallback(async () => {
    patch({ phase: 'loading', problem: null, outcome: null, step: 'reading' });
    try {
      const {
        result: overview,
        profileId,
        fromRecord,
      } = await scorer.overview(choice(), services.now());
      patch({
        phase: 'ready',
        step: null,
        profileId,
        profileFromRecord: fromRecord,
        overview,
        problem: overview.forms.length === 0 ? { kind: 'noForm' } : null,
      });
    } catch (err) {
      patch({ phase: 'ready', step: null, problem: problemOf(err, 'load') });
    }
  }, [scorer, choice, patch]);

  /** The comparison with the results under the previous rule, once re-scored under the new one. */
  const ruleChangesOf = useCallback((result: ScoreResult): RuleChanges | null => {
    const rc = stateRef.current.ruleChange;
    if (!rc) return null;
    return { from: rc.from, to: rc.to, changes: compareResults(rc.before, result) };
  }, []);

  /** Writes a scoring run (after any confirmation); failures become a problem to retry. */
  const write = useCallback(
    async (p: PendingWrite) => {
      patch({
        phase: 'running',
        step: 'writing',
        runMode: 'score',
        cancellable: false,
        pending: null,
      });
      const result = p.run.result;
      const written = await scorer.write(p.run, { onStage: (st) => onStage(st, 'score') });
      patch({
        phase: 'done',
        step: null,
        overview: result,
        outcome: {
          mode: 'score',
          result,
          snapshot: p.snapshot,
          differences: null,
          cellsWritten: written.cellsWritten,
          notes: written.notes,
          overwritten: p.overwrites,
          ruleChanges: ruleChangesOf(result),
          decided: null,
          fillIns: written.fillIns,
        },
        ruleChange: null,
      });
    },
    [scorer, patch, onStage, ruleChangesOf],
  );

  const run = useCallback(
    async (mode: RunMode) => {
      const abort = new AbortController();
      runAbort.current = abort;
      patch({
        phase: 'running',
        step: 'reading',
        runMode: mode,
        cancellable: scorer.cancellable,
        problem: null,
      });
      try {
        const prepared = await scorer.prepare(mode, choice(), services.now(), {
          onStage: (st) => onStage(st, mode),
          signal: abort.signal,
        });
        const { result, snapshot } = prepared;
        if (result.forms.length === 0) {
          patch({
            phase: 'ready',
            step: null,
            overview: result,
            outcome: null,
            problem: { kind: 'noForm' },
          });
          return;
        }
        if (mode === 'check') {
          patch({
            phase: 'done',
            step: null,
            overview: result,
            outcome: {
              mode,
              result,
              snapshot,
              differences: prepared.differences ?? [],
              cellsWritten: 0,
              notes: [],
              overwritten: [],
              ruleChanges: ruleChangesOf(result),
              decided: null,
              fillIns: 0,
            },
            ruleChange: null,
          });
          return;
        }
        // A person's typed values are never replaced without their say (SCORING.md §4).
        const typed = prepared.overwrites;
        if (typed.length > 0) {
          patch({
            phase: 'confirm',
            step: null,
            overview: result,
            pending: { run: prepared, snapshot, overwrites: typed },
          });
          return;
        }
        await write({ run: prepared, snapshot, overwrites: [] });
      } catch (err) {
        patch({
          phase: stateRef.current.outcome ? 'done' : 'ready',
          step: null,
          // Cancelled: back where the person was, nothing written, nothing to report.
          problem: isScoreCancelled(err) ? null : problemOf(err, mode),
        });
      } finally {
        if (runAbort.current === abort) runAbort.current = null;
        patch({ runMode: null, cancellable: false });
      }
    },
    [scorer, choice, services, patch, onStage, write, ruleChangesOf],
  );

  const cancelRun = useCallback(() => runAbort.current?.abort(), []);

  const confirmWrite = useCallback(async () => {
    const p = stateRef.current.pending;
    if (!p) return;
    try {
      await write(p);
    } catch (err) {
      patch({
        phase: stateRef.current.outcome ? 'done' : 'ready',
        step: null,
        problem: problemOf(err, 'score'),
      });
    }
  }, [write, patch]);

  const cancelWrite = useCallback(() => {
    patch({ pending: null, phase: stateRef.current.outcome ? 'done' : 'ready' });
  }, [patch]);

  // A decision writes a small patch (the score, the total, 评分记录, the record), then the workbook
  // is read and scored again so that every figure on screen is the workbook's own.
  const decide = useCallback(
    async (decision: Decision): Promise<boolean> => {
      const outcome = stateRef.current.outcome;
      if (!outcome) return false;
      const ind = outcome.result.forms
        .flatMap((f) => f.indicators)
        .find((i) => i.sheet === decision.sheet && i.cell === decision.cell);
      patch({ deciding: true, problem: null });
      try {
        const { result, snapshot, was, differences } = await scorer.decide(
          decision,
          choice(),
          () => services.now(),
          outcome.mode === 'check',
        );
        const old = was ?? ind?.previous ?? null;
        patch({
          deciding: false,
          overview: result,
          outcome: {
            ...outcome,
            result,
            snapshot,
            differences,
            decided: {
              sheet: decision.sheet,
              cell: decision.cell,
              name: ind?.name ?? decision.cell,
              band: decision.band,
              score: decision.score,
              old: typeof old === 'number' || typeof old === 'string' ? old : null,
            },
          },
        });
        return true;
      } catch (err) {
        patch({ deciding: false, problem: problemOf(err, null) });
        return false;
      }
    },
    [scorer, choice, services, patch],
  );

  const score = useCallback(() => run('score'), [run]);
  const check = useCallback(() => run('check'), [run]);

  return { reload, score, check, confirmWrite, cancelWrite, cancelRun, decide };
}
