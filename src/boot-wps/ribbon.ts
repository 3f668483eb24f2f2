/// <reference types="wps-jsapi" />
/**
 * The ribbon callbacks of the WPS 加载项 (ribbon.xml names them `ribbon.OnAddinLoad`,
 * `ribbon.OnAction`, `ribbon.GetImage`): the 绩效自评助手 button shows the task pane, created once
 * with `wps.CreateTaskPane` and found again through its id kept in `wps.PluginStorage` (the pane
 * page and this page share it), so a second click hides or shows the same pane.
 */

/** The button's id in ribbon.xml. */
export const OPEN_PANE = 'selfevalOpenPane';
/** PluginStorage key of the pane's id. */
export const PANE_ID_KEY = 'selfeval_taskpane_id';

/** What of the `wps` global the callbacks use (typed by wps-jsapi, narrowed to what is true). */
export interface WpsShell {
  CreateTaskPane(
    url: string,
    title: string,
  ): { ID: number; Visible: boolean; DockPosition: number };
  GetTaskPane(id: number): { Visible: boolean } | null;
  PluginStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

/** msoCTPDockPositionRight. */
const DOCK_RIGHT = 2;

/** The ribbon callbacks over a WPS shell and the page's own address. */
export function ribbonCallbacks(shell: WpsShell, base: string) {
  return {
    OnAddinLoad(): boolean {
      return true;
    },
    OnAction(control: { Id: string }): boolean {
      if (control.Id !== OPEN_PANE) return true;
      const saved = shell.PluginStorage.getItem(PANE_ID_KEY);
      const existing = saved ? shell.GetTaskPane(Number(saved)) : null;
      if (existing) {
        existing.Visible = !existing.Visible;
        return true;
      }
      const pane = shell.CreateTaskPane(new URL('taskpane.html', base).href, '绩效自评助手');
      pane.DockPosition = DOCK_RIGHT;
      pane.Visible = true;
      shell.PluginStorage.setItem(PANE_ID_KEY, String(pane.ID));
      return true;
    },
    GetImage(): string {
      return 'assets/icon-32.png';
    },
  };
}

const g = globalThis as unknown as { wps?: WpsShell; ribbon?: unknown; location?: Location };
if (g.wps && g.location) g.ribbon = ribbonCallbacks(g.wps, g.location.href);
