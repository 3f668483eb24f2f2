/** Names of the sheets selfeval owns and the numbered series written beside a person's sheet. */

/** True for `base` and its numbered series `base(2)`, `base(3)`… */
export function isInSeries(name: string, base: string): boolean {
  if (name === base) return true;
  const m = /^(.*)\((\d+)\)$/.exec(name);
  return m !== null && m[1] !== undefined && base.startsWith(m[1]) && Number(m[2]) >= 2;
}
