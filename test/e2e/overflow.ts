/**
 * What passes the right edge of the page: the elements under `root` whose box ends right of the
 * viewport, except those inside `scrollBox` (a box that scrolls sideways by design). For the e2e
 * tests at a task pane's 350 px.
 */
import type { Page } from 'playwright-core';

/** Tag, test id or class and right edge of each element that passes the viewport's right edge. */
export async function overflowingElements(
  page: Page,
  root: string,
  scrollBox: string,
): Promise<string[]> {
  return page.evaluate(
    ([rootSel, boxSel]) => {
      const width = document.documentElement.clientWidth;
      const top = document.querySelector(rootSel);
      const box = document.querySelector(boxSel);
      if (!top) return [`no ${rootSel}`];
      const out: string[] = [];
      for (const el of Array.from(top.querySelectorAll('*'))) {
        if (box && box !== el && box.contains(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || r.right <= width + 0.5) continue;
        const name = el.getAttribute('data-testid') ?? el.getAttribute('class') ?? '';
        out.push(`${el.tagName.toLowerCase()} ${name.slice(0, 40)} right=${Math.round(r.right)}`);
      }
      return out;
    },
    [root, scrollBox] as const,
  );
}
