/** A lazy chunk that fails to download becomes a Chinese PortError; other failures pass through. */
import { CHUNK_FAILED, loadChunk } from './lazyChunk';
import { PortError } from './workbookPort';

describe('loadChunk', () => {
  it("turns webpack's ChunkLoadError into a Chinese message without the URL", async () => {
    const err = Object.assign(
      new Error('Loading chunk exceljs failed.\n(error: http://127.0.0.1:3000/exceljs.js)'),
      { name: 'ChunkLoadError' },
    );
    await expect(loadChunk(() => Promise.reject(err))).rejects.toEqual(
      new PortError('unknown', CHUNK_FAILED),
    );
  });

  it('passes the module through, and any other error unchanged', async () => {
    await expect(loadChunk(() => Promise.resolve({ a: 1 }))).resolves.toEqual({ a: 1 });
    const other = new TypeError('x is not a function');
    await expect(loadChunk(() => Promise.reject(other))).rejects.toBe(other);
  });
});
