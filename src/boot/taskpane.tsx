/// <reference types="office-js" />
/**
 * Composition root of the task pane: waits for Office, then renders the pane over the Excel port
 * (inside Excel) or the browser-mode page over an .xlsx file (anywhere else). The Excel adapter and
 * browser mode are lazy chunks, so each path loads only its own code; the pane itself is in the
 * first load because both paths need it.
 */
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  webLightTheme,
} from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { TaskPane } from '../taskpane/TaskPane';
import { type Locale, localeFromLanguage, messagesFor } from '../taskpane/i18n';
import { MessagesContext, useMessages } from '../taskpane/messagesContext';
import { loadChunk } from '../port/lazyChunk';

/** What Office told us about where the page runs. */
interface HostInfo {
  readonly host: string | null;
  readonly language: string | null;
}

async function officeReady(): Promise<HostInfo> {
  // office.js may be missing when its script failed to load (offline, blocked CDN): run as a page.
  if (typeof Office === 'undefined') return { host: null, language: null };
  // Outside Office the host is null and `Office.context` has no display language (not in the types).
  const info: { readonly host: Office.HostType | null } = await Office.onReady();
  const context = Office.context as Partial<Office.Context> | undefined;
  const language = info.host ? (context?.displayLanguage ?? null) : null;
  return { host: info.host ? String(info.host) : null, language };
}

/**
 * Office opens the pane with a `_host_Info` query parameter (`Excel$Win32$16.01$zh-CN$…`); a plain
 * browser never does. So a page that has it but no office.js is inside Office with office.js
 * blocked (a closed network that cannot reach the CDN), not in browser mode.
 */
function insideOffice(search: string): boolean {
  return new URLSearchParams(search).has('_host_Info');
}

/** Where the page tried to load office.js from (its own script tag). */
function officeJsSource(): string {
  const script = document.querySelector<HTMLScriptElement>('script[src$="office.js"]');
  return script?.src ?? 'office.js';
}

/** Inside Office, office.js did not load: say so and what the office's IT staff can do, in Chinese first. */
function OfficeJsMissing({ source }: { readonly source: string }): ReactElement {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody style={{ whiteSpace: 'normal', wordBreak: 'break-word' }}>
        <MessageBarTitle>无法加载 Office 脚本库 office.js</MessageBarTitle>
        <p>
          绩效自评助手已在 Excel 中打开，但 Excel 所需的 office.js 未能从 {source}{' '}
          加载，可能是本单位网络无法访问该地址（内网、政务外网常见）。加载项因此不能读写工作簿。
        </p>
        <p>
          请联系本单位信息技术人员：按部署说明（docs/DEPLOY.md）以 SELFEVAL_OFFICE_JS=local
          重新构建，把 office.js
          与加载项一起放在内网服务器上；或放行上述地址。处理后关闭并重新打开本窗格。
        </p>
        <p lang="en">
          office.js could not be loaded from {source} (the network may block it). Ask IT to build
          with SELFEVAL_OFFICE_JS=local (docs/DEPLOY.md) or allow the address, then reopen the pane.
        </p>
      </MessageBarBody>
    </MessageBar>
  );
}

/** The part of office.js's plain-browser logger that opens Microsoft's telemetry frame. */
interface OfficeLogger {
  ulsEndpoint?: { loadProxyFrame?: () => void } | null;
}

/**
 * Outside Office, office.js takes its plain-browser path and, 3 s after load, adds a hidden iframe
 * of telemetryservice.firstpartyapps.oaspapps.com. Browser mode promises to run offline and to send
 * nothing anywhere, so its loader is replaced by a no-op (Office itself never takes this path).
 */
function silenceBrowserTelemetry(): void {
  const w = window as unknown as { Logger?: OfficeLogger; OSF?: { Logger?: OfficeLogger } };
  for (const logger of [w.Logger, w.OSF?.Logger]) {
    if (logger?.ulsEndpoint) logger.ulsEndpoint.loadProxyFrame = () => undefined;
  }
}

/** Excel on Windows or Mac, where what an add-in writes clears the undo history (the pane says so once). */
function desktopExcel(): boolean {
  const platform = String(Office.context.diagnostics.platform);
  return platform === 'PC' || platform === 'Mac';
}

/** Browser mode has no Office language: `?lang=en` chooses English, otherwise the page's own Chinese. */
function pageLanguage(): string | null {
  return new URLSearchParams(window.location.search).get('lang');
}

/** Fluent's light theme with Chinese UI fonts ahead of the generic fallback. */
const theme = {
  ...webLightTheme,
  fontFamilyBase:
    "'Segoe UI', 'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Noto Sans SC', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
};

function Shell({
  locale,
  children,
}: {
  readonly locale: Locale;
  readonly children: ReactNode;
}): ReactElement {
  return (
    <FluentProvider
      theme={theme}
      lang={locale === 'en' ? 'en' : 'zh-CN'}
      style={{ minHeight: '100vh' }}
    >
      <MessagesContext.Provider value={messagesFor(locale)}>{children}</MessagesContext.Provider>
    </FluentProvider>
  );
}

function BootFailure({ error }: { readonly error: unknown }): ReactElement {
  const title = useMessages().bootFailed;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {error instanceof Error ? error.message : String(error)}
      </MessageBarBody>
    </MessageBar>
  );
}

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const root = createRoot(container);
  const early = localeFromLanguage(pageLanguage());
  root.render(
    <Shell locale={early}>
      <Spinner style={{ marginTop: 48 }} label={messagesFor(early).starting} />
    </Shell>,
  );
  if (typeof Office === 'undefined' && insideOffice(window.location.search)) {
    root.render(
      <Shell locale="zh">
        <OfficeJsMissing source={officeJsSource()} />
      </Shell>,
    );
    return;
  }
  const { host, language } = await officeReady();
  const locale = localeFromLanguage(language ?? pageLanguage());
  document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
  document.title = messagesFor(locale).appTitle;
  try {
    // The literal, not Office.HostType: office.js may be absent on this path.
    if (host === 'Excel') {
      const { createExcelPort } = await loadChunk(
        () => import(/* webpackChunkName: "excel" */ '../excel'),
      );
      root.render(
        <Shell locale={locale}>
          <TaskPane port={createExcelPort()} undoClears={desktopExcel()} />
        </Shell>,
      );
    } else {
      silenceBrowserTelemetry();
      const { BrowserApp } = await loadChunk(
        () => import(/* webpackChunkName: "browser" */ '../browser'),
      );
      root.render(
        <Shell locale={locale}>
          <BrowserApp />
        </Shell>,
      );
    }
  } catch (err) {
    // A chunk that fails to load is shown to the user, who can reload; nothing is hidden.
    root.render(
      <Shell locale={locale}>
        <BootFailure error={err} />
      </Shell>,
    );
  }
}

void main().catch((err: unknown) => {
  document.body.textContent = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
});
