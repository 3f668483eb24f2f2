/**
 * Browser mode: the same task pane outside Office, over an .xlsx file the user opens (file picker
 * or drag-and-drop) or the bundled example, with a read-only preview of its sheets beside it.
 * This module and exceljs load only in this mode; the Excel path never imports them.
 */
import {
  Body1,
  Button,
  Caption1,
  Link,
  Spinner,
  Subtitle1,
  Tab,
  TabList,
  Title2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowUploadRegular,
  CalculatorRegular,
  DismissRegular,
  DocumentTableRegular,
  FolderOpenRegular,
} from '@fluentui/react-icons';
import { type DragEvent, useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import type { WorkbookSnapshot } from '../engine';
import { PortError } from '../port/workbookPort';
import { ProblemBar } from '../taskpane/ProblemBar';
import { TaskPane, type TaskPaneProps } from '../taskpane/TaskPane';
import { useMessages } from '../taskpane/messagesContext';
import type { PaneProblem } from '../taskpane/usePaneState';
import { SheetTable } from './SheetTable';
import { BatchReview } from './review/BatchReview';
import { type FilePort, type FilePortEvents, openFilePort } from './filePort';
import { firstFormOf } from './firstForm';
import type { OpenProgress } from './fileWorkerProtocol';
import { loadChunk } from '../port/lazyChunk';

/** Thrown when the user cancelled opening (the worker port's own class lives in a lazy chunk). */
function isCancelled(err: unknown): boolean {
  return err instanceof Error && err.name === 'OpenCancelled';
}

/**
 * Opens the bytes in a Web Worker where the browser has them (parsing a big form then never freezes
 * the tab, and can be cancelled); on the main thread otherwise (jsdom in unit tests).
 */
async function openPort(
  bytes: ArrayBuffer,
  name: string,
  events: FilePortEvents,
  onProgress: (p: OpenProgress) => void,
  signal: AbortSignal,
): Promise<FilePort> {
  if (typeof Worker === 'undefined') return openFilePort(bytes, name, events);
  const mod = await loadChunk(
    () => import(/* webpackChunkName: "fileworker" */ './fileWorkerSpawn'),
  );
  return mod.openFileWorkerPort(bytes, name, events, { onProgress, signal });
}

/** Path of the example workbook, copied into dist by webpack. */
export const EXAMPLE_URL = 'examples/民政局2022部门整体支出绩效自评表.xlsx';

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    position: 'relative',
  },
  dropActive: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-6px' },
  welcome: {
    maxWidth: '560px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  brand: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  brandIcon: {
    width: '48px',
    height: '48px',
    flexShrink: 0,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: '30px',
  },
  brandText: { display: 'flex', flexDirection: 'column' },
  muted: { color: tokens.colorNeutralForeground3 },
  dropZone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalXL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: 'center',
  },
  hiddenInput: { display: 'none' },
  workspace: {
    display: 'grid',
    gridTemplateColumns: 'minmax(320px, 400px) minmax(0, 1fr)',
    height: '100vh',
    '@media (max-width: 760px)': { gridTemplateColumns: 'minmax(0, 1fr)', height: 'auto' },
  },
  paneColumn: {
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: '0',
  },
  previewColumn: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    minWidth: '0',
    minHeight: '0',
    // Stacked under the pane, the preview keeps a screen-sized box and scrolls inside it.
    '@media (max-width: 760px)': { height: '80vh' },
  },
  previewBar: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  previewTitle: { flexGrow: 1 },
  // Many sheets make a long tab strip: it scrolls inside the preview instead of widening the page.
  tabs: { overflowX: 'auto', minWidth: '0', flexShrink: 0 },
  loading: { padding: tokens.spacingVerticalXXL },
});

/** The file the page has open, and what the table view shows. */
interface Opened {
  /** Counts files opened, so each new file gets a fresh pane. */
  readonly id: number;
  readonly port: FilePort;
  readonly snapshot: WorkbookSnapshot;
  /** The sheet the preview shows until the user picks a tab: found once, on open. */
  readonly firstForm: string | null;
}

/** Props of BrowserApp. */
export interface BrowserAppProps {
  /** Pane services (tests replace the download). */
  readonly services?: TaskPaneProps['services'];
}

