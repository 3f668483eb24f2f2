/**
 * Big replies leave the worker in parts. A structured clone is read on the page's main thread in
 * one go: the snapshot and the results of a 100,000-row form are about 100 MB each and took 1.5 s
 * to arrive, a frozen tab. Their long arrays (a sheet's rows, a form's indicators, the lists of
 * differences and typed cells) are cut into parts of PART_ROWS, each posted as its own message and
 * so read in its own task, with frames between; the final reply carries the rest, the arrays empty,
 * and the page puts them back together before anyone sees the reply.
 */

/** Rows per part: a part of the widest sheet (评分计算) or of indicators reads in about 50 ms. */
export const PART_ROWS = 4000;

/** A key of an object or an index of an array, from the reply down to one array. */
export type PathStep = string | number;

/** One cut of an array of a reply. */
export interface ReplyPart {
  readonly path: readonly PathStep[];
  readonly rows: readonly unknown[];
}

/** Where replies keep their long arrays ('*': every element of an array). */
const LONG_ARRAYS: readonly (readonly string[])[] = [
  ['snapshot', 'sheets', '*', 'cells'],
  ['decided', 'snapshot', 'sheets', '*', 'cells'],
  ...['overview', 'run', 'decided'].flatMap((at) => [
    [at, 'result', 'forms', '*', 'indicators'],
    [at, 'result', 'forms', '*', 'model', 'indicators'],
  ]),
  ['run', 'differences'],
  ['run', 'overwrites'],
  ['decided', 'differences'],
];

type Obj = Record<PathStep, unknown>;

function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null;
}

/** The concrete paths of a pattern in a value, with the arrays they lead to. */
function expand(value: unknown, pattern: readonly string[], at: PathStep[] = []): ReplyPart[] {
  if (pattern.length === 0) return Array.isArray(value) ? [{ path: at, rows: value }] : [];
  if (!isObj(value)) return [];
  const [head, ...rest] = pattern as [string, ...string[]];
  if (head === '*')
    return Array.isArray(value)
      ? value.flatMap((v: unknown, i) => expand(v, rest, [...at, i]))
      : [];
  return head in value ? expand(value[head], rest, [...at, head]) : [];
}

/** `value` with the thing at `path` replaced, copying only the objects on the way. */
function setIn(value: unknown, path: readonly PathStep[], to: unknown): unknown {
  if (path.length === 0) return to;
  const [head, ...rest] = path as [PathStep, ...PathStep[]];
  if (Array.isArray(value)) {
    const copy: unknown[] = [...(value as unknown[])];
    copy[head as number] = setIn(copy[head as number], rest, to);
    return copy;
  }
  const obj = value as Obj;
  return { ...obj, [head]: setIn(obj[head], rest, to) };
}

/** The parts to post before a reply, and the reply to post after them (its long arrays empty). */
export function splitReply<R>(reply: R): { parts: ReplyPart[]; rest: R } {
  const parts: ReplyPart[] = [];
  let rest: unknown = reply;
  for (const pattern of LONG_ARRAYS) {
    for (const { path, rows } of expand(reply, pattern)) {
      if (rows.length <= PART_ROWS) continue;
      for (let k = 0; k < rows.length; k += PART_ROWS)
        parts.push({ path, rows: rows.slice(k, k + PART_ROWS) });
      rest = setIn(rest, path, []);
    }
  }
  return { parts, rest: rest as R };
}

/** The reply with its parts put back, in the order they came. */
export function joinParts<R>(rest: R, parts: readonly ReplyPart[]): R {
  const byPath = new Map<string, { path: readonly PathStep[]; rows: unknown[] }>();
  for (const p of parts) {
    const key = JSON.stringify(p.path);
    const got = byPath.get(key);
    if (got) for (const r of p.rows) got.rows.push(r);
    else byPath.set(key, { path: p.path, rows: [...p.rows] });
  }
  let out: unknown = rest;
  for (const { path, rows } of byPath.values()) out = setIn(out, path, rows);
  return out as R;
}
