/**
 * The authoring server of `lessons serve`: node:http, no framework. It serves the built app (its
 * index.html marked for authoring), the lesson folder under `/lessons/`, the folder's report as
 * JSON and, as server-sent events, a new report whenever a file is saved or checked.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type FolderReport, LESSONS_PREFIX, type LessonFolder } from './lesson-folder.js';
import { contentType, fileInside } from './served-files.js';

/** Where the page finds the report and the events; index.html names it in a `<meta>`. */
export const AUTHORING_PREFIX = '/__junction/';
/** The `<meta name>` that tells the app it is served by `lessons serve`. */
export const AUTHORING_META = 'junction-authoring';
/** A comment line on the event stream this often, so proxies and browsers keep it open. */
const HEARTBEAT_MS = 20_000;

export interface LessonServerOptions {
  folder: LessonFolder;
  /** The lesson folder on disk. */
  lessonsDir: string;
  /** The built app (`dist/`, with index.html). */
  appDir: string;
  host: string;
  port: number;
}

export interface LessonServer {
  /** The address it listens on, e.g. `http://127.0.0.1:4280/`. */
  url: string;
  close(): Promise<void>;
}

/** Starts listening; rejects with the listen error (EADDRINUSE…) when the port cannot be had. */
export async function startLessonServer(options: LessonServerOptions): Promise<LessonServer> {
  const streams = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    handle(request, response, options, streams).catch(() => {
      if (!response.headersSent) send(response, request, 500, 'text/plain; charset=utf-8', 'Internal error\n');
      else response.destroy();
    });
  });
  const stop = options.folder.on((report) => {
    for (const stream of streams) stream.write(reportEvent(report));
  });
  const heartbeat = setInterval(() => {
    for (const stream of streams) stream.write(': still here\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        stop();
        clearInterval(heartbeat);
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, options: LessonServerOptions, streams: Set<ServerResponse>) {
  if (!allowedHost(request.headers.host, options.host)) {
    // A page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) must not read the folder.
    return send(response, request, 403, 'text/plain; charset=utf-8', 'This server answers only to its own address.\n');
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return send(response, request, 405, 'text/plain; charset=utf-8', 'Only GET and HEAD.\n');
  }
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === `${AUTHORING_PREFIX}report`) {
    return send(response, request, 200, 'application/json; charset=utf-8', JSON.stringify(options.folder.report()));
  }
  if (path === `${AUTHORING_PREFIX}events`) return openStream(request, response, options.folder, streams);
  if (path.startsWith(LESSONS_PREFIX)) {
    // The folder's own files never run as pages of the app's origin (an .html or .svg opened directly).
    return sendFile(response, request, options.lessonsDir, path.slice(LESSONS_PREFIX.length), { 'Content-Security-Policy': 'sandbox' });
  }
  if (path === '/' || path === '/index.html') {
    const html = await readFile(join(options.appDir, 'index.html'), 'utf8');
    return send(response, request, 200, 'text/html; charset=utf-8', markForAuthoring(html));
  }
  // No service worker while authoring (the app does not register one on a marked page): it
  // would answer later visits with a cached index.html that lacks the mark, and the lessons would
  // stop reloading.
  if (path === '/sw.js') return send(response, request, 404, 'text/plain; charset=utf-8', 'Not found\n');
  return sendFile(response, request, options.appDir, path.slice(1));
}

/** index.html with the `<meta>` that starts the page's authoring client. */
export function markForAuthoring(html: string): string {
  const meta = `<meta name="${AUTHORING_META}" content="${AUTHORING_PREFIX}" />`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${meta}`) : `${meta}\n${html}`;
}

/** The Host header names this server: a loopback name, or the address it was asked to bind. */
function allowedHost(header: string | undefined, bound: string): boolean {
  if (bound === '0.0.0.0' || bound === '::') return true;
  if (!header) return false;
  const name = header
    .replace(/:\d+$/, '')
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase();
  return name === 'localhost' || name === '127.0.0.1' || name === '::1' || name === bound.toLowerCase();
}

function openStream(request: IncomingMessage, response: ServerResponse, folder: LessonFolder, streams: Set<ServerResponse>) {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  // Reconnect quickly after the server restarts; the first report says where things stand.
  response.write(`retry: 1000\n\n${reportEvent(folder.report())}`);
  streams.add(response);
  request.on('close', () => streams.delete(response));
}

function reportEvent(report: FolderReport): string {
  return `event: report\ndata: ${JSON.stringify(report)}\n\n`;
}

async function sendFile(
  response: ServerResponse,
  request: IncomingMessage,
  root: string,
  urlPath: string,
  headers?: Record<string, string>,
) {
  const file = await fileInside(root, urlPath);
  if (!file) return send(response, request, 404, 'text/plain; charset=utf-8', 'Not found\n');
  return send(response, request, 200, contentType(file), await readFile(file), headers);
}

function send(
  response: ServerResponse,
  request: IncomingMessage,
  status: number,
  type: string,
  body: string | Uint8Array,
  headers: Record<string, string> = {},
) {
  // Everything is read from disk on each request: what the page gets is what is saved now.
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
  response.end(request.method === 'HEAD' ? undefined : body);
}