/** The browser-mode page. */
export function BrowserApp({ services }: BrowserAppProps): ReactElement {
  const m = useMessages();
  const s = useStyles();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [loading, setLoading] = useState(false);
  const [progress, setProgress] = useState<OpenProgress | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  /** The open file's port, closed when another file replaces it or the page goes. */
  const portRef = useRef<FilePort | null>(null);
  useEffect(() => () => portRef.current?.close?.(), []);
  const [problem, setProblem] = useState<PaneProblem | null>(null);
  const [dragging, setDragging] = useState(false);
  const [view, setView] = useState<{ sheet: string | null; cell: string | null }>({
    sheet: null,
    cell: null,
  });
  const inputRef = useRef<HTMLInputElement>(null);
  const tabsRef = useRef<HTMLDivElement>(null);
  const counter = useRef(0);

  // A finding on a far tab: bring that tab into view in the strip.
  useEffect(() => {
    tabsRef.current
      ?.querySelector<HTMLElement>('[aria-selected="true"]')
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- jsdom has no scrollIntoView
      ?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [view.sheet, opened]);

  const open = useCallback(async (load: () => Promise<{ bytes: ArrayBuffer; name: string }>) => {
    const abort = new AbortController();
    abortRef.current = abort;
    setLoading(true);
    setProgress(null);
    setProblem(null);
    try {
      const { bytes, name } = await load();
      const port = await openPort(
        bytes,
        name,
        {
          onSelect: (sheet, cell) => setView({ sheet, cell }),
          onChange: (snapshot) => setOpened((o) => (o ? { ...o, snapshot } : o)),
        },
        setProgress,
        abort.signal,
      );
      if (abort.signal.aborted) {
        port.close?.();
        return;
      }
      portRef.current?.close?.();
      portRef.current = port;
      counter.current += 1;
      const snapshot = port.snapshot();
      // The worker found it; in this thread (jsdom) it is read here, once.
      const firstForm = port.firstForm ? port.firstForm() : firstFormOf(snapshot);
      setOpened({ id: counter.current, port, snapshot, firstForm });
      setView({ sheet: null, cell: null });
    } catch (err) {
      // Cancelled: back to where the user was, nothing to report.
      if (isCancelled(err) || abort.signal.aborted) return;
      const message = err instanceof Error ? err.message : String(err);
      setProblem({
        kind: 'port',
        reason: err instanceof PortError ? err.reason : 'unreadable',
        message,
        retry: null,
      });
    } finally {
      if (abortRef.current === abort) {
        abortRef.current = null;
        setLoading(false);
        setProgress(null);
      }
    }
  }, []);

  const cancelOpen = useCallback(() => abortRef.current?.abort(), []);
  const loadingLabel =
    progress?.stage === 'sheets'
      ? m.browser.loadingSheets(progress.done + 1, progress.total)
      : progress?.stage === 'read'
        ? m.browser.loadingRead
        : m.browser.loadingFile;
  const cancelButton = (
    <Button size="small" icon={<DismissRegular />} onClick={cancelOpen}>
      {m.browser.cancelOpen}
    </Button>
  );

  const openFile = useCallback(
    (file: File) => {
      if (!/\.xlsx$/i.test(file.name)) {
        setProblem({
          kind: 'port',
          reason: 'unreadable',
          message: m.browser.notXlsx(file.name),
          retry: null,
        });
        return;
      }
      void open(async () => ({ bytes: await file.arrayBuffer(), name: file.name }));
    },
    [open, m],
  );

  const openExample = useCallback(() => {
    void open(async () => {
      const res = await fetch(encodeURI(EXAMPLE_URL));
      if (!res.ok)
        throw new PortError(
          'unreadable',
          m.browser.exampleFailed(`${res.status} ${res.statusText}`),
        );
      return {
        bytes: await res.arrayBuffer(),
        name: decodeURI(EXAMPLE_URL.split('/').pop() ?? 'example.xlsx'),
      };
    });
  }, [open, m]);

  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) openFile(file);
  };
  const dragProps = {
    onDragOver: (e: DragEvent<HTMLDivElement>) => {
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop,
  };

  const picker = (
    <input
      ref={inputRef}
      className={s.hiddenInput}
      type="file"
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      aria-label={m.browser.openFile}
      data-testid="file-input"
      onChange={(e) => {
        const file = e.target.files?.[0];
        if (file) openFile(file);
        e.target.value = '';
      }}
    />
  );
  const problemBar = problem && (
    <ProblemBar
      problem={problem}
      onRetry={() => setProblem(null)}
      onReload={() => setProblem(null)}
      onDismiss={() => setProblem(null)}
    />
  );

  if (!opened) {
    return (
      <div className={mergeClasses(s.page, dragging && s.dropActive)} {...dragProps}>
        <main className={s.welcome}>
          <div className={s.brand}>
            <div className={s.brandIcon} aria-hidden="true">
              <CalculatorRegular />
            </div>
            <div className={s.brandText}>
              <Title2 as="h1">{m.appTitle}</Title2>
              <Body1 className={s.muted}>{m.appSubtitle}</Body1>
            </div>
          </div>
          <Body1>
            {m.browser.intro}{' '}
            {/* help.html ships beside the pane (the manifest's SupportUrl points at it too). */}
            <Link href="help.html" target="_blank" rel="noopener">
              {m.browser.help}
            </Link>
          </Body1>
          {problemBar}
          <section className={s.dropZone} aria-label={m.browser.dropHint}>
            {loading ? (
              <>
                <Spinner label={loadingLabel} aria-live="polite" />
                <div>{cancelButton}</div>
              </>
            ) : (
              <>
                <Button
                  appearance="primary"
                  size="large"
                  icon={<FolderOpenRegular />}
                  onClick={() => inputRef.current?.click()}
                >
                  {m.browser.openFile}
                </Button>
                <Button appearance="subtle" icon={<DocumentTableRegular />} onClick={openExample}>
                  {m.browser.openExample}
                </Button>
                <Caption1 className={s.muted}>
                  <ArrowUploadRegular aria-hidden="true" />{' '}
                  {dragging ? m.browser.dropActive : m.browser.dropHint}
                </Caption1>
              </>
            )}
            {picker}
          </section>
          <BatchReview />
        </main>
      </div>
    );
  }

  const visible = opened.snapshot.sheets.filter((sh) => !sh.hidden);
  const current =
    visible.find((sh) => sh.name === view.sheet) ??
    visible.find((sh) => sh.name === opened.firstForm) ??
    visible[0];
  return (
    <div className={mergeClasses(s.page, dragging && s.dropActive)} {...dragProps}>
      {/* Above both columns, so a narrow pane (stacked layout) still shows it at once. */}
      {problemBar}
      <div className={s.workspace}>
        <div className={s.paneColumn}>
          {/* A new file gets a fresh pane: the key resets its state. */}
          <TaskPane key={opened.id} port={opened.port} services={services} focusOnMount />
        </div>
        <section className={s.previewColumn} aria-label={m.browser.preview}>
          <div className={s.previewBar}>
            <Subtitle1 as="h2" className={s.previewTitle}>
              {m.browser.preview}
            </Subtitle1>
            {loading && <Spinner size="tiny" label={loadingLabel} aria-live="polite" />}
            {loading && cancelButton}
            <Button
              icon={<FolderOpenRegular />}
              disabled={loading}
              onClick={() => inputRef.current?.click()}
            >
              {m.browser.another}
            </Button>
            {picker}
          </div>
          {current && (
            <div className={s.tabs} ref={tabsRef}>
              <TabList
                selectedValue={current.name}
                onTabSelect={(_, d) => setView({ sheet: String(d.value), cell: null })}
                size="small"
                aria-label={m.browser.sheets}
              >
                {visible.map((sh) => (
                  <Tab key={sh.name} value={sh.name}>
                    {sh.name}
                  </Tab>
                ))}
              </TabList>
            </div>
          )}
          {current && (
            <SheetTable
              sheet={current}
              highlight={current.name === view.sheet ? view.cell : null}
              cappedNote={m.browser.previewCapped}
            />
          )}
        </section>
      </div>
    </div>
  );
}
