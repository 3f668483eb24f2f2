/**
 * A small static file server on 127.0.0.1 for the built task pane (dist/): used by the e2e test
 * (a free port) and by `npm run browser` (port 3000), so browser mode needs no certificates.
 */
import { promises as fs } from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.map': 'application/json',
};

/** Serves `dir` on 127.0.0.1:`port` (0 for a free port); resolves when listening. */
export async function serveStatic(dir: string, port = 0): Promise<http.Server> {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.join(root, decodeURIComponent(url.pathname));
    // Never serve anything outside the folder (`/../` in a request).
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file).then(
      (data) => {
        res.writeHead(200, {
          'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
        });
        res.end(data);
      },
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

/** `npm run browser`: serves dist/ and says where to open it. */
async function main(): Promise<void> {
  const dist = path.join(__dirname, '..', '..', 'dist');
  await serveStatic(dist, 3000);
  process.stdout.write(
    '绩效自评助手（浏览器模式）：http://127.0.0.1:3000/taskpane.html  （Ctrl+C 结束）\n',
  );
}

if (require.main === module) void main();
