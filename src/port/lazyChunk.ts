/**
 * Loading a lazy chunk of the pane (the Excel adapter, browser mode, exceljs, docx). When the
 * download fails (network gone, or the add-in was updated and the old chunk removed), the user gets
 * a Chinese sentence saying what to do, not webpack's "Loading chunk … failed" with a URL.
 */
import { PortError } from './workbookPort';

/** Message for a chunk that could not be downloaded. */
export const CHUNK_FAILED =
  '部分程序组件下载失败（网络中断，或加载项刚刚更新）。请检查网络后关闭并重新打开窗格；在浏览器中请刷新页面。';

/** Runs a dynamic import; a failed download becomes a PortError with CHUNK_FAILED. */
export async function loadChunk<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (err) {
    // webpack names it ChunkLoadError; a script blocked before it runs may surface as a plain Error.
    if (
      err instanceof Error &&
      (err.name === 'ChunkLoadError' || /Loading chunk .* failed/.test(err.message))
    ) {
      throw new PortError('unknown', CHUNK_FAILED);
    }
    throw err;
  }
}
