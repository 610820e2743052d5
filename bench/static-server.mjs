// A minimal static file server for the benchmarks: the app build and the bare sql.js page are served
// by the same code, so neither side gets a faster server. Like any real host it gzips what it sends
// when the browser accepts it (each file compressed once), so a throttled network carries real bytes.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
};

const gzipped = new Map();

/** Serves `mounts` ({'/app/': dir, …}) on 127.0.0.1; resolves to {url, close}. */
export function serveStatic(mounts) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    if (!prefix) return void res.writeHead(404).end();
    let file = normalize(join(mounts[prefix], path.slice(prefix.length)));
    if (!file.startsWith(normalize(mounts[prefix]))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    // CORS for the embed benchmark, whose host page is on another origin than dist/.
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'access-control-allow-origin': '*',
    };
    if (!/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.writeHead(200, headers);
      return void createReadStream(file).pipe(res);
    }
    const key = `${file}:${statSync(file).mtimeMs}`;
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(readFileSync(file)));
    const body = gzipped.get(key);
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
